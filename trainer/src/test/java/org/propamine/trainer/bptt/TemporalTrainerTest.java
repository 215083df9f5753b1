package org.propamine.trainer.bptt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.propamine.envs.temporal.InputNoise;

class TemporalTrainerTest {
    static final TemporalExperimentConfig TINY = TemporalExperimentConfig.quick();

    private static TemporalTrainer patternTrainer(int iterations, int evalEvery) {
        TemporalTrainerConfig tc = TemporalTrainerConfig.defaults().withIterations(iterations).withBatch(2)
                .withEval(evalEvery, 2).withLearningRate(1e-2).withSeed(5);
        var task = TemporalExperiment.Task.PATTERN_MEMORY;
        return new TemporalTrainer(TemporalExperiment.envs(task, TINY, InputNoise.none()),
                TemporalExperiment.network(task, TINY, "nm-oja"), task.objective(), tc, TemporalExperiment.PATTERN_PRIOR);
    }

    @Test
    void supervisedStepsLowerTheTrainingLoss() {
        TemporalTrainer trainer = patternTrainer(30, 10);
        double[] before = trainer.initialParameters();
        double[] grad = new double[before.length];
        double lossBefore = 0;
        for (int it = 100; it < 104; it++) lossBefore += trainer.batchGradient(before, it, grad);
        TemporalTrainer.Result r = trainer.train(null, false, null);
        double lossAfter = 0;
        for (int it = 100; it < 104; it++) lossAfter += trainer.batchGradient(r.params(), it, grad);
        assertTrue(lossAfter < lossBefore, "MSE on fixed episodes " + lossBefore / 4 + " -> " + lossAfter / 4);
    }

    @Test
    void resumingFromACheckpointGivesTheSameParametersAsAnUninterruptedRun(@TempDir Path dir) throws Exception {
        double[] straight = patternTrainer(6, 3).train(null, false, null).params();
        Path ckpt = dir.resolve("bptt.ckpt");
        // the run is cut right after its checkpoint at step 3 (as by a kill), then resumed with the same config
        assertThrows(IllegalStateException.class, () -> patternTrainer(6, 3).train(ckpt, false, p -> {
            if (p.iteration() == 3) throw new IllegalStateException("killed");
        }));
        assertEquals(3, BpttCheckpoint.read(ckpt).iteration());
        double[] resumed = patternTrainer(6, 3).train(ckpt, true, null).params();
        assertArrayEquals(straight, resumed, 0.0);
    }

    @Test
    void aNanLossStopsTheRunAndKeepsTheLastGoodCheckpoint(@TempDir Path dir) throws Exception {
        Path ckpt = dir.resolve("bptt.ckpt");
        patternTrainer(2, 2).train(ckpt, false, null);
        BpttCheckpoint good = BpttCheckpoint.read(ckpt);
        double[] poisoned = good.params().clone();
        Arrays.fill(poisoned, 0, 10, Double.NaN);
        new BpttCheckpoint(good.seed(), good.iteration(), good.bestMetric(), poisoned, good.adamM(), good.adamV(), good.adamStep())
                .write(ckpt);
        byte[] kept = Files.readAllBytes(ckpt);
        var e = assertThrows(TrainingDivergedException.class, () -> patternTrainer(4, 1).train(ckpt, true, null));
        assertTrue(e.getMessage().startsWith("step 3: ") && e.getMessage().contains("NaN"), e.getMessage());
        assertTrue(e.getMessage().contains("last good checkpoint: " + ckpt + " (step 2)"), e.getMessage());
        assertArrayEquals(kept, Files.readAllBytes(ckpt), "the checkpoint is left untouched");
    }

    @Test
    void aCorruptedCheckpointIsRefusedWithOneLine(@TempDir Path dir) throws Exception {
        Path ckpt = dir.resolve("bptt.ckpt");
        patternTrainer(1, 1).train(ckpt, false, null);
        byte[] b = Files.readAllBytes(ckpt);
        b[60] ^= 1;
        Files.write(ckpt, b);
        var e = assertThrows(java.io.UncheckedIOException.class, () -> patternTrainer(2, 1).train(ckpt, true, null));
        assertEquals(ckpt + ": corrupted checkpoint (CRC mismatch)", e.getMessage());
        Files.write(ckpt, Arrays.copyOf(b, 30));
        e = assertThrows(java.io.UncheckedIOException.class, () -> patternTrainer(2, 1).train(ckpt, true, null));
        assertEquals(ckpt + ": truncated checkpoint (30 bytes)", e.getMessage());
    }

    @Test
    void reinforceRunsAreDeterministic() {
        var task = TemporalExperiment.Task.CUE_REWARD;
        TemporalTrainer.Result a = TemporalExperiment.trainer(task, TINY, "nm-hebbian", InputNoise.none(), 3).train(null, false, null);
        TemporalTrainer.Result b = TemporalExperiment.trainer(task, TINY, "nm-hebbian", InputNoise.none(), 3).train(null, false, null);
        assertArrayEquals(a.params(), b.params(), 0.0);
        assertTrue(a.finalMetric() >= 0 && a.finalMetric() <= TINY.cueTrials());
    }

    @Test
    void bpttRunWritesCheckpointMetricsAndSummary(@TempDir Path dir) throws Exception {
        var r = BpttRun.train("PatternMemory-v1", "hebbian", TINY, InputNoise.none(), 2, dir, false, null);
        assertTrue(Files.exists(dir.resolve(BpttRun.CHECKPOINT)));
        java.util.List<String> csv = Files.readAllLines(dir.resolve("metrics.csv"));
        assertEquals("iteration,episodes,train_score,eval_bit_error,grad_norm", csv.get(0));
        assertEquals(r.curve().size() + 1, csv.size());
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(dir.resolve("summary.json").toFile());
        assertEquals(r.finalMetric(), json.get("final").asDouble(), 0.0);
        assertEquals("hebbian", json.get("rule").asText());
    }
}
