package org.propamine.plasticity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Hand-computed trace updates on 2×2 synapses over 5 steps. Common set-up: pre traces x = (1, 0.5), post traces
 * y = (1, 0.5), constant every step; raw η = 0 so η = σ(0) = 0.5 exactly; clip c = 1 unless stated. Synapse
 * index k = j·2 + i (pre-major): H = {H(j0,i0), H(j0,i1), H(j1,i0), H(j1,i1)}. Because every input is constant,
 * each synapse follows a scalar recursion in p = x_j·y_i, solved below.
 */
class RuleGoldenTest {
    private static final double TOL = 1e-12;
    private static final double[] X = {1.0, 0.5};
    private static final double[] Y = {1.0, 0.5};

    private static PlasticParameters params(PlasticityConfig cfg) {
        PlasticParameters p = new PlasticParameters(cfg, 2, 2);
        p.rawEta[0] = 0;
        if (p.rawEtaE.length > 0) p.rawEtaE[0] = 0;
        p.refresh();
        return p;
    }

    private static PlasticState run(PlasticParameters p, int steps, double dt) {
        PlasticState s = new PlasticState(p);
        for (int t = 0; t < steps; t++) PlasticityStep.step(p, s, X, Y, dt);
        return s;
    }

    @Test
    void hebbianDecaysTowardsTheCoincidence() {
        // H ← (1−η)H + η p = 0.5H + 0.5p  ⇒  H_t = p(1 − 0.5^t); t = 5: p·31/32.
        // p = (1, 0.5, 0.5, 0.25) ⇒ H = (31/32, 31/64, 31/64, 31/128).
        PlasticState s = run(params(PlasticityConfig.defaults(Rules.resolve("hebbian"))), 5, 0.01);
        assertArrayEquals(new double[] {31.0 / 32, 31.0 / 64, 31.0 / 64, 31.0 / 128}, s.h(), TOL);
    }

    @Test
    void aTraceBelowTheFloorDrivesNoUpdate() {
        // Trace floor ε_x = 0.6: x = (1, 0.5) → pre factors (1, 0). BCM (one-sided, deferred): row j1 stays 0,
        // row j0 as in bcmUsesThePreviousThresholdThenSlidesIt: (0.96875, 0.43359375).
        // Hebbian (decaying, Δ = η(x y − H)): row j1 gets only the decay of H = 0, so stays 0; row j0 as without floor.
        PlasticityConfig bcm = new PlasticityConfig(Rules.resolve("bcm"), CoefficientSharing.PER_SYNAPSE, Fanout.GLOBAL, 1.0, 1.0, 0.5, 0.5, 0.6);
        assertArrayEquals(new double[] {0.96875, 0.43359375, 0, 0}, run(params(bcm), 5, 0.5).h(), TOL);
        PlasticityConfig hebbian = PlasticityConfig.defaults(Rules.resolve("hebbian")).withTraceFloor(0.6);
        assertArrayEquals(new double[] {31.0 / 32, 31.0 / 64, 0, 0}, run(params(hebbian), 5, 0.01).h(), TOL);
        // ε_x = 0.5 is not above x = 0.5: both rows learn.
        assertArrayEquals(new double[] {0.96875, 0.43359375, 0.484375, 0.216796875},
                run(params(bcm.withTraceFloor(0.5)), 5, 0.5).h(), TOL);
    }

    @Test
    void preFactorFlushesOnlyMagnitudesBelowTheFloor() {
        PlasticityConfig cfg = PlasticityConfig.defaults(Rules.resolve("nm-bcm")).withTraceFloor(1e-3);
        assertEquals(0.0, cfg.preFactor(9.99e-4));
        assertEquals(0.0, cfg.preFactor(-9.99e-4));
        assertEquals(1e-3, cfg.preFactor(1e-3));
        assertEquals(-0.25, cfg.preFactor(-0.25));
        assertTrue(Double.isNaN(cfg.preFactor(Double.NaN)));
        assertEquals(1e-300, PlasticityConfig.defaults(Rules.resolve("bcm")).preFactor(1e-300));
        for (double bad : new double[] {-1e-3, Double.NaN, Double.POSITIVE_INFINITY}) {
            var e = assertThrows(IllegalArgumentException.class, () -> cfg.withTraceFloor(bad));
            assertTrue(e.getMessage().startsWith("trace_floor = "), e.getMessage());
        }
    }

    @Test
    void ojaNormalisesByPostActivity() {
        // H ← H + η y_i (x_j − y_i H).
        // i = 0 (y = 1):   H ← 0.5H + 0.5x_j        ⇒ H_5 = x_j(1 − 0.5^5) = x_j·0.96875.
        // i = 1 (y = 0.5): H ← H + 0.25(x_j − 0.5H) = 0.875H + 0.25x_j ⇒ H_t = 2x_j(1 − 0.875^t);
        //                  0.875^5 = 0.512908935546875 ⇒ H_5 = 2x_j·0.487091064453125.
        PlasticState s = run(params(PlasticityConfig.defaults(Rules.resolve("oja"))), 5, 0.01);
        assertArrayEquals(new double[] {0.96875, 0.97418212890625, 0.484375, 0.487091064453125}, s.h(), TOL);
    }

    @Test
    void bcmUsesThePreviousThresholdThenSlidesIt() {
        // Δt/τ_θ = 0.5/1 = 0.5. H ← H + 0.5 x_j y_i (y_i − θ_i), then θ_i ← θ_i + 0.5(y_i² − θ_i), θ starts at 0.
        // i = 0 (y² = 1): θ before steps 1..5 = 0, .5, .75, .875, .9375 (after: .96875);
        //   factors 0.5·1·(1 − θ) = .5, .25, .125, .0625, .03125 → sum .96875 ⇒ H = x_j·0.96875.
        // i = 1 (y² = .25): θ = 0, .125, .1875, .21875, .234375 (after: .2421875);
        //   factors 0.5·0.5·(0.5 − θ) = .125, .09375, .078125, .0703125, .06640625 → sum .43359375 ⇒ H = x_j·.43359375.
        PlasticityConfig cfg = new PlasticityConfig(Rules.resolve("bcm"), CoefficientSharing.PER_SYNAPSE, Fanout.GLOBAL, 1.0, 1.0, 0.5, 0.5);
        PlasticState s = run(params(cfg), 5, 0.5);
        assertArrayEquals(new double[] {0.96875, 0.43359375, 0.484375, 0.216796875}, s.h(), TOL);
        assertArrayEquals(new double[] {0.96875, 0.2421875}, s.theta, TOL);
    }

    @Test
    void abcdIsAffineAndClipped() {
        // A = 1, B = 0.5, C = −0.4, D = 0.2: Δ = 0.5(x y + 0.5x − 0.4y + 0.2), constant per synapse.
        // (j0,i0): 0.5(1 + .5 − .4 + .2) = .65  → .65, 1.3→1 (clip), 1, ...
        // (j0,i1): 0.5(.5 + .5 − .2 + .2) = .5   → .5, 1.0, 1.5→1
        // (j1,i0): 0.5(.5 + .25 − .4 + .2) = .275 → .275, .55, .825, 1.1→1
        // (j1,i1): 0.5(.25 + .25 − .2 + .2) = .25 → .25, .5, .75, 1.0, 1.25→1
        PlasticParameters p = params(PlasticityConfig.defaults(Rules.resolve("abcd")));
        System.arraycopy(new double[] {1, 0.5, -0.4, 0.2}, 0, p.ruleParams, 0, 4);
        assertArrayEquals(new double[] {1, 1, 0.825, 0.75}, run(p, 3, 0.01).h(), TOL);
        assertArrayEquals(new double[] {1, 1, 1, 1}, run(p, 5, 0.01).h(), TOL);
    }

    /** M = tanh(b_M) = 0.5 with w_M = 0; per-post fan-out f = (1, −1), g = (0, 0.25) ⇒ M_0 = 0.5, M_1 = −0.25. */
    private static PlasticParameters modulated(String rule, double clip) {
        PlasticityConfig cfg = PlasticityConfig.defaults(Rules.resolve(rule)).withFanout(Fanout.PER_POST).withClip(clip);
        PlasticParameters p = params(cfg);
        p.modB[0] = 0.5 * Math.log(3); // atanh(0.5)
        p.fanF[1] = -1;
        p.fanG[1] = 0.25;
        return p;
    }

    @Test
    void neuromodulatedHebbianScalesTheTermAndClips() {
        // H ← H + M_i·0.5(p − H).
        // i = 0 (M = .5):   H ← .75H + .25p  ⇒ H_t = p(1 − .75^t);   .75^5 = .2373046875 ⇒ H_5 = p·.7626953125
        // i = 1 (M = −.25): H ← 1.125H − .125p ⇒ H_t = −p(1.125^t − 1); 1.125^5 = 1.802032470703125 ⇒ H_5 = −p·.802032470703125
        // p = (1, .5, .5, .25).
        PlasticState s = run(modulated("nm-hebbian", 1.0), 5, 0.01);
        assertArrayEquals(new double[] {0.7626953125, -0.4010162353515625, 0.38134765625, -0.20050811767578125}, s.h(), TOL);
        assertEquals(0.5, s.modulator(), TOL);
        // Same with c = 0.3, clipped every step:
        // (j0,i0): .25, .4375→.3, then .75·.3 + .25 = .475→.3
        // (j0,i1): −.0625, −.1328125, −.2119140625, −.30084228515625→−.3, then 1.125·(−.3) − .0625 = −.4→−.3
        // (j1,i0): .125, .21875, .2890625, .341796875→.3, stays .3
        // (j1,i1): never reaches .3: −.20050811767578125
        PlasticState c = run(modulated("nm-hebbian", 0.3), 5, 0.01);
        assertArrayEquals(new double[] {0.3, -0.3, 0.3, -0.20050811767578125}, c.h(), TOL);
    }

    @Test
    void retroactiveAppliesTheEligibilityBeforeUpdatingIt() {
        // Per step: H ← clip(H + M_i E); then E ← .5E + .5Δ with Δ = .5(p − H) on the new H. η_E = σ(0) = .5.
        // (j0,i0), p = 1, M = .5:
        //   t1: H = 0 + .5·0 = 0;                          Δ = .5;           E = .25
        //   t2: H = .5·.25 = .125;                         Δ = .4375;        E = .125 + .21875 = .34375
        //   t3: H = .125 + .171875 = .296875;              Δ = .3515625;     E = .171875 + .17578125 = .34765625
        //   t4: H = .296875 + .173828125 = .470703125;      Δ = .2646484375;  E = .30615234375
        //   t5: H = .470703125 + .153076171875 = .623779296875; Δ = .1881103515625; E = .24713134765625
        // (j0,i1), p = .5, M = −.25:
        //   t1: H = 0; Δ = .25; E = .125
        //   t2: H = −.03125; Δ = .265625; E = .1953125
        //   t3: H = −.080078125; Δ = .2900390625; E = .24267578125
        //   t4: H = −.1407470703125; Δ = .32037353515625; E = .281524658203125
        //   t5: H = −.21112823486328125; Δ = .355564117431640625; E = .3185443878173828125
        // Row j1 has x halved, and the recursion is linear in (p, H, E): exactly half of row j0.
        // (E-then-H order would give H = .125 already at t1.)
        PlasticState s = run(modulated("retro-hebbian", 1.0), 5, 0.01);
        assertArrayEquals(new double[] {0.623779296875, -0.21112823486328125, 0.3118896484375, -0.105564117431640625}, s.h(), TOL);
        assertArrayEquals(new double[] {0.24713134765625, 0.3185443878173828125, 0.123565673828125, 0.15927219390869140625}, s.e(), TOL);
        PlasticState one = run(modulated("retro-hebbian", 1.0), 1, 0.01);
        assertArrayEquals(new double[] {0, 0, 0, 0}, one.h(), 0.0);
    }

    @Test
    void noneHasNoParametersAndNoTrace() {
        PlasticParameters p = new PlasticParameters(PlasticityConfig.defaults(Rules.resolve("none")), 2, 2);
        assertEquals(0, p.alphaPerSynapse().length);
        assertTrue(p.alphaSegments("").isEmpty() && p.rateSegments("").isEmpty() && p.modulatorSegments("").isEmpty());
        PlasticState s = run(p, 5, 0.01);
        assertEquals(0, s.h().length);
    }

    @Test
    void sharingExpandsAlpha() {
        PlasticParameters p = new PlasticParameters(PlasticityConfig.defaults(Rules.resolve("oja")).withAlphaSharing(CoefficientSharing.PER_POST), 3, 2);
        p.alpha[0] = 1;
        p.alpha[1] = 2;
        p.refresh();
        assertArrayEquals(new double[] {1, 2, 1, 2, 1, 2}, p.alphaPerSynapse(), 0.0);
        PlasticParameters q = new PlasticParameters(PlasticityConfig.defaults(Rules.resolve("oja")).withAlphaSharing(CoefficientSharing.SHARED), 2, 2);
        q.alpha[0] = 0.5;
        q.refresh();
        assertArrayEquals(new double[] {0.5, 0.5, 0.5, 0.5}, q.alphaPerSynapse(), 0.0);
    }

    @Test
    void registryResolvesEveryNameAndRejectsUnknown() {
        assertEquals(13, Rules.names().size());
        for (String name : Rules.names()) assertEquals(name, Rules.resolve(name).name());
        assertTrue(Rules.resolve("nm-bcm") instanceof Neuromodulated nm && nm.base() instanceof Bcm);
        assertEquals(Modulation.RETROACTIVE, Rules.resolve("retro-oja").modulation());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Rules.resolve("nm-foo"));
        assertTrue(e.getMessage().contains("nm-foo"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Neuromodulated(new Neuromodulated(new Oja())));
    }

    @Test
    void sigmoidKeepsRatesInsideTheOpenInterval() {
        assertEquals(0.5, Sigmoid.of(0), 0.0);
        assertEquals(0.1, Sigmoid.of(Sigmoid.logit(0.1)), 1e-15);
        assertTrue(Sigmoid.of(-800) >= 0 && Sigmoid.of(800) <= 1);
        assertThrows(IllegalArgumentException.class, () -> Sigmoid.logit(1.0));
    }
}
