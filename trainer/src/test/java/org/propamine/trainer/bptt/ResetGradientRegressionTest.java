package org.propamine.trainer.bptt;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.propamine.agent.SnnController;
import org.propamine.agent.spec.NetworkSpec;
import org.propamine.agent.spec.NetworkSpecs;
import org.propamine.envs.Envs;
import org.propamine.trainer.rollout.FitnessKind;

/**
 * Regression: the first locomotion policy gradients through {@code ant-snn} were dominated by layer 0 with
 * |∂/∂W₀| ≈ 10¹³⁷ after 200 env steps — the soft reset's spike path multiplies the carried membrane gradient by
 * β(1 − v_th·∂s/∂v̂), up to |−2.1| per substep with the fast sigmoid (peak 5). {@link ResetGradient#DETACHED}
 * keeps it bounded.
 */
class ResetGradientRegressionTest {

    @Test
    void theDetachedResetKeepsLongAntEpisodeGradientsBounded() {
        NetworkSpec spec = NetworkSpecs.preset("ant-snn");
        SnnController init = SnnController.create(spec, 1);
        double[] params = new double[init.parameterCount()];
        init.getParameters(params);
        DifferentiableSnn net = new DifferentiableSnn(spec, TemporalTrainer.SURROGATE, SpikeMode.HEAVISIDE);
        net.setParameters(params);
        GaussianPolicyEpisode episode = new GaussianPolicyEpisode(0.1);
        episode.run(net, GaussianPolicyEpisodeTest.encoded(Envs.make("Ant-v1"), spec), 3, 4, 150, FitnessKind.DISTANCE);
        assertTrue(episode.steps() >= 100, "the ant stays up for >= 100 steps: " + episode.steps());
        double[] advantage = new double[150];
        Arrays.fill(advantage, 1);
        SnnLayout lay = new SnnLayout(spec);
        double full = layer0Norm(episode, net, new SnnBackprop(net, ResetGradient.FULL), advantage, params.length, lay);
        double detached = layer0Norm(episode, net, new SnnBackprop(net, ResetGradient.DETACHED), advantage, params.length, lay);
        assertTrue(full > 1e12, "the full reset path explodes: |dJ/dW0| = " + full);
        assertTrue(detached < 1e5, "the detached reset stays bounded: |dJ/dW0| = " + detached);
    }

    private static double layer0Norm(GaussianPolicyEpisode episode, DifferentiableSnn net, SnnBackprop backprop,
                                     double[] advantage, int n, SnnLayout lay) {
        double[] grad = new double[n];
        episode.backward(net, backprop, advantage, 1, grad);
        double s = 0;
        for (int i = lay.w[0]; i < lay.w[0] + 56 * 128; i++) s += grad[i] * grad[i];
        return Math.sqrt(s);
    }
}
