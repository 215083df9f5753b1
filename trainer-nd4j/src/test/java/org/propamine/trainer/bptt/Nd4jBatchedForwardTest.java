package org.propamine.trainer.bptt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.propamine.agent.SnnController;
import org.propamine.agent.spec.NetworkSpec;
import org.propamine.agent.spec.NetworkSpecs;
import org.propamine.envs.temporal.InputNoise;

/** The batched ND4J forward computes the same actions as the plain-array per-step path (the agent's network). */
class Nd4jBatchedForwardTest {
    static final TemporalExperimentConfig SMALL = new TemporalExperimentConfig(List.of("hebbian"), List.of(InputNoise.none()), 1,
            6, 1, 1, 4, 8, 1, 2, 1e-2, 1);

    @ParameterizedTest
    @ValueSource(strings = {"none", "hebbian", "oja", "nm-bcm", "retro-oja", "nm-abcd"})
    void batchedForwardMatchesThePerStepPathOnTheTemporalNetworks(String rule) {
        NetworkSpec spec = TemporalExperiment.network(TemporalExperiment.Task.CUE_REWARD, SMALL, rule);
        assertSame(spec, 3, 40, 11);
    }

    @Test
    void batchedForwardMatchesThePerStepPathOnTheTwoLayerAntPreset() {
        assertSame(NetworkSpecs.preset("ant-snn"), 2, 12, 5);
    }

    /** Runs B random episodes through the agent's SnnController one by one and through ND4J at once. */
    private static void assertSame(NetworkSpec spec, int batch, int steps, long seed) {
        SnnController agent = SnnController.create(spec, seed);
        double[] params = new double[agent.parameterCount()];
        agent.getParameters(params);
        SplittableRandom rng = new SplittableRandom(seed);
        double[][][] rasters = new double[batch][steps][spec.rasterSize()];
        for (double[][] ep : rasters) {
            for (double[] r : ep) for (int k = 0; k < r.length; k++) r[k] = rng.nextDouble() < 0.4 ? rng.nextDouble(0, 3) : 0;
        }
        Nd4jBatchedForward batched = new Nd4jBatchedForward(spec);
        batched.setParameters(params);
        double[][][] got = batched.run(rasters);
        double[] a = new double[spec.readout().out()];
        double maxDiff = 0;
        double spread = 0;
        for (int b = 0; b < batch; b++) {
            agent.reset(b);
            for (int t = 0; t < steps; t++) {
                agent.act(rasters[b][t], a);
                for (int o = 0; o < a.length; o++) {
                    maxDiff = Math.max(maxDiff, Math.abs(a[o] - got[b][t][o]));
                    spread += Math.abs(a[o] - got[0][t][o]);
                }
            }
        }
        assertEquals(0, maxDiff, 1e-5, "largest difference between the per-step and the batched forward");
        assertTrue(spread > 0, "episodes differ, so the batch dimension is exercised");
    }
}
