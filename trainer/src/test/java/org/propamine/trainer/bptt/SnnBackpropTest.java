package org.propamine.trainer.bptt;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.propamine.agent.SnnController;
import org.propamine.agent.neuron.AdaptiveLifParams;
import org.propamine.agent.neuron.LifParams;
import org.propamine.agent.neuron.NeuronModel;
import org.propamine.agent.neuron.ResetMechanism;
import org.propamine.agent.neuron.SurrogateGradient;
import org.propamine.agent.spec.EncodingSpec;
import org.propamine.agent.spec.InitSpec;
import org.propamine.agent.spec.LayerSpec;
import org.propamine.agent.spec.NetworkSpec;
import org.propamine.agent.spec.ReadoutKind;
import org.propamine.agent.spec.ReadoutSpec;
import org.propamine.plasticity.CoefficientSharing;
import org.propamine.plasticity.Fanout;
import org.propamine.plasticity.PlasticityConfig;
import org.propamine.plasticity.Rules;

/**
 * BPTT gradients against central finite differences for every rule of the plasticity registry (base,
 * neuromodulated, retroactive) and the non-plastic network, in float64 with smooth spikes (atan surrogate) so
 * the forward map is differentiable. Tiny two-layer nets (recurrent first layer, K = 2 substeps, 4 env steps):
 * the gradient flows through both layers, the pre-trace path of layer 1, recurrence, resets and the readout.
 */
class SnnBackpropTest {
    private static final int ENV_STEPS = 4;
    /** τ of the pre traces of the tiny nets (s). */
    static final double TRACE_TAU = 0.02;
    static final SurrogateGradient SMOOTH = SurrogateGradient.atan(1.5);

    static NetworkSpec tinySpec(String rule, CoefficientSharing sharing, Fanout fanout, ResetMechanism reset, double clip) {
        return tinySpec(rule, sharing, fanout, reset, clip, 1);
    }

    static NetworkSpec tinySpec(String rule, CoefficientSharing sharing, Fanout fanout, ResetMechanism reset, double clip,
                                int plasticityInterval) {
        return tinySpec(rule, sharing, fanout, reset, clip, plasticityInterval, 0);
    }

    /** With a trace floor ε_x ({@link PlasticityConfig#traceFloor()}) on both layers. */
    static NetworkSpec tinySpec(String rule, CoefficientSharing sharing, Fanout fanout, ResetMechanism reset, double clip,
                                int plasticityInterval, double traceFloor) {
        return tinySpec(rule, sharing, fanout, reset, clip, plasticityInterval, traceFloor, TRACE_TAU);
    }

    /** Pre traces τ 20 ms ({@link #TRACE_TAU}), post traces τ {@code postTau} s. */
    static NetworkSpec tinySpec(String rule, CoefficientSharing sharing, Fanout fanout, ResetMechanism reset, double clip,
                                int plasticityInterval, double traceFloor, double postTau) {
        double dt = 0.01;
        LifParams lif = new LifParams(0.03, 1.0, reset, dt);
        PlasticityConfig pc = new PlasticityConfig(Rules.resolve(rule), sharing, fanout, clip, 0.05, 0.3, 0.3, traceFloor);
        List<LayerSpec> layers = List.of(
                new LayerSpec(3, 4, NeuronModel.LIF, lif, new AdaptiveLifParams(lif, 0.2, 0), true, pc),
                new LayerSpec(4, 3, NeuronModel.LIF, lif, new AdaptiveLifParams(lif, 0.2, 0), false, pc));
        return new NetworkSpec("grad-" + rule, 3, 2, dt, TRACE_TAU, postTau, new EncodingSpec("current", false, Map.of()), layers,
                new ReadoutSpec(ReadoutKind.LEAKY, 3, 2, 0.03), new InitSpec(3.0, 1.0, 0.2, 1.0, 1.5), plasticityInterval);
    }

    static Stream<Arguments> variants() {
        Stream.Builder<Arguments> b = Stream.builder();
        for (String rule : Rules.names()) {
            b.add(Arguments.of(rule, CoefficientSharing.PER_SYNAPSE, Fanout.GLOBAL, ResetMechanism.SOFT, 100.0, 1, 0.0, TRACE_TAU));
        }
        b.add(Arguments.of("nm-oja", CoefficientSharing.PER_POST, Fanout.PER_POST, ResetMechanism.HARD, 100.0, 1, 0.0, TRACE_TAU));
        b.add(Arguments.of("retro-bcm", CoefficientSharing.SHARED, Fanout.PER_POST, ResetMechanism.SOFT, 100.0, 2, 0.0, TRACE_TAU));
        b.add(Arguments.of("abcd", CoefficientSharing.PER_POST, Fanout.GLOBAL, ResetMechanism.HARD, 100.0, 1, 0.0, TRACE_TAU));
        b.add(Arguments.of("bcm", CoefficientSharing.PER_SYNAPSE, Fanout.GLOBAL, ResetMechanism.SOFT, 100.0, 2, 0.0, TRACE_TAU));
        // an interval that does not divide K = 2: plasticity on every third substep, across env steps
        b.add(Arguments.of("hebbian", CoefficientSharing.PER_SYNAPSE, Fanout.GLOBAL, ResetMechanism.HARD, 100.0, 3, 0.0, TRACE_TAU));
        b.add(Arguments.of("nm-oja", CoefficientSharing.PER_SYNAPSE, Fanout.GLOBAL, ResetMechanism.SOFT, 100.0, 3, 0.0, 0.005));
        // an active clip: saturated entries pass no gradient and finite differences agree
        b.add(Arguments.of("nm-hebbian", CoefficientSharing.PER_SYNAPSE, Fanout.GLOBAL, ResetMechanism.SOFT, 0.02, 1, 0.0, TRACE_TAU));
        // a trace floor: pre traces below it drive no update and pass no gradient to the layer below
        b.add(Arguments.of("nm-bcm", CoefficientSharing.PER_SYNAPSE, Fanout.GLOBAL, ResetMechanism.SOFT, 100.0, 1, 0.3, TRACE_TAU));
        b.add(Arguments.of("retro-hebbian", CoefficientSharing.PER_SYNAPSE, Fanout.GLOBAL, ResetMechanism.SOFT, 100.0, 1, 0.3, TRACE_TAU));
        b.add(Arguments.of("oja", CoefficientSharing.PER_POST, Fanout.GLOBAL, ResetMechanism.HARD, 100.0, 1, 0.3, TRACE_TAU));
        // post_trace_tau ≠ trace_tau: y (rule, modulator, BCM θ) decays with τ_post, layer 0's trace for layer 1 with τ_pre
        b.add(Arguments.of("hebbian", CoefficientSharing.PER_SYNAPSE, Fanout.GLOBAL, ResetMechanism.SOFT, 100.0, 1, 0.0, 0.005));
        b.add(Arguments.of("nm-bcm", CoefficientSharing.PER_SYNAPSE, Fanout.PER_POST, ResetMechanism.SOFT, 100.0, 1, 0.0, 0.005));
        b.add(Arguments.of("retro-oja", CoefficientSharing.PER_POST, Fanout.GLOBAL, ResetMechanism.HARD, 100.0, 2, 0.0, 0.06));
        return b.build();
    }

    @ParameterizedTest(name = "{0} alpha={1} fanout={2} reset={3} clip={4} interval={5} floor={6} post_tau={7}")
    @MethodSource("variants")
    void bpttMatchesCentralFiniteDifferences(String rule, CoefficientSharing sharing, Fanout fanout, ResetMechanism reset,
                                            double clip, int interval, double floor, double postTau) {
        NetworkSpec spec = tinySpec(rule, sharing, fanout, reset, clip, interval, floor, postTau);
        SnnController init = SnnController.create(spec, 42);
        double[] params = new double[init.parameterCount()];
        init.getParameters(params);
        SplittableRandom rng = new SplittableRandom(9);
        SnnLayout lay = new SnnLayout(spec);
        for (int l = 0; l < 2; l++) {
            if (lay.rule[l] >= 0) for (int q = 0; q < 4; q++) params[lay.rule[l] + q] = rng.nextDouble(-1, 1);
            if (lay.fanG[l] >= 0) for (int i = 0; i < spec.layers().get(l).out(); i++) params[lay.fanG[l] + i] = rng.nextDouble(-0.5, 0.5);
            if (lay.modB[l] >= 0) params[lay.modB[l]] = 0.5;
        }
        double[][] rasters = new double[ENV_STEPS][6];
        for (double[] r : rasters) for (int k = 0; k < r.length; k++) r[k] = rng.nextDouble(0, 2);
        double[] w = new double[ENV_STEPS * 2];
        for (int k = 0; k < w.length; k++) w[k] = rng.nextDouble(-1, 1);

        DifferentiableSnn net = new DifferentiableSnn(spec, SMOOTH, SpikeMode.SMOOTH);
        net.setParameters(params);
        loss(net, rasters, w);
        double[] dL = new double[ENV_STEPS * 2];
        for (int e = 0; e < ENV_STEPS; e++) {
            for (int o = 0; o < 2; o++) dL[e * 2 + o] = w[e * 2 + o] + net.action(e, o);
        }
        double[] grad = new double[params.length];
        new SnnBackprop(net).backward(dL, grad);

        double eps = 1e-6;
        double worst = 0;
        int worstIndex = -1;
        int nonzero = 0;
        double[] q = params.clone();
        for (int k = 0; k < params.length; k++) {
            q[k] = params[k] + eps;
            net.setParameters(q);
            double up = loss(net, rasters, w);
            q[k] = params[k] - eps;
            net.setParameters(q);
            double down = loss(net, rasters, w);
            q[k] = params[k];
            double fd = (up - down) / (2 * eps);
            double err = Math.abs(fd - grad[k]) / Math.max(Math.abs(fd) + Math.abs(grad[k]), 1e-7);
            if (err > worst) {
                worst = err;
                worstIndex = k;
            }
            if (grad[k] != 0) nonzero++;
        }
        assertTrue(nonzero > params.length / 2, "most gradients are non-zero: " + nonzero + "/" + params.length);
        assertTrue(worst < 1e-3, rule + ": worst relative error " + worst + " at parameter " + worstIndex
                + " of " + new SnnController(new org.propamine.agent.network.SpikingNetwork(spec)).codec().layout().stream()
                        .map(s -> s.name() + ":" + s.length()).toList());
        if (lay.alpha[0] >= 0) {
            double sum = 0;
            for (int k = lay.alpha[0]; k < lay.alpha[0] + 3; k++) sum += Math.abs(grad[k]);
            assertTrue(sum > 1e-9, "the plastic path carries gradient");
        }
    }

    /** L = Σ_e Σ_o w_eo a_eo + ½ a_eo². */
    private static double loss(DifferentiableSnn net, double[][] rasters, double[] w) {
        net.reset();
        double[] a = new double[2];
        double loss = 0;
        for (int e = 0; e < rasters.length; e++) {
            net.envStep(rasters[e], a);
            for (int o = 0; o < 2; o++) loss += w[e * 2 + o] * a[o] + 0.5 * a[o] * a[o];
        }
        return loss;
    }
}
