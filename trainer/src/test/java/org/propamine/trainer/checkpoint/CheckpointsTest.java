package org.propamine.trainer.checkpoint;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.propamine.trainer.PointMassSetup;
import org.propamine.trainer.Trainer;
import org.propamine.trainer.TrainerConfig;
import org.propamine.trainer.TrainerState;

class CheckpointsTest {
    @TempDir
    Path dir;

    /** Trains {@code generations} with checkpoints every 2 (keep 2) into {@link #dir}; returns the final state. */
    private TrainerState train(TrainerConfig config) {
        try (Trainer t = new Trainer(config, PointMassSetup.ENVS, PointMassSetup.POLICIES)) {
            return t.run(List.of(new CheckpointWriter(dir, t)));
        }
    }

    private static void assertSameState(TrainerState a, TrainerState b) {
        assertEquals(a.generation(), b.generation());
        assertArrayEquals(a.mean(), b.mean(), 0.0);
        assertArrayEquals(a.strategy().sigma(), b.strategy().sigma(), 0.0);
        assertEquals(a.strategy().optimizer().step(), b.strategy().optimizer().step());
        assertArrayEquals(a.strategy().optimizer().first(), b.strategy().optimizer().first(), 0.0);
        assertArrayEquals(a.strategy().optimizer().second(), b.strategy().optimizer().second(), 0.0);
        assertArrayEquals(a.strategy().best(), b.strategy().best(), 0.0);
        assertEquals(a.strategy().bestFitness(), b.strategy().bestFitness(), 0.0);
        assertEquals(a.envSteps(), b.envSteps());
        assertEquals(a.wallSeconds(), b.wallSeconds(), 0.0);
        assertEquals(a.bestEvalFitness(), b.bestEvalFitness(), 0.0);
        assertArrayEquals(a.bestEvalParams(), b.bestEvalParams(), 0.0);
        if (a.observationStats() != null) {
            assertEquals(a.observationStats().count(), b.observationStats().count());
            assertArrayEquals(a.observationStats().sum(), b.observationStats().sum(), 0.0);
            assertArrayEquals(a.observationStats().sumSq(), b.observationStats().sumSq(), 0.0);
        }
    }

    @Test
    void roundTripIsBitExactAndComplete() {
        TrainerConfig config = PointMassSetup.config(6).withNormalizeObservations(true);
        TrainerState state = train(config);
        Checkpoint loaded = Checkpoints.load(dir.resolve(Checkpoints.periodicName(6)));
        assertSameState(state, loaded.state());
        assertEquals(config, loaded.config());
        assertEquals(config.seed(), loaded.runSeed());
        assertEquals(config.noiseTableSize(), loaded.noiseSize());
        // re-encoding the loaded checkpoint reproduces the file byte for byte
        assertArrayEquals(read(dir.resolve(Checkpoints.periodicName(6))), CheckpointFormat.encode(loaded));
    }

    @Test
    void keepsTheLastKAndTheBestAndLeavesNoTempFiles() throws IOException {
        TrainerState state = train(PointMassSetup.config(10)); // checkpoint every 2, keep 2, evaluation every 5
        assertEquals(List.of(dir.resolve("gen-000000008.ckpt"), dir.resolve("gen-000000010.ckpt")), Checkpoints.periodic(dir));
        Checkpoint best = Checkpoints.load(dir.resolve(Checkpoints.BEST));
        assertEquals(state.bestEvalFitness(), best.state().bestEvalFitness(), 0.0);
        assertArrayEquals(state.bestEvalParams(), best.state().bestEvalParams(), 0.0);
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(3, files.count(), "only gen-8, gen-10 and best remain");
        }
    }

    @Test
    void aRunEndingBetweenPeriodicCheckpointsWritesAFinalOne() {
        TrainerState state = train(PointMassSetup.config(7)); // every 2, keep 2 → gen 6 and the final gen 7
        assertEquals(List.of(dir.resolve("gen-000000006.ckpt"), dir.resolve("gen-000000007.ckpt")), Checkpoints.periodic(dir));
        assertSameState(state, Checkpoints.latestGood(dir).checkpoint().state());
    }

    @Test
    void truncatedCheckpointIsRefusedWithOneLineNamingTheFile() throws IOException {
        train(PointMassSetup.config(2));
        Path file = dir.resolve(Checkpoints.periodicName(2));
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
        CheckpointException e = assertThrows(CheckpointException.class, () -> Checkpoints.load(file));
        assertTrue(e.getMessage().startsWith("checkpoint " + file + ": truncated"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
        Files.write(file, Arrays.copyOf(bytes, 5));
        e = assertThrows(CheckpointException.class, () -> Checkpoints.load(file));
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
    }

    @Test
    void corruptedCheckpointIsRefusedByTheChecksum() throws IOException {
        train(PointMassSetup.config(2));
        Path file = dir.resolve(Checkpoints.periodicName(2));
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x10; // one flipped bit in the payload
        Files.write(file, bytes);
        CheckpointException e = assertThrows(CheckpointException.class, () -> Checkpoints.load(file));
        assertTrue(e.getMessage().startsWith("checkpoint " + file + ": corrupted: CRC-32 mismatch"), e.getMessage());
        Files.writeString(file, "hello, not a checkpoint at all");
        e = assertThrows(CheckpointException.class, () -> Checkpoints.load(file));
        assertTrue(e.getMessage().endsWith("not a Propamine checkpoint (bad magic)"), e.getMessage());
        e = assertThrows(CheckpointException.class, () -> Checkpoints.load(dir.resolve("missing.ckpt")));
        assertTrue(e.getMessage().contains("missing.ckpt: cannot read"), e.getMessage());
    }

    @Test
    void latestGoodFallsBackToThePreviousGoodCheckpointAndSaysWhich() throws IOException {
        train(PointMassSetup.config(6).withCheckpoint(new org.propamine.trainer.CheckpointConfig(2, 5)));
        Path newest = dir.resolve(Checkpoints.periodicName(6));
        byte[] bytes = Files.readAllBytes(newest);
        Files.write(newest, Arrays.copyOf(bytes, bytes.length - 3));
        Checkpoints.Found found = Checkpoints.latestGood(dir);
        assertEquals(dir.resolve(Checkpoints.periodicName(4)), found.file());
        assertEquals(4, found.checkpoint().generation());
        assertEquals(1, found.rejected().size());
        assertTrue(found.rejected().get(0).contains("gen-000000006.ckpt: truncated"), found.rejected().get(0));
        assertTrue(found.describe().startsWith("resuming from " + found.file() + " (generation 4); skipped: checkpoint "), found.describe());
    }

    @Test
    void noUsableCheckpointIsAClearError(@TempDir Path empty) throws IOException {
        CheckpointException e = assertThrows(CheckpointException.class, () -> Checkpoints.latestGood(empty));
        assertEquals("checkpoint " + empty + ": no checkpoint files (gen-*.ckpt)", e.getMessage());
        Files.writeString(empty.resolve("gen-000000001.ckpt"), "x");
        e = assertThrows(CheckpointException.class, () -> Checkpoints.latestGood(empty));
        assertTrue(e.getMessage().contains("no usable checkpoint") && e.getMessage().contains("gen-000000001.ckpt"), e.getMessage());
    }

    @Test
    void resumeRefusesAMismatchedConfig() {
        train(PointMassSetup.config(2));
        Checkpoint c = Checkpoints.load(dir.resolve(Checkpoints.periodicName(2)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> c.stateFor(PointMassSetup.config(2).withSeed(7)));
        assertEquals("resume: config seed 7 differs from the checkpoint's 42", e.getMessage());
    }

    private static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
