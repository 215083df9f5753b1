package org.propamine.cli.bench;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.propamine.agent.ControllerBenchmark;
import org.propamine.agent.SnnController;
import org.propamine.agent.spec.NetworkSpecs;
import org.propamine.envs.bench.EnvBenchmark;
import org.propamine.envs.bench.EnvBenchmarkConfig;
import org.propamine.envs.bench.EnvBenchmarkResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code propamine bench controller}: µs per env step of the reference ant controller ({@code ant-snn}: K = 4
 * substeps, NM-BCM on every synapse; {@link ControllerBenchmark}) and its ratio to one {@code Ant-v1} env step
 * measured in the same run on one thread ({@link EnvBenchmark}); also lists the parameter count of every
 * network preset.
 */
@Command(name = "controller", mixinStandardHelpOptions = true,
        description = "Reference SNN controller cost per env step vs one Ant-v1 env step (same run, 1 thread).")
public final class BenchControllerCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--preset", paramLabel = "NAME", description = "Network preset to time (default ${DEFAULT-VALUE}).")
    String preset = "ant-snn";

    @Option(names = "--steps", paramLabel = "N", hidden = true, description = "Timed controller steps (default ${DEFAULT-VALUE}).")
    int steps = 20_000;

    @Option(names = "--env-steps", paramLabel = "N", hidden = true, description = "Env steps per timed env run (default ${DEFAULT-VALUE}).")
    int envSteps = 5_000;

    @Option(names = "--runs", paramLabel = "N", hidden = true, description = "Timed env runs (default ${DEFAULT-VALUE}).")
    int runs = 5;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (steps < 1 || envSteps < 1 || runs < 1) throw new IllegalArgumentException("--steps, --env-steps and --runs must be >= 1");
        ControllerBenchmark.Result c = ControllerBenchmark.run(NetworkSpecs.preset(preset), Math.min(2_000, steps), steps, 1L);
        EnvBenchmarkResult e = EnvBenchmark.run(EnvBenchmarkConfig.defaults().withSize(Math.min(1_000, envSteps), runs, envSteps, 1));
        double envUs = 1e6 / e.envStepsPerS1Thread();
        double ratio = c.microsPerStep() / envUs;
        var out = spec.commandLine().getOut();
        if (json) {
            out.printf(Locale.ROOT, "{\"preset\": \"%s\", \"controller_us_per_step\": %.3f, \"env_us_per_step\": %.3f, "
                    + "\"ratio\": %.4f, \"params\": %d, \"substeps\": %d, \"plastic_synapses\": %d, \"preset_params\": %s}%n",
                    c.preset(), c.microsPerStep(), envUs, ratio, c.params(), c.substeps(), c.plasticSynapses(),
                    presetParamsJson());
        } else {
            out.printf(Locale.ROOT, "controller %s: %.1f us per env step (K = %d substeps, %,d plastic synapses, %,d parameters)%n",
                    c.preset(), c.microsPerStep(), c.substeps(), c.plasticSynapses(), c.params());
            out.printf(Locale.ROOT, "Ant-v1 env step (preset %s, 1 thread): %.1f us%n", e.preset(), envUs);
            out.printf(Locale.ROOT, "ratio controller / env step: %.3f%n%nparameters per preset:%n", ratio);
            for (Map.Entry<String, Integer> p : presetParams()) out.printf(Locale.ROOT, "  %-16s %,10d%n", p.getKey(), p.getValue());
        }
        out.flush();
        return 0;
    }

    private static String presetParamsJson() throws IOException, URISyntaxException {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, Integer> p : presetParams()) parts.add("\"" + p.getKey() + "\": " + p.getValue());
        return "{" + String.join(", ", parts) + "}";
    }

    /** Every preset in {@code assets/networks/} with its learnable parameter count. */
    static List<Map.Entry<String, Integer>> presetParams() throws IOException, URISyntaxException {
        List<Map.Entry<String, Integer>> out = new ArrayList<>();
        for (String name : presetNames()) {
            out.add(Map.entry(name, SnnController.create(NetworkSpecs.preset(name), 1L).parameterCount()));
        }
        return out;
    }

    /** Names of the {@code .json} presets on the classpath under {@code assets/networks/} (directory or jar). */
    static List<String> presetNames() throws IOException, URISyntaxException {
        URL url = BenchControllerCommand.class.getClassLoader().getResource("assets/networks");
        if (url == null) return List.of();
        if (url.getProtocol().equals("jar")) {
            try (FileSystem fs = FileSystems.newFileSystem(url.toURI(), Map.of())) {
                return names(fs.getPath("assets/networks"));
            }
        }
        return names(Path.of(url.toURI()));
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .map(n -> n.substring(0, n.length() - 5)).sorted().toList();
        }
    }
}
