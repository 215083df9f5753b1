package org.propamine.cli.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.propamine.cli.CliRun;
import org.propamine.cli.report.MetricsCsv;

class TrainCommandTest {

    @TempDir
    Path dir;

    /** Runs {@code train} expecting one error line, exit 1, and no run directory. */
    private String refused(String... args) {
        Path out = dir.resolve("run");
        String[] argv = new String[args.length + 3];
        argv[0] = "train";
        System.arraycopy(args, 0, argv, 1, args.length);
        argv[args.length + 1] = "--out";
        argv[args.length + 2] = out.toString();
        CliRun r = CliRun.of(argv);
        assertEquals(1, r.exitCode(), r.toString());
        assertEquals(1, r.errLines().size(), r.toString());
        assertTrue(r.err().startsWith("propamine: error: "), r.toString());
        assertFalse(Files.exists(out), "no run directory on a refused config: " + r);
        return r.err().strip().substring("propamine: error: ".length());
    }

    @Test
    void badInputIsOneLineAndCreatesNothing() throws Exception {
        assertEquals("--env Nope-v1: field env.id: unknown env id 'Nope-v1', expected one of [PointMass-v0, Ant-v1, Hexapod-v1, PatternMemory-v1, CueReward-v1]",
                refused("--config", "quick", "--env", "Nope-v1"));
        assertEquals("--set trainer.sigma=abc: field trainer.sigma: got 'abc', expected a number",
                refused("--config", "quick", "--set", "trainer.sigma=abc"));
        assertTrue(refused("--set", "trainer.sigmaa=0.1").startsWith("--set trainer.sigmaa=0.1: field trainer.sigmaa: unknown field"));
        Path nan = dir.resolve("nan.yaml");
        Files.writeString(nan, "trainer:\n  learning_rate: .nan\n");
        assertEquals(nan + ": field trainer.learning_rate: got .nan, expected a finite number", refused("--config", nan.toString()));
        assertEquals("missing.yaml: config not found (neither a file nor a name in assets/configs/)",
                refused("--config", "missing.yaml"));
        assertTrue(refused("--config", "quick", "--set", "network.preset=nope")
                .startsWith("--set network.preset=nope: field network.preset: unknown network preset 'nope'"));
        assertTrue(refused("--config", "quick", "--set", "env.robot=" + dir.resolve("none.urdf"))
                .contains("field env.robot: "));
        assertEquals("assets/configs/default.yaml: field env.id: got 'Ant-v1', the bptt trainer supports PatternMemory-v1, CueReward-v1",
                refused("--trainer", "bptt"));
        assertEquals("--env CueReward-v1: field env.id: got 'CueReward-v1', the hybrid trainer supports PatternMemory-v1 and the locomotion envs (Ant-v1, Hexapod-v1)",
                refused("--trainer", "hybrid", "--env", "CueReward-v1"));
        assertEquals("--set trainer.strategy=pgpe: field trainer.strategy: got 'pgpe', the hybrid trainer uses open_es",
                refused("--trainer", "hybrid", "--set", "trainer.strategy=pgpe"));
        assertEquals("--set network.preset=point-mass-snn: field network.preset: the hybrid trainer back-propagates through the network, "
                + "but BPTT: readout RATE is not differentiable here, use the leaky readout",
                refused("--config", "quick", "--trainer", "hybrid", "--env", "PointMass-v0", "--set", "network.preset=point-mass-snn",
                        "--set", "network.rule=none"));
        assertEquals("--cluster 127.0.0.1:5701: field cluster.address: cluster mode runs the es trainer only, this run uses hybrid",
                refused("--trainer", "hybrid", "--cluster", "127.0.0.1:5701"));
        assertEquals("--set trainer.hybrid_gradient_episodes=1: field trainer.hybrid_gradient_episodes: got 1, expected an integer in [2, 10000]",
                refused("--trainer", "hybrid", "--set", "trainer.hybrid_gradient_episodes=1"));
        assertEquals("--set trainer.hybrid_mode=fast: field trainer.hybrid_mode: got 'fast', expected one of es, combined, guided",
                refused("--trainer", "hybrid", "--env", "PatternMemory-v1", "--set", "trainer.hybrid_mode=fast"));
        assertEquals("--set env.spurious_rate=2: field env.spurious_rate: got 2.0, expected a finite number in [0, 1]",
                refused("--trainer", "bptt", "--env", "PatternMemory-v1", "--set", "env.spurious_rate=2"));
    }

    @Test
    void randomisedTrainingIsDeterministicAcrossThreadsAndRefusesAnUnknownGrid() throws Exception {
        assertEquals("--set env.train_conditions=nope: field env.train_conditions: nope: no such condition-grid file, "
                + "and no shipped grid assets/conditions/nope.yaml", refused("--config", "quick", "--set", "env.train_conditions=nope"));
        String[] common = {"--config", "quick", "--set", "env.max_steps=10", "--set", "eval.every=1", "--set",
                "trainer.generations=2", "--set", "env.train_conditions=train-randomised"};
        Path two = dir.resolve("dr2"), one = dir.resolve("dr1"), nominal = dir.resolve("nominal");
        assertEquals(0, CliRun.of(concat(common, "--out", two.toString())).exitCode());
        assertEquals(0, CliRun.of(concat(common, "--out", one.toString(), "--threads", "1")).exitCode());
        assertEquals(deterministic(two), deterministic(one), "1 thread gives the same numbers as 2");
        assertEquals(0, CliRun.of("train", "--config", "quick", "--set", "env.max_steps=10", "--set", "eval.every=1",
                "--set", "trainer.generations=2", "--out", nominal.toString()).exitCode());
        assertNotEquals(deterministic(nominal), deterministic(two), "the randomised episodes differ from nominal ones");
    }

    @Test
    void resumeOfSomethingThatIsNotARunIsRefused() throws Exception {
        CliRun missing = CliRun.of("train", "--resume", dir.resolve("nope").toString());
        assertEquals(1, missing.exitCode(), missing.toString());
        assertEquals("propamine: error: " + dir.resolve("nope") + ": not a run directory (no such directory)", missing.err().strip());
        Path noCkpt = dir.resolve("empty-run");
        Files.createDirectories(noCkpt.resolve("checkpoints"));
        Files.writeString(noCkpt.resolve("config.yaml"), "name: quick\nenv:\n  max_steps: 10\n");
        CliRun none = CliRun.of("train", "--resume", noCkpt.toString());
        assertEquals(1, none.exitCode(), none.toString());
        assertEquals(1, none.errLines().size(), none.toString());
        assertTrue(none.err().contains("checkpoint"), none.toString());
        assertFalse(Files.exists(noCkpt.resolve("metrics.csv")), "nothing written on a refused resume");
        CliRun mixed = CliRun.of("train", "--resume", noCkpt.toString(), "--config", "quick");
        assertEquals(2, mixed.exitCode(), mixed.toString());
    }

    @Test
    void existingRunDirectoryIsNeverOverwritten() throws Exception {
        Path out = dir.resolve("taken");
        Files.createDirectories(out);
        Files.writeString(out.resolve("keep.txt"), "mine");
        CliRun r = CliRun.of("train", "--config", "quick", "--out", out.toString());
        assertEquals(1, r.exitCode(), r.toString());
        assertTrue(r.err().contains("run directory exists and is not empty"), r.toString());
        assertEquals(List.of("keep.txt"), Files.list(out).map(p -> p.getFileName().toString()).toList());
    }

    /** The deterministic columns (everything before the timings) of a run's metrics.csv. */
    private static List<List<Double>> deterministic(Path run) throws Exception {
        return MetricsCsv.read(run.resolve("metrics.csv")).stream()
                .map(r -> java.util.Arrays.stream(r, 0, MetricsRecorder.COLUMNS.indexOf("wall_seconds")).boxed().toList())
                .toList();
    }

    @Test
    void resumedAndSingleThreadRunsReproduceTheUninterruptedRun() throws Exception {
        String[] common = {"--config", "quick", "--set", "env.max_steps=10", "--set", "eval.every=1"};
        Path whole = dir.resolve("whole"), split = dir.resolve("split"), single = dir.resolve("single");
        assertEquals(0, CliRun.of(concat(common, "--out", whole.toString(), "--set", "trainer.generations=3")).exitCode());
        assertEquals(0, CliRun.of(concat(common, "--out", split.toString(), "--set", "trainer.generations=1")).exitCode());
        CliRun resumed = CliRun.of("train", "--resume", split.toString(), "--set", "trainer.generations=3");
        assertEquals(0, resumed.exitCode(), resumed.toString());
        assertEquals(0, CliRun.of(concat(common, "--out", single.toString(), "--set", "trainer.generations=3",
                "--threads", "1")).exitCode());
        List<List<Double>> reference = deterministic(whole);
        assertEquals(3, reference.size());
        assertEquals(reference, deterministic(split), "resume continues exactly");
        assertEquals(reference, deterministic(single), "1 thread gives the same numbers as 2");
        assertEquals(Files.readString(whole.resolve("summary.json")).replaceAll("\"wall_seconds\".*\n", "")
                        .replaceAll("\"threads\".*\n", ""),
                Files.readString(single.resolve("summary.json")).replaceAll("\"wall_seconds\".*\n", "")
                        .replaceAll("\"threads\".*\n", ""));
    }

    @Test
    void hybridRunOnPatternMemoryWritesItsCurve() throws Exception {
        Path out = dir.resolve("hybrid");
        CliRun r = CliRun.of("train", "--trainer", "hybrid", "--env", "PatternMemory-v1", "--rule", "hebbian",
                "--set", "trainer.generations=2", "--set", "trainer.population=4", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.toString());
        List<double[]> rows = MetricsCsv.read(out.resolve("metrics.csv"));
        assertEquals(3, rows.size(), "generation 0 (the initial mean) and 2 steps");
        for (double[] row : rows) assertTrue(row[2] <= 0 && Double.isFinite(row[2]), "score = -MSE: " + row[2]);
        var summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertEquals("combined", summary.get("mode").asText());
        assertEquals(rows.get(2)[2], summary.get("final_score").asDouble());
        CliRun resume = CliRun.of("train", "--resume", out.toString());
        assertEquals(1, resume.exitCode(), resume.toString());
        assertTrue(resume.err().contains("cannot be resumed"), resume.toString());
    }

    @Test
    void hybridRunOnAntWritesItsCurveAndAPlayableCheckpoint() throws Exception {
        Path out = dir.resolve("hybrid-ant");
        CliRun r = CliRun.of("train", "--config", "quick", "--trainer", "hybrid", "--set", "trainer.hybrid_mode=guided",
                "--set", "env.max_steps=10", "--set", "trainer.generations=1", "--set", "trainer.population=2",
                "--set", "trainer.hybrid_gradient_episodes=2", "--set", "trainer.hybrid_gradient_steps=10", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.toString());
        List<double[]> rows = MetricsCsv.read(out.resolve("metrics.csv"));
        assertEquals(2, rows.size(), "generation 0 (the initial mean) and 1 step");
        assertEquals(4, rows.get(1)[1], "2 candidates + 2 exploration episodes");
        var summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertEquals("guided", summary.get("mode").asText());
        assertEquals("Ant-v1", summary.get("env").asText());
        assertEquals(rows.get(1)[2], summary.get("final_score").asDouble(), "score = eval distance (m) of the final mean");
        assertTrue(Files.isRegularFile(out.resolve("checkpoints").resolve("best.ckpt")));
        assertTrue(Files.isRegularFile(out.resolve("fitness.png")));
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = new String[a.length + b.length + 1];
        out[0] = "train";
        System.arraycopy(a, 0, out, 1, a.length);
        System.arraycopy(b, 0, out, 1 + a.length, b.length);
        return out;
    }

    @Test
    void quickRunWritesTheRunDirectoryAndResumeExtendsIt() throws Exception {
        Path out = dir.resolve("quick");
        CliRun r = CliRun.of("train", "--config", "quick", "--out", out.toString(), "--set", "env.max_steps=20");
        assertEquals(0, r.exitCode(), r.toString());
        for (String f : List.of("config.yaml", "trainer.json", "metrics.csv", "fitness.png", "distance.png",
                "summary.json", "summary.md", "checkpoints/gen-000000002.ckpt", "checkpoints/best.ckpt")) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f + " in " + r);
        }
        List<double[]> rows = MetricsCsv.read(out.resolve("metrics.csv"));
        assertEquals(2, rows.size());
        assertEquals(1.0, rows.get(0)[0]);
        // 4 candidates x at most 20 steps per generation
        assertTrue(rows.get(1)[11] > 0 && rows.get(1)[11] <= 80, "generation env steps " + rows.get(1)[11]);
        var summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertEquals(2, summary.get("generations").asInt());
        assertEquals("Ant-v1", summary.get("env").asText());
        assertTrue(summary.get("parameters").asInt() > 1000);
        assertTrue(Files.readString(out.resolve("config.yaml")).contains("max_steps: 20"));

        CliRun more = CliRun.of("train", "--resume", out.toString(), "--set", "trainer.generations=3");
        assertEquals(0, more.exitCode(), more.toString());
        List<double[]> after = MetricsCsv.read(out.resolve("metrics.csv"));
        assertEquals(3, after.size());
        assertEquals(rows.get(1)[1], after.get(1)[1], "earlier rows kept as they were");
    }
}
