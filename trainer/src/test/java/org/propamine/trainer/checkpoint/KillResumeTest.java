package org.propamine.trainer.checkpoint;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.propamine.trainer.CheckpointConfig;
import org.propamine.trainer.PointMassSetup;
import org.propamine.trainer.Trainer;
import org.propamine.trainer.TrainerConfig;
import org.propamine.trainer.TrainerState;

/** kill -9 in the middle of a run, resume from the latest good checkpoint: same final parameters. */
class KillResumeTest {
    private static final long GENERATIONS = 40;

    static TrainerConfig config(long generations) {
        return PointMassSetup.pgpeConfig(generations).withNormalizeObservations(true).withThreads(2)
                .withCheckpoint(new CheckpointConfig(2, 3));
    }

    @Test
    void killedRunResumesToTheSameFinalParameters(@TempDir Path dir) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                KillResumeMain.class.getName(), dir.toString(), Long.toString(GENERATIONS))
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (Checkpoints.periodic(dir).size() < 3 && child.isAlive() && System.nanoTime() < deadline) Thread.sleep(20);
        child.destroyForcibly(); // SIGKILL on Unix
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        assertNotEquals(0, child.exitValue(), "the child was killed, it did not finish");

        Checkpoints.Found found = Checkpoints.latestGood(dir);
        long killedAt = found.checkpoint().generation();
        assertTrue(killedAt >= 6 && killedAt < GENERATIONS, "killed after generation " + killedAt);

        TrainerConfig config = config(GENERATIONS);
        TrainerState resumed;
        try (Trainer t = new Trainer(config, PointMassSetup.ENVS, PointMassSetup.POLICIES, found.checkpoint().stateFor(config))) {
            resumed = t.run(List.of(new CheckpointWriter(dir, t)));
        }
        TrainerState uninterrupted;
        try (Trainer t = new Trainer(config.withThreads(1), PointMassSetup.ENVS, PointMassSetup.POLICIES)) {
            uninterrupted = t.run(List.of());
        }
        assertEquals(GENERATIONS, resumed.generation());
        assertArrayEquals(uninterrupted.mean(), resumed.mean(), 0.0);
        assertArrayEquals(uninterrupted.strategy().sigma(), resumed.strategy().sigma(), 0.0);
        assertArrayEquals(uninterrupted.observationStats().sum(), resumed.observationStats().sum(), 0.0);
        assertEquals(uninterrupted.envSteps(), resumed.envSteps());
        assertEquals(uninterrupted.bestEvalFitness(), resumed.bestEvalFitness(), 0.0);
    }
}
