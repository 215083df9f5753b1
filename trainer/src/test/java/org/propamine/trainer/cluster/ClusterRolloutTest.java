package org.propamine.trainer.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hazelcast.client.HazelcastClient;
import com.hazelcast.client.config.ClientConfig;
import com.hazelcast.cluster.Member;
import com.hazelcast.core.IExecutorService;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.example.untrusted.WriteFileTask;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.propamine.trainer.PointMassSetup;
import org.propamine.trainer.Trainer;
import org.propamine.trainer.TrainerConfig;
import org.propamine.trainer.TrainerState;
import org.propamine.trainer.es.Population;
import org.propamine.trainer.rollout.BatchResult;
import org.propamine.trainer.rollout.ChunkResult;
import org.propamine.trainer.rollout.PopulationBatch;
import org.propamine.trainer.rollout.RolloutBackend;
import org.propamine.trainer.rollout.RolloutChunk;

/**
 * A real two-member cluster on loopback: this JVM's member (the trainer's, 1 thread) and a worker in its own
 * JVM (1 thread). Results must be bit-identical to local mode, with both members doing work; members of
 * another cluster name are not admitted; tasks outside the allow-list and chunks with a wrong secret are
 * refused; Hazelcast clients cannot connect.
 */
class ClusterRolloutTest {
    private static final String SECRET = "s3cret";
    private static String cluster;
    private static int seedPort;
    private static WorkerProcess worker;
    private static ClusterMember trainer;

    @BeforeAll
    static void startCluster() throws Exception {
        cluster = "itest-" + ProcessHandle.current().pid();
        seedPort = WorkerProcess.freePort();
        worker = WorkerProcess.start(seedPort, cluster, 1, SECRET);
        trainer = ClusterMember.start(ClusterConfig.joining("127.0.0.1:" + seedPort, 1).withName(cluster)
                .withPort(WorkerProcess.freePort()).withSecret(SECRET).withTimeoutSeconds(20), List.of(PointMassClusterSetup.class));
    }

    @AfterAll
    static void stopCluster() throws Exception {
        try {
            if (trainer != null) trainer.close();
        } finally {
            if (worker != null) worker.close();
        }
    }

    static TrainerConfig config() {
        // 16 antithetic pairs x 2 episodes = 64 episodes per generation, observation normalisation on
        return PointMassSetup.config(2).withNormalizeObservations(true).withThreads(1);
    }

    @Test
    void aGenerationOnTheClusterIsBitIdenticalToLocalAndBothMembersWork() {
        TrainerConfig config = config();
        try (Trainer local = new Trainer(config, PointMassClusterSetup.fast(), null, RolloutBackend.LOCAL);
             Trainer distributed = new Trainer(config, PointMassClusterSetup.fast(), null, trainer)) {
            assertEquals(2, distributed.threads(), "1 thread here + 1 in the worker JVM");
            Population population = config.strategy().build(local.noise(), config.seed()).ask(local.state().strategy());
            BatchResult expected = local.pool().evaluate(new PopulationBatch(population, config.seed()), config.rollout(), null, true);
            BatchResult actual = distributed.pool().evaluate(new PopulationBatch(population, config.seed()), config.rollout(), null, true);
            assertEquals(64, expected.fitness().length * config.rollout().episodes());
            assertArrayEquals(expected.fitness(), actual.fitness(), 0.0);
            assertArrayEquals(expected.returns(), actual.returns(), 0.0);
            assertArrayEquals(expected.observed().sum(), actual.observed().sum(), 0.0);
            assertArrayEquals(expected.observed().sumSq(), actual.observed().sumSq(), 0.0);
            assertEquals(expected.envSteps(), actual.envSteps());

            Map<String, Integer> byMember = actual.episodesByMember();
            assertEquals(Map.of("local", 64), expected.episodesByMember());
            assertEquals(2, byMember.size(), "members that ran episodes: " + byMember);
            assertTrue(byMember.get(worker.name) > 0, "the worker JVM ran episodes: " + byMember);
            assertTrue(byMember.get(trainer.name()) > 0, "the trainer's member ran episodes: " + byMember);
            assertEquals(64, byMember.values().stream().mapToInt(Integer::intValue).sum());

            // two whole generations (with evaluation and observation statistics): the same state
            TrainerState a = local.run(List.of());
            TrainerState b = distributed.run(List.of());
            assertArrayEquals(a.mean(), b.mean(), 0.0);
            assertArrayEquals(a.observationStats().sum(), b.observationStats().sum(), 0.0);
            assertEquals(a.bestEvalFitness(), b.bestEvalFitness(), 0.0);
        }
    }

    @Test
    void aMemberWithAnotherClusterNameIsNotAdmitted() {
        ClusterConfig other = ClusterConfig.joining("127.0.0.1:" + seedPort, 1).withName(cluster + "-other")
                .withPort(WorkerProcess.freePort()).withSecret(SECRET).withTimeoutSeconds(3);
        ClusterException e = assertThrows(ClusterException.class, () -> ClusterMember.start(other, List.of()));
        assertTrue(e.getMessage().startsWith("no propamine member reachable at 127.0.0.1:" + seedPort), e.getMessage());
        assertEquals(2, trainer.size(), "the cluster still has its two members");
    }

    @Test
    void aTaskClassOutsideTheAllowListIsRefused(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("ran");
        IExecutorService executor = trainer.hazelcast().getExecutorService(MemberConfigs.EXECUTOR);
        Future<String> f = executor.submitToMember(new WriteFileTask(file.toString()), workerMember());
        ExecutionException e = assertThrows(ExecutionException.class, () -> f.get(30, TimeUnit.SECONDS));
        assertTrue(String.valueOf(e.getCause()).contains("WriteFileTask is not allowed"), String.valueOf(e.getCause()));
        assertFalse(Files.exists(file), "the worker must not have run the task");
    }

    @Test
    void aHazelcastClientCannotConnect() {
        // members serve only the member protocol: a client that knows the address and the name gets nowhere
        ClientConfig client = new ClientConfig().setClusterName(cluster).setProperty("hazelcast.logging.type", "none");
        client.getNetworkConfig().addAddress("127.0.0.1:" + seedPort);
        client.getConnectionStrategyConfig().getConnectionRetryConfig().setClusterConnectTimeoutMillis(2000);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> HazelcastClient.newHazelcastClient(client).shutdown());
        assertTrue(e.getMessage().contains("Unable to connect"), e.getMessage());
    }

    @Test
    void aChunkWithAWrongSecretIsRefused() throws Exception {
        IExecutorService executor = trainer.hazelcast().getExecutorService(MemberConfigs.EXECUTOR);
        RolloutChunk chunk = new RolloutChunk("no-run", 0, 0, 1, "guess".getBytes(StandardCharsets.UTF_8));
        ChunkResult r = executor.submitToMember(chunk, workerMember()).get(60, TimeUnit.SECONDS);
        assertEquals("refused the chunk: wrong cluster secret", r.error());
        assertEquals(worker.name, r.member());
    }

    private static Member workerMember() {
        for (Member m : trainer.hazelcast().getCluster().getMembers()) {
            if (ClusterMember.nameOf(m).equals(worker.name)) return m;
        }
        throw new AssertionError("worker " + worker.name + " is not a member");
    }
}
