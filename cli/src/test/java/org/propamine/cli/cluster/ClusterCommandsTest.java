package org.propamine.cli.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.propamine.cli.CliRun;
import org.propamine.cli.Main;
import org.propamine.trainer.cluster.MemberProcess;

/**
 * {@code train --cluster} with a {@code propamine worker} JVM gives the local run's metrics; {@code train
 * --cluster} and {@code worker} when no member is reachable: one line, nothing written.
 */
class ClusterCommandsTest {

    @TempDir
    Path dir;

    private static String unreachable() {
        return "127.0.0.1:" + MemberProcess.freePort();
    }

    @Test
    void trainOnAClusterWithAWorkerJvmGivesTheLocalMetrics() throws Exception {
        int seedPort = MemberProcess.freePort();
        String name = "train-test-" + ProcessHandle.current().pid();
        Path clustered = dir.resolve("cluster");
        Path local = dir.resolve("local");
        try (MemberProcess worker = MemberProcess.start(Main.class.getName(), List.of("worker", "--join", "127.0.0.1:" + seedPort,
                "--port", Integer.toString(seedPort), "--threads", "1", "--cluster-name", name), "propamine worker: ")) {
            CliRun r = CliRun.of("train", "--config", "quick", "--threads", "1", "--cluster", "127.0.0.1:" + seedPort,
                    "--set", "cluster.name=" + name, "--set", "cluster.port=" + MemberProcess.freePort(), "--out", clustered.toString());
            assertEquals(0, r.exitCode(), r.toString());
            assertTrue(r.out().contains("2 threads on cluster '" + name + "' (2 members"), r.out());
        }
        CliRun r = CliRun.of("train", "--config", "quick", "--threads", "2", "--out", local.toString());
        assertEquals(0, r.exitCode(), r.toString());
        // every column up to env_steps is a result; the rest are timings
        assertEquals(results(local.resolve("metrics.csv")), results(clustered.resolve("metrics.csv")));
    }

    private static List<String> results(Path csv) throws Exception {
        return Files.readAllLines(csv).stream().map(l -> String.join(",", List.of(l.split(",")).subList(0, 13))).toList();
    }

    @Test
    void trainWithAnUnreachableClusterIsOneLineAndCreatesNoRun() {
        String address = unreachable();
        Path out = dir.resolve("run");
        CliRun r = CliRun.of("train", "--config", "quick", "--cluster", address, "--set", "cluster.timeout_seconds=1",
                "--set", "cluster.port=" + MemberProcess.freePort(), "--set", "cluster.name=unreachable-test", "--out", out.toString());
        assertEquals(1, r.exitCode(), r.toString());
        assertEquals(List.of("propamine: error: no propamine member reachable at " + address + " (cluster 'unreachable-test') after 1 s: "
                + "start one with 'propamine worker --join " + address + "', or check the address, the cluster name and the firewall"), r.errLines());
        assertFalse(Files.exists(out), r.toString());
    }

    @Test
    void resumingOnAnUnreachableClusterLeavesTheCheckpointsIntact() throws Exception {
        Path run = dir.resolve("run");
        CliRun first = CliRun.of("train", "--config", "quick", "--set", "trainer.population=2", "--set", "env.max_steps=5", "--out", run.toString());
        assertEquals(0, first.exitCode(), first.toString());
        List<byte[]> before = contents(run.resolve("checkpoints"));
        CliRun r = CliRun.of("train", "--resume", run.toString(), "--set", "trainer.generations=4", "--cluster", unreachable(),
                "--set", "cluster.timeout_seconds=1", "--set", "cluster.port=" + MemberProcess.freePort());
        assertEquals(1, r.exitCode(), r.toString());
        assertEquals(1, r.errLines().size(), r.toString());
        assertTrue(r.err().startsWith("propamine: error: no propamine member reachable at "), r.toString());
        List<byte[]> after = contents(run.resolve("checkpoints"));
        assertEquals(before.size(), after.size());
        for (int i = 0; i < before.size(); i++) assertArrayEquals(before.get(i), after.get(i));
    }

    @Test
    void clusterModeIsForTheEsTrainerOnly() {
        CliRun r = CliRun.of("train", "--trainer", "bptt", "--env", "PatternMemory-v1", "--cluster", "127.0.0.1:5701",
                "--out", dir.resolve("run").toString());
        assertEquals(1, r.exitCode(), r.toString());
        assertEquals("propamine: error: --cluster 127.0.0.1:5701: field cluster.address: cluster mode runs the es trainer only, this run uses bptt",
                r.err().strip());
        CliRun bad = CliRun.of("train", "--config", "quick", "--cluster", "nowhere", "--out", dir.resolve("run").toString());
        assertEquals(1, bad.exitCode(), bad.toString());
        assertEquals("propamine: error: --cluster nowhere: field cluster.address: got 'nowhere', expected HOST:PORT (e.g. 127.0.0.1:5701) or null",
                bad.err().strip());
    }

    @Test
    void workerWithNoReachableSeedIsOneLineAndWorkerNeedsJoin() {
        String address = unreachable();
        CliRun r = CliRun.of("worker", "--join", address, "--port", Integer.toString(MemberProcess.freePort()), "--timeout", "1",
                "--cluster-name", "unreachable-test");
        assertEquals(1, r.exitCode(), r.toString());
        assertEquals(1, r.errLines().size(), r.toString());
        assertTrue(r.err().startsWith("propamine: error: no propamine member reachable at " + address), r.toString());
        CliRun usage = CliRun.of("worker");
        assertEquals(2, usage.exitCode(), usage.toString());
        assertTrue(usage.err().contains("--join"), usage.toString());
    }

    private static List<byte[]> contents(Path dir) throws Exception {
        List<byte[]> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.sorted().toList()) files.add(Files.readAllBytes(p));
        }
        return files;
    }
}
