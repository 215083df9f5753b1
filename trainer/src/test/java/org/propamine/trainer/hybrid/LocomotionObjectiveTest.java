package org.propamine.trainer.hybrid;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.propamine.agent.Policy;
import org.propamine.agent.SnnController;
import org.propamine.agent.spec.NetworkSpec;
import org.propamine.agent.spec.NetworkSpecs;
import org.propamine.envs.Env;
import org.propamine.envs.Envs;
import org.propamine.envs.encoding.SpikeEncoding;
import org.propamine.trainer.es.NoiseTable;
import org.propamine.trainer.rollout.FitnessKind;
import org.propamine.trainer.rollout.RolloutConfig;

/** The locomotion hybrid objective on Ant-v1 with the shipped ant-snn controller, at tiny sizes (20-step episodes). */
class LocomotionObjectiveTest {
    static final NetworkSpec ANT = NetworkSpecs.preset("ant-snn");
    static final Supplier<Env> ENVS = () -> SpikeEncoding.of(Envs.make("Ant-v1"), ANT.encoding().type(), ANT.substeps(),
            ANT.encoding().split(), ANT.encoding().args());
    static final Supplier<Policy> POLICIES = () -> SnnController.create(ANT, 1);

    static LocomotionObjectiveConfig tiny(int threads) {
        return new LocomotionObjectiveConfig(5, new RolloutConfig(1, 20, FitnessKind.DISTANCE), 1, 3, 20, 0.2, 0.99, threads);
    }

    static double[] initial() {
        Policy p = POLICIES.get();
        double[] x = new double[p.parameterCount()];
        p.getParameters(x);
        return x;
    }

    private static double[] gradient(int threads, long generation) {
        try (LocomotionObjective o = new LocomotionObjective(ENVS, POLICIES, ANT, tiny(threads))) {
            double[] g = new double[o.dimension()];
            o.surrogateGradient(initial(), generation, g);
            assertEquals(3, o.episodes());
            return g;
        }
    }

    @Test
    void theSurrogateGradientIsBitIdenticalForTheSameSeedOnAnyThreadCount() {
        double[] a = gradient(2, 4);
        double[] b = gradient(2, 4);
        double[] single = gradient(1, 4);
        assertArrayEquals(a, b, 0.0);
        assertArrayEquals(a, single, 0.0, "1 thread gives the same gradient as 2");
        double norm = 0;
        for (double v : a) norm += v * v;
        assertTrue(norm > 0 && Double.isFinite(norm), "a finite non-zero gradient: |g|^2 = " + norm);
        double[] other = gradient(2, 5);
        assertTrue(!java.util.Arrays.equals(a, other), "another generation explores other episodes");
    }

    @Test
    void oneHybridGenerationOnAntRunsAndCountsItsEpisodes() {
        for (HybridMode mode : HybridMode.values()) {
            try (LocomotionObjective o = new LocomotionObjective(ENVS, POLICIES, ANT, tiny(2))) {
                double[] init = initial();
                HybridConfig hc = new HybridConfig(mode, 1, 1, 0.05, 0.02, 0.5, 0.5, 2, 5);
                HybridTrainer.Result r = HybridTrainer.run(hc, o, init, NoiseTable.generate(3, 1 << 16), Double.POSITIVE_INFINITY, false);
                assertEquals(2, r.curve().size(), mode + ": the initial mean and one step");
                long expected = 2 + (mode == HybridMode.ES ? 0 : 3);
                assertEquals(expected, r.curve().get(1).episodes(), mode + ": 2 candidates (+ 3 exploration episodes)");
                assertEquals(-1, r.episodesToTarget());
                assertTrue(Double.isFinite(r.finalScore()), mode + ": distance " + r.finalScore());
                assertEquals(r.finalScore(), o.lastEvaluation().distances()[0], 0.0, "score = distance of the evaluation episode");
                double moved = 0;
                for (int i = 0; i < init.length; i++) moved = Math.max(moved, Math.abs(r.params()[i] - init[i]));
                assertEquals(0.02, moved, 1e-6, mode + ": Adam's first step moves some parameter by the learning rate");
            }
        }
    }

    @Test
    void unsupportedNetworksAndSettingsAreRefusedWithOneLine() {
        NetworkSpec rate = NetworkSpecs.preset("point-mass-snn");
        var e = assertThrows(IllegalArgumentException.class, () -> new LocomotionObjective(ENVS, POLICIES, rate, tiny(1)));
        assertTrue(e.getMessage().contains("readout RATE"), e.getMessage());
        var m = assertThrows(IllegalArgumentException.class, () -> new LocomotionObjectiveConfig(1, RolloutConfig.defaults(), 1, 1, 20, 0.1, 0.99, 0));
        assertEquals("gradientEpisodes is 1, expected >= 2 (the baseline is their mean)", m.getMessage());
    }
}
