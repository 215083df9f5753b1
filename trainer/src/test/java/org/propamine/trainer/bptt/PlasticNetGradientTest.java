package org.propamine.trainer.bptt;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * BPTT gradients against central finite differences for every rule family, modulation and the non-plastic
 * network (float64, smooth spikes so that the forward map is differentiable; tiny nets, 7 steps).
 */
class PlasticNetGradientTest {
    private static final int STEPS = 7;

    static Stream<Arguments> variants() {
        Stream.Builder<Arguments> b = Stream.builder();
        b.add(Arguments.of(RuleFamily.NONE, Modulation.NONE, false, InputProjection.DENSE, 100.0));
        for (RuleFamily r : new RuleFamily[] {RuleFamily.HEBBIAN, RuleFamily.OJA, RuleFamily.BCM, RuleFamily.ABCD}) {
            for (Modulation m : Modulation.values()) {
                b.add(Arguments.of(r, m, false, InputProjection.DENSE, 100.0));
            }
        }
        b.add(Arguments.of(RuleFamily.HEBBIAN, Modulation.NEUROMODULATED, true, InputProjection.DENSE, 100.0));
        b.add(Arguments.of(RuleFamily.BCM, Modulation.RETROACTIVE, true, InputProjection.DENSE, 100.0));
        // one-to-one input, and an active clip (saturated entries pass no gradient, finite differences agree)
        b.add(Arguments.of(RuleFamily.OJA, Modulation.NONE, false, InputProjection.ONE_TO_ONE, 100.0));
        b.add(Arguments.of(RuleFamily.HEBBIAN, Modulation.NEUROMODULATED, false, InputProjection.DENSE, 0.03));
        return b.build();
    }

    @ParameterizedTest(name = "{0} {1} fanOut={2} {3} clip={4}")
    @MethodSource("variants")
    void bpttMatchesCentralFiniteDifferences(RuleFamily rule, Modulation mod, boolean fanOut, InputProjection proj,
                                            double clip) {
        int inputs = 4;
        int hidden = proj == InputProjection.ONE_TO_ONE ? 4 : 5;
        PlasticNetConfig cfg = PlasticNetConfig.of(inputs, hidden, 2).withRule(rule, mod).withFanOut(fanOut)
                .withProjection(proj).withSpike(SpikeFunction.smooth(3)).withClip(clip);
        double[] params = new PlasticNetInit(2, 1.5, 3, 0.3, 0.5).sample(cfg, 42);
        SplittableRandom rng = new SplittableRandom(9);
        ParameterLayout L = ParameterLayout.of(cfg);
        if (L.coefficients() >= 0) {
            for (int q = 0; q < 4; q++) params[L.coefficients() + q] = rng.nextDouble(-1, 1);
        }
        if (L.fanOutF() >= 0) {
            for (int i = 0; i < hidden; i++) params[L.fanOutG() + i] = rng.nextDouble(-0.5, 0.5);
        }
        double[][] inputsSeq = new double[STEPS][inputs];
        for (double[] u : inputsSeq) for (int k = 0; k < inputs; k++) u[k] = rng.nextDouble(0, 2);
        double[] lossWeights = new double[STEPS * 2];
        for (int k = 0; k < lossWeights.length; k++) lossWeights[k] = rng.nextDouble(-1, 1);

        PlasticNet net = new PlasticNet(cfg);
        net.setParameters(params);
        loss(net, inputsSeq, lossWeights);
        double[] grad = new double[params.length];
        double[] dLdOut = new double[STEPS * 2];
        for (int t = 0; t < STEPS; t++) {
            for (int k = 0; k < 2; k++) dLdOut[t * 2 + k] = lossWeights[t * 2 + k] + net.output(t, k);
        }
        new PlasticNetGradient(net).backward(dLdOut, grad);

        double eps = 1e-6;
        double worst = 0;
        int worstIndex = -1;
        double[] q = params.clone();
        for (int k = 0; k < params.length; k++) {
            q[k] = params[k] + eps;
            net.setParameters(q);
            double up = loss(net, inputsSeq, lossWeights);
            q[k] = params[k] - eps;
            net.setParameters(q);
            double down = loss(net, inputsSeq, lossWeights);
            q[k] = params[k];
            double fd = (up - down) / (2 * eps);
            double err = Math.abs(fd - grad[k]) / Math.max(Math.abs(fd) + Math.abs(grad[k]), 1e-6);
            if (err > worst) {
                worst = err;
                worstIndex = k;
            }
        }
        double nonzero = 0;
        for (double g : grad) nonzero += g != 0 ? 1 : 0;
        assertTrue(nonzero > params.length / 2, "most gradients are non-zero: " + nonzero + "/" + params.length);
        assertTrue(worst < 1e-3, "worst relative error " + worst + " at parameter " + worstIndex + " (" + L + ")");
        if (L.alpha() >= 0) {
            double alphaGrad = 0;
            for (int k = 0; k < hidden * hidden; k++) alphaGrad += Math.abs(grad[L.alpha() + k]);
            assertTrue(alphaGrad > 1e-6, "the plastic path carries gradient");
        }
    }

    /** L = Σ_t Σ_k w_tk out_tk + ½ out_tk². */
    private static double loss(PlasticNet net, double[][] inputsSeq, double[] w) {
        net.reset();
        double[] out = new double[2];
        double loss = 0;
        for (int t = 0; t < inputsSeq.length; t++) {
            net.step(inputsSeq[t], out);
            for (int k = 0; k < 2; k++) loss += w[t * 2 + k] * out[k] + 0.5 * out[k] * out[k];
        }
        return loss;
    }
}
