package org.propamine.trainer.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.propamine.trainer.Trainer;
import org.propamine.trainer.TrainerConfig;
import org.propamine.trainer.es.Population;
import org.propamine.trainer.rollout.BatchResult;
import org.propamine.trainer.rollout.PopulationBatch;
import org.propamine.trainer.rollout.RolloutBackend;

/**
 * The worker JVM is killed (SIGKILL) in the middle of a generation: its chunks go to the remaining member, the
 * generation completes with the local result, bit for bit; a new worker may join before the next generation
 * and takes work.
 */
class ClusterFaultTest {

    @Test
    void aWorkerKilledMidGenerationChangesNothing(@TempDir Path dir) throws Exception {
        // every episode sleeps 20 ms in its reset: 64 episodes take ~0.6 s on 2 threads, long enough to kill
        PointMassClusterSetup slow = new PointMassClusterSetup(dir.toString(), 20);
        TrainerConfig config = ClusterRolloutTest.config();
        String cluster = "fault-" + ProcessHandle.current().pid();
        int seedPort = WorkerProcess.freePort();
        WorkerProcess worker = WorkerProcess.start(seedPort, cluster, 1, "");
        ClusterMember trainer = null;
        try (Trainer local = new Trainer(config, slow, null, RolloutBackend.LOCAL)) {
            trainer = ClusterMember.start(ClusterConfig.joining("127.0.0.1:" + seedPort, 1).withName(cluster)
                    .withPort(WorkerProcess.freePort()).withTimeoutSeconds(20), List.of(PointMassClusterSetup.class));
            Population population = config.strategy().build(local.noise(), config.seed()).ask(local.state().strategy());
            PopulationBatch batch = new PopulationBatch(population, config.seed());
            BatchResult expected = local.pool().evaluate(batch, config.rollout(), null, true);
            try (Trainer distributed = new Trainer(config, slow, null, trainer)) {
                assertEquals(2, distributed.threads());
                Path started = slow.marker(worker.process.pid());
                AtomicBoolean finished = new AtomicBoolean();
                Thread killer = new Thread(() -> {
                    try {
                        while (!Files.exists(started) && !finished.get()) Thread.sleep(5);
                        worker.process.destroyForcibly();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }, "killer");
                killer.start();
                BatchResult actual = distributed.pool().evaluate(batch, config.rollout(), null, true);
                finished.set(true);
                killer.join();
                assertTrue(Files.exists(started), "the worker had started episodes when it was killed");
                assertTrue(worker.process.waitFor(30, TimeUnit.SECONDS));
                assertFalse(worker.process.isAlive());
                assertArrayEquals(expected.fitness(), actual.fitness(), 0.0);
                assertArrayEquals(expected.observed().sum(), actual.observed().sum(), 0.0);
                assertEquals(expected.envSteps(), actual.envSteps());
                assertEquals(64, actual.episodesByMember().values().stream().mapToInt(Integer::intValue).sum());
                assertTrue(actual.episodesByMember().get(trainer.name()) > 32,
                        "the trainer's member took over the killed worker's chunks: " + actual.episodesByMember());
                assertEquals(1, trainer.size(), "the killed member left the cluster");
                assertEquals(1, distributed.threads());

                // a new worker joins (the trainer's member is now the cluster's only member, so join it) and works
                try (WorkerProcess second = WorkerProcess.startJoining(trainer.name(), WorkerProcess.freePort(), cluster, 1, "")) {
                    assertEquals(2, distributed.threads());
                    BatchResult again = distributed.pool().evaluate(batch, config.rollout(), null, true);
                    assertArrayEquals(expected.fitness(), again.fitness(), 0.0);
                    assertTrue(again.episodesByMember().getOrDefault(second.name, 0) > 0, "the new worker ran episodes: " + again.episodesByMember());
                }
            }
        } finally {
            if (trainer != null) trainer.close();
            worker.close();
        }
    }
}
