package org.propamine.agent.spec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.propamine.agent.neuron.AdaptiveLifParams;
import org.propamine.agent.neuron.LifParams;
import org.propamine.agent.neuron.NeuronModel;
import org.propamine.agent.neuron.ResetMechanism;
import org.propamine.plasticity.CoefficientSharing;
import org.propamine.plasticity.Fanout;
import org.propamine.plasticity.PlasticityConfig;
import org.propamine.plasticity.PlasticityRule;
import org.propamine.plasticity.Rules;

/**
 * Loads {@link NetworkSpec}s from JSON preset files ({@code assets/networks/<name>.json} on the classpath, or
 * any file). Every error is one line naming the file and the field, e.g.
 * {@code ant-snn.json: layers[1].tau_mem = -0.01: expected > 0 s}. Unknown fields are errors.
 * The format is documented in {@code assets/networks/README.md}.
 */
public final class NetworkSpecs {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> ROOT = Set.of("name", "description", "inputs", "substeps", "dt", "trace_tau",
            "post_trace_tau", "encoding", "layers", "readout", "init", "plasticity_interval");
    private static final Set<String> LAYER = Set.of("in", "out", "neuron", "tau_mem", "v_th", "reset", "tau_adapt",
            "adapt_strength", "recurrent", "plasticity");
    private static final Set<String> PLASTICITY = Set.of("rule", "alpha_sharing", "fanout", "clip", "eta", "eta_e", "tau_theta", "trace_floor");
    private static final Set<String> READOUT = Set.of("type", "in", "out", "tau");
    private static final Set<String> INIT = Set.of("weight_gain", "recurrent_gain", "bias", "alpha_std", "readout_gain");

    private NetworkSpecs() {}

    /** The preset {@code assets/networks/<name>.json} from the classpath. */
    public static NetworkSpec preset(String name) {
        String resource = "assets/networks/" + name + ".json";
        try (InputStream in = NetworkSpecs.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalArgumentException("unknown network preset '" + name + "': no " + resource + " on the classpath");
            return parse(name + ".json", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalArgumentException(resource + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** A preset file on disk. */
    public static NetworkSpec load(Path file) {
        try {
            return parse(file.getFileName().toString(), Files.readString(file));
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** Parses preset JSON; {@code source} names the file in error messages. */
    public static NetworkSpec parse(String source, String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(source + ": line " + e.getLocation().getLineNr() + ": malformed JSON: "
                    + e.getOriginalMessage().lines().findFirst().orElse(""));
        }
        JsonFields r = new JsonFields(source, "", root, ROOT);
        int substeps = r.integer("substeps");
        double dt = r.number("dt");
        if (!(dt > 0)) throw r.bad("dt", dt, "expected > 0 s");
        JsonNode layersNode = r.child("layers");
        if (!layersNode.isArray() || layersNode.isEmpty()) throw r.bad("layers", layersNode, "expected a non-empty array");
        List<LayerSpec> layers = new ArrayList<>();
        for (int l = 0; l < layersNode.size(); l++) layers.add(layer(source, "layers[" + l + "]", layersNode.get(l), dt));
        ReadoutSpec readout = readout(new JsonFields(source, "readout", r.child("readout"), READOUT));
        InitSpec init = init(r.has("init") ? new JsonFields(source, "init", r.child("init"), INIT) : null);
        EncodingSpec encoding = encoding(source, r.child("encoding"));
        try {
            double traceTau = r.number("trace_tau", 0.015);
            return new NetworkSpec(r.text("name"), r.integer("inputs"), substeps, dt, traceTau, r.number("post_trace_tau", traceTau),
                    encoding, layers, readout, init, r.integer("plasticity_interval", 1));
        } catch (IllegalArgumentException e) {
            if (e.getMessage().startsWith(source + ":")) throw e;
            throw r.wrap(e);
        }
    }

    private static LayerSpec layer(String source, String path, JsonNode node, double dt) {
        JsonFields f = new JsonFields(source, path, node, LAYER);
        NeuronModel model = f.choice("neuron", "lif", NeuronModel::parse, "expected lif or alif");
        ResetMechanism reset = f.choice("reset", "soft", ResetMechanism::parse, "expected soft or hard");
        try {
            LifParams lif = new LifParams(f.number("tau_mem", 0.02), f.number("v_th", 1.0), reset, dt);
            AdaptiveLifParams alif = new AdaptiveLifParams(lif, f.number("tau_adapt", 0.2), f.number("adapt_strength", 0.2));
            PlasticityConfig plasticity = plasticity(new JsonFields(source, path + ".plasticity", f.child("plasticity"), PLASTICITY));
            return new LayerSpec(f.integer("in"), f.integer("out"), model, lif, alif, f.bool("recurrent", false), plasticity);
        } catch (IllegalArgumentException e) {
            if (e.getMessage().startsWith(source + ":")) throw e;
            throw f.wrap(e);
        }
    }

    private static PlasticityConfig plasticity(JsonFields f) {
        String ruleId = f.text("rule");
        if (!Rules.isKnown(ruleId)) throw f.bad("rule", "\"" + ruleId + "\"", "expected one of " + Rules.names());
        PlasticityRule rule = Rules.resolve(ruleId);
        CoefficientSharing sharing = f.choice("alpha_sharing", "per_synapse", CoefficientSharing::parse,
                "expected per_synapse, per_post or shared");
        Fanout fanout = f.choice("fanout", "global", Fanout::parse, "expected global or per_post");
        try {
            return new PlasticityConfig(rule, sharing, fanout, f.number("clip", 1.0), f.number("tau_theta", 0.5),
                    f.number("eta", 0.1), f.number("eta_e", 0.1), f.number("trace_floor", 0.0));
        } catch (IllegalArgumentException e) {
            throw f.wrap(e);
        }
    }

    private static ReadoutSpec readout(JsonFields f) {
        ReadoutKind kind = f.choice("type", "leaky", ReadoutKind::parse, "expected leaky or rate");
        try {
            return new ReadoutSpec(kind, f.integer("in"), f.integer("out"), f.number("tau", 0.05));
        } catch (IllegalArgumentException e) {
            if (e.getMessage().startsWith(source(f))) throw e;
            throw f.wrap(e);
        }
    }

    private static String source(JsonFields f) {
        return f.source() + ":";
    }

    private static InitSpec init(JsonFields f) {
        InitSpec d = InitSpec.defaults();
        if (f == null) return d;
        try {
            return new InitSpec(f.number("weight_gain", d.weightGain()), f.number("recurrent_gain", d.recurrentGain()),
                    f.number("bias", d.bias()), f.number("alpha_std", d.alphaStd()), f.number("readout_gain", d.readoutGain()));
        } catch (IllegalArgumentException e) {
            throw f.wrap(e);
        }
    }

    private static EncodingSpec encoding(String source, JsonNode node) {
        if (!node.isObject()) throw new IllegalArgumentException(source + ": encoding = " + node + ": expected a JSON object");
        Map<String, Double> args = new LinkedHashMap<>();
        String type = null;
        boolean split = false;
        for (var it = node.fields(); it.hasNext(); ) {
            var e = it.next();
            JsonNode v = e.getValue();
            switch (e.getKey()) {
                case "type" -> {
                    if (!v.isTextual()) throw new IllegalArgumentException(source + ": encoding.type = " + v + ": expected a string");
                    type = v.textValue();
                }
                case "split" -> {
                    if (!v.isBoolean()) throw new IllegalArgumentException(source + ": encoding.split = " + v + ": expected true or false");
                    split = v.booleanValue();
                }
                default -> {
                    if (!v.isNumber()) throw new IllegalArgumentException(source + ": encoding." + e.getKey() + " = " + v + ": expected a number");
                    args.put(e.getKey(), v.doubleValue());
                }
            }
        }
        if (type == null) throw new IllegalArgumentException(source + ": encoding.type: missing");
        return new EncodingSpec(type, split, args);
    }
}
