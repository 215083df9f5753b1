package org.propamine.agent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.propamine.agent.spec.NetworkSpec;
import org.propamine.plasticity.ParameterSegment;

/**
 * Plasticity acts within an episode: 60 silent env steps (3 s, ≫ every membrane, adaptation, trace and readout
 * time constant, so those states settle to their resting values within ~1e-20) followed by a pattern of 5 env
 * steps is presented 4 times without a reset. With α = 0 every presentation gives the same actions (stationary); with a plastic rule the persistent
 * traces H change later responses; {@code reset} restores the first response bit for bit.
 */
class PlasticityInEpisodeTest {
    private static final int PATTERN = 5;
    private static final int SILENCE = 60;

    private static double[][][] present(SnnController c, double[][] pattern, int repeats) {
        return present(c, pattern, repeats, SILENCE);
    }

    private static double[][][] present(SnnController c, double[][] pattern, int repeats, int silence) {
        double[] silent = new double[pattern[0].length];
        double[][][] out = new double[repeats][PATTERN][3];
        for (int r = 0; r < repeats; r++) {
            double[] sink = new double[3];
            for (int t = 0; t < silence; t++) c.act(silent, sink);
            for (int t = 0; t < PATTERN; t++) c.act(pattern[t], out[r][t]);
        }
        return out;
    }

    private static double[][] pattern(NetworkSpec spec) {
        SplittableRandom rng = new SplittableRandom(42);
        double[][] p = new double[PATTERN][];
        for (int t = 0; t < PATTERN; t++) p[t] = TestNets.randomRaster(spec, rng);
        return p;
    }

    private static double maxDiff(double[][] a, double[][] b) {
        double m = 0;
        for (int t = 0; t < a.length; t++) for (int o = 0; o < a[t].length; o++) m = Math.max(m, Math.abs(a[t][o] - b[t][o]));
        return m;
    }

    @Test
    void alphaZeroIsStationary() {
        for (String rule : new String[] {"nm-bcm", "retro-hebbian", "oja"}) {
            NetworkSpec spec = TestNets.small(rule, 0.0);
            SnnController c = SnnController.create(spec, 7);
            for (ParameterSegment s : c.codec().layout()) assertTrue(!s.name().endsWith("alpha") || allZero(s.values()), s.name());
            c.reset(0);
            double[][][] out = present(c, pattern(spec), 4);
            assertTrue(active(out[0]), rule + ": the test pattern must drive the outputs");
            for (int r = 1; r < 4; r++) assertTrue(maxDiff(out[0], out[r]) < 1e-12, rule + " repeat " + r + " differs by " + maxDiff(out[0], out[r]));
        }
    }

    @Test
    void plasticRuleChangesTheResponseAndResetRestoresIt() {
        for (String rule : new String[] {"nm-bcm", "bcm", "oja", "nm-oja", "abcd", "retro-abcd"}) {
            NetworkSpec spec = TestNets.small(rule, 1.0, 0.02);
            SnnController c = modulatorOn(SnnController.create(spec, 7));
            c.reset(0);
            double[][] pattern = pattern(spec);
            double[][][] out = present(c, pattern, 4);
            double change = maxDiff(out[0], out[3]);
            assertTrue(change > 1e-3, rule + ": plasticity changed the response by only " + change);
            c.reset(0);
            double[][][] again = present(c, pattern, 1);
            for (int t = 0; t < PATTERN; t++) assertArrayEquals(out[0][t], again[0][t], 0.0, rule + " after reset, step " + t);
        }
    }

    /**
     * Decaying rules (Hebbian: H ← (1−η)H + ηxy, and the retroactive forms whose Δ contains −ηH) forget during a
     * long silence by design, so they are shown with 2 silent env steps between presentations and η = 0.02 per
     * substep (memory ≈ 1/η = 50 substeps, longer than one presentation + gap): the change between presentations
     * 2 and 3 of the plastic network must exceed the change of its α = 0 twin (same weights, membrane carry-over only) by 1e-3.
     */
    @Test
    void decayingRulesChangeTheResponseWithinShortGaps() {
        for (String rule : new String[] {"hebbian", "nm-hebbian", "retro-hebbian"}) {
            NetworkSpec spec = TestNets.small(rule, 1.0, 0.02);
            double[][] pattern = pattern(spec);
            SnnController plastic = modulatorOn(SnnController.create(spec, 7));
            SnnController frozen = modulatorOn(SnnController.create(spec, 7));
            double[] p = new double[frozen.parameterCount()];
            frozen.getParameters(p);
            int offset = 0;
            for (ParameterSegment s : frozen.codec().layout()) {
                if (s.name().endsWith("alpha")) java.util.Arrays.fill(p, offset, offset + s.length(), 0.0);
                offset += s.length();
            }
            frozen.setParameters(p);
            plastic.reset(0);
            frozen.reset(0);
            double[][][] a = present(plastic, pattern, 3, 2);
            double[][][] b = present(frozen, pattern, 3, 2);
            double plasticChange = maxDiff(a[1], a[2]);
            double frozenChange = maxDiff(b[1], b[2]);
            assertTrue(plasticChange > frozenChange + 1e-3, rule + ": change " + plasticChange + " vs α = 0 " + frozenChange);
            plastic.reset(0);
            double[][][] again = present(plastic, pattern, 1, 2);
            for (int t = 0; t < PATTERN; t++) assertArrayEquals(a[0][t], again[0][t], 0.0, rule + " after reset, step " + t);
        }
    }

    /** Sets b_M = 2 (M ≈ 0.96) on every modulated layer so neuromodulated rules learn. */
    private static SnnController modulatorOn(SnnController c) {
        double[] p = new double[c.parameterCount()];
        c.getParameters(p);
        int offset = 0;
        for (ParameterSegment s : c.codec().layout()) {
            if (s.name().endsWith("mod_b")) p[offset] = 2.0;
            offset += s.length();
        }
        c.setParameters(p);
        return c;
    }

    private static boolean allZero(double[] v) {
        for (double x : v) if (x != 0) return false;
        return true;
    }

    private static boolean active(double[][] out) {
        for (double[] o : out) for (double v : o) if (Math.abs(v) > 1e-3) return true;
        return false;
    }

    @Test
    void outputsStayInTheActionBox() {
        SnnController c = SnnController.create(TestNets.small("nm-bcm", 1.0), 1);
        double[][][] out = present(c, pattern(TestNets.small("nm-bcm", 1.0)), 2);
        for (double[][] r : out) for (double[] o : r) for (double v : o) assertTrue(v >= -1 && v <= 1);
        assertEquals(3, out[0][0].length);
    }
}
