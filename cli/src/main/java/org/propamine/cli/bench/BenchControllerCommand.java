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
import org.propamine.agent.spec.NetworkSpec;
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
 * substeps, NM-BCM on every synapse) and its ratio to one {@code Ant-v1} env step, on one thread, two ways:
 * in closed loop, the controller driving the robot with the robot's own observations and both sides timed in the
 * same loop ({@link ClosedLoopControllerBenchmark}; keys {@code controller_us_per_step}, {@code env_us_per_step},
 * {@code ratio}), and on synthetic random rasters whose ± channels flip sign every step, the worst case for the
 * trace floor ({@link ControllerBenchmark} against {@link EnvBenchmark} in the same run; keys
 * {@code synthetic_*}). Also lists the parameter count of every network preset.
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

    @Option(names = "--loop-steps", paramLabel = "N", hidden = true, description = "Timed closed-loop env steps (default ${DEFAULT-VALUE}).")
    int loopSteps = 10_000;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (steps < 1 || envSteps < 1 || runs < 1 || loopSteps < 1) {
            throw new IllegalArgumentException("--steps, --env-steps, --runs and --loop-steps must be >= 1");
        }
        NetworkSpec network = NetworkSpecs.preset(preset);
        // the synthetic run first: it also warms up the controller code the closed loop times
        ControllerBenchmark.Result c = ControllerBenchmark.run(network, Math.min(2_000, steps), steps, 1L);
        String loopEnv = ClosedLoopControllerBenchmark.envFor(network);
        ClosedLoopControllerBenchmark.Result loop = ClosedLoopControllerBenchmark.run(network, loopEnv,
                (int) Math.min(5_000L, 5L * loopSteps), loopSteps, 1L);
        EnvBenchmarkResult e = EnvBenchmark.run(EnvBenchmarkConfig.defaults().withSize(Math.min(1_000, envSteps), runs, envSteps, 1));
        double envUs = 1e6 / e.envStepsPerS1Thread();
        double ratio = c.microsPerStep() / envUs;
        var out = spec.commandLine().getOut();
        if (json) {
            out.printf(Locale.ROOT, "{\"preset\": \"%s\", \"loop_env\": \"%s\", \"controller_us_per_step\": %.3f, \"env_us_per_step\": %.3f, "
                    + "\"ratio\": %.4f, \"synthetic_controller_us_per_step\": %.3f, \"synthetic_env_us_per_step\": %.3f, "
                    + "\"synthetic_ratio\": %.4f, \"params\": %d, \"substeps\": %d, \"plastic_synapses\": %d, \"preset_params\": %s}%n",
                    c.preset(), loopEnv, loop.controllerMicros(), loop.envMicros(), loop.ratio(), c.microsPerStep(), envUs, ratio,
                    c.params(), c.substeps(), c.plasticSynapses(), presetParamsJson());
        } else {
            out.printf(Locale.ROOT, "controller %s: K = %d substeps, %,d plastic synapses, %,d parameters%n",
                    c.preset(), c.substeps(), c.plasticSynapses(), c.params());
            out.printf(Locale.ROOT, "closed loop (drives %s, %,d steps): controller %.1f us, env step %.1f us, ratio %.3f%n",
                    loopEnv, loop.steps(), loop.controllerMicros(), loop.envMicros(), loop.ratio());
            out.printf(Locale.ROOT, "synthetic rasters (random sign every step): controller %.1f us, Ant-v1 env step (preset %s) %.1f us, ratio %.3f%n",
                    c.microsPerStep(), e.preset(), envUs, ratio);
            out.printf(Locale.ROOT, "%nparameters per preset:%n");
            for (Map.Entry<String, Integer> p : presetParams()) out.printf(Locale.ROOT, "  %-20s %,10d%n", p.getKey(), p.getValue());
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
