package org.propamine.cli.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.propamine.agent.Policy;
import org.propamine.agent.SnnController;
import org.propamine.agent.spec.NetworkSpec;
import org.propamine.agent.spec.NetworkSpecs;
import org.propamine.cli.config.ConfigLoader;
import org.propamine.cli.config.ExperimentConfig;
import org.propamine.envs.Env;
import org.propamine.envs.EnvOptions;
import org.propamine.envs.Envs;
import org.propamine.envs.conditions.Condition;
import org.propamine.envs.conditions.ConditionGrid;
import org.propamine.envs.conditions.ConditionMixture;
import org.propamine.envs.conditions.Conditions;
import org.propamine.envs.encoding.SpikeEncoding;
import org.propamine.sim.PhysicsConfig;

/**
 * The env and controller factories of an experiment, built through the registries ({@link Envs},
 * {@link NetworkSpecs}, the encoders behind {@link SpikeEncoding}) and checked against each other once — a
 * probe env and controller are built here, so every config error surfaces before a run directory exists.
 *
 * <p>Env = {@code SpikeEncoding(Envs.make(env.id, robot, physics))} with the encoding the network preset asks
 * for; controller = {@code SnnController.create(preset with network.rule on every layer, seed)}.
 *
 * @param envId          registered env id
 * @param options        robot and physics options of the env
 * @param envs           a new encoded env per call (one per rollout thread): nominal, or with
 *                       {@code env.train_conditions} a {@link ConditionMixture} of that grid's conditions
 * @param policies       a new controller per call, all with the same initial parameters
 * @param spec           the resolved network spec
 * @param parameterCount learnable parameters of the controller
 */
public record ExperimentParts(String envId, EnvOptions options, Supplier<Env> envs, Supplier<Policy> policies,
                              NetworkSpec spec, int parameterCount) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Builds and cross-checks the parts of {@code r}'s experiment; errors name the config field. */
    public static ExperimentParts of(ConfigLoader.Resolved r) {
        ExperimentConfig c = r.config();
        NetworkSpec spec;
        try {
            spec = networkSpec(c.network());
        } catch (IllegalArgumentException e) {
            throw r.fieldError("network.preset", e.getMessage());
        }
        EnvOptions options;
        try {
            options = EnvOptions.defaults().withRobot(c.env().robot()).withPhysics(physics(c.env().physics()));
            Envs.spec(c.env().id());
        } catch (IllegalArgumentException e) {
            throw r.fieldError("env.id", e.getMessage());
        }
        String id = c.env().id();
        Supplier<Env> envs = () -> encode(Envs.make(id, options), spec);
        if (c.env().trainConditions() != null) {
            List<Condition> mixture;
            try {
                mixture = ConditionGrid.resolve(c.env().trainConditions()).conditions();
            } catch (RuntimeException e) {
                throw r.fieldError("env.train_conditions", e.getMessage());
            }
            envs = () -> new ConditionMixture(mixture, cond -> encode(Conditions.make(id, options, cond), spec));
        }
        Env probe;
        try {
            probe = envs.get();
        } catch (RuntimeException e) {
            throw r.fieldError(c.env().robot() != null ? "env.robot" : "env.id", e.getMessage());
        }
        try (probe) {
            int obs = probe.observationSpace().size();
            if (obs != spec.rasterSize()) {
                throw r.fieldError("network.preset", "network '" + spec.name() + "' takes " + spec.rasterSize()
                        + " raster values per env step (" + spec.inputs() + " channels x " + spec.substeps()
                        + " substeps) but env " + id + " with encoding " + spec.encoding().type() + " gives " + obs);
            }
            int act = probe.actionSpace().size();
            if (act != spec.readout().out()) {
                throw r.fieldError("network.preset", "network '" + spec.name() + "' drives " + spec.readout().out()
                        + " actuators but env " + id + " has " + act);
            }
        }
        long seed = c.seed();
        Supplier<Policy> policies = () -> SnnController.create(spec, seed);
        int params = policies.get().parameterCount();
        return new ExperimentParts(id, options, envs, policies, spec, params);
    }

    /** A new encoded env of this experiment under evaluation condition {@code condition}. */
    public Env env(Condition condition) {
        return encode(Conditions.make(envId, options, condition), spec);
    }

    /** {@code env} wrapped in the spike encoding that {@code spec} expects. */
    public static Env encode(Env env, NetworkSpec spec) {
        return SpikeEncoding.of(env, spec.encoding().type(), spec.substeps(), spec.encoding().split(), spec.encoding().args());
    }

    /** The preset (a name in {@code assets/networks/} or a {@code .json} file) with {@code rule} on every layer. */
    static NetworkSpec networkSpec(ExperimentConfig.Network n) {
        String source;
        String json;
        if (n.preset().endsWith(".json")) {
            Path file = Path.of(n.preset());
            source = file.getFileName().toString();
            try {
                json = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalArgumentException(n.preset() + ": cannot read: " + e.getMessage());
            }
        } else {
            if (!n.preset().matches("[A-Za-z0-9_-]+")) {
                throw new IllegalArgumentException("got '" + n.preset() + "', expected a preset name in assets/networks/ or a .json file");
            }
            String resource = "assets/networks/" + n.preset() + ".json";
            source = n.preset() + ".json";
            try (InputStream in = ExperimentParts.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) throw new IllegalArgumentException("unknown network preset '" + n.preset() + "' (no " + resource + ")");
                json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalArgumentException(resource + ": cannot read: " + e.getMessage());
            }
        }
        if (n.rule() != null) {
            try {
                JsonNode root = JSON.readTree(json);
                for (JsonNode layer : root.path("layers")) {
                    if (layer.get("plasticity") instanceof ObjectNode p) p.put("rule", n.rule());
                }
                json = JSON.writeValueAsString(root);
                source = source + " with rule " + n.rule();
            } catch (IOException e) {
                // malformed JSON: let the preset parser report it with its line
            }
        }
        return NetworkSpecs.parse(source, json);
    }

    static PhysicsConfig physics(ExperimentConfig.PhysicsPreset p) {
        return switch (p) {
            case DEFAULT -> PhysicsConfig.defaults();
            case ANCHOR -> PhysicsConfig.anchor();
        };
    }
}
