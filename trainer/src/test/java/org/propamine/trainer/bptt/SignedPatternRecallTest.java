package org.propamine.trainer.bptt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.propamine.agent.spec.NetworkSpec;
import org.propamine.envs.temporal.InputNoise;

/**
 * Regression test for the PatternMemory plateau (bit error ~0.3 for every rule): with "± split" spike inputs a
 * Hebbian trace stores non-negative co-occurrence counts whose common part does not cancel at recall. With one
 * signed current per bit ({@code MergeSignChannels}) and the {@link PairedPrior} wiring, a hand-set Hebbian
 * network (no training) already recalls the zeroed half of 32-bit patterns at ≤ 12% bit error, and the same
 * network without its plastic term stays at chance.
 */
class SignedPatternRecallTest {
    private static final TemporalExperimentConfig N32 = new TemporalExperimentConfig(
            TemporalExperimentConfig.C1_RULES, TemporalExperimentConfig.C1_NOISE, 1, 32, 1, 1, 4, 4, 1, 2, 1e-2, 64);

    @Test
    void handWiredHebbianRecallsTheZeroedBits() {
        assertTrue(bitError(4.0) <= 0.12, "bit error " + bitError(4.0));
    }

    @Test
    void withoutThePlasticTermTheZeroedBitsStayAtChance() {
        assertTrue(bitError(0.0) >= 0.4, "bit error " + bitError(0.0));
    }

    @Test
    void pairedPriorWiresBitKToHiddenPairAndBack() {
        NetworkSpec spec = TemporalExperiment.network(TemporalExperiment.Task.PATTERN_MEMORY, N32, "hebbian");
        SnnLayout layout = new SnnLayout(spec);
        double[] p = new double[layout.size];
        new PairedPrior(3, 2, 0.5).apply(spec, layout, p);
        int hidden = 64, outputs = 32;
        assertEquals(3, p[layout.w[0] + 5 * hidden + 10]);
        assertEquals(-3, p[layout.w[0] + 5 * hidden + 11]);
        assertEquals(0, p[layout.w[0] + 5 * hidden + 12]);
        assertEquals(2, p[layout.readoutW + 10 * outputs + 5]);
        assertEquals(-2, p[layout.readoutW + 11 * outputs + 5]);
        assertEquals(0.5, p[layout.alpha[0]]);
        assertEquals(0.5, p[layout.alpha[0] + 33 * 64 - 1], "every α of layer 0, the tonic row included");
    }

    /** Mean bit error of a hand-wired Hebbian network (η = 0.005, α = {@code alpha}) on 64 fixed episodes. */
    private static double bitError(double alpha) {
        var task = TemporalExperiment.Task.PATTERN_MEMORY;
        NetworkSpec spec = TemporalExperiment.network(task, N32, "hebbian");
        TemporalTrainer trainer = new TemporalTrainer(TemporalExperiment.envs(task, N32, InputNoise.none()), spec,
                task.objective(), TemporalTrainerConfig.defaults().withEval(1, 64));
        SnnLayout layout = new SnnLayout(spec);
        double[] p = new double[layout.size];
        new PairedPrior(3, 3, alpha).apply(spec, layout, p);
        p[layout.etaRaw[0]] = Math.log(0.005 / (1 - 0.005));
        return trainer.evaluate(p);
    }
}
