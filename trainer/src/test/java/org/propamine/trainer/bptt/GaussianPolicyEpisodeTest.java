package org.propamine.trainer.bptt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.propamine.agent.SnnController;
import org.propamine.agent.neuron.AdaptiveLifParams;
import org.propamine.agent.neuron.LifParams;
import org.propamine.agent.neuron.NeuronModel;
import org.propamine.agent.neuron.ResetMechanism;
import org.propamine.agent.spec.EncodingSpec;
import org.propamine.agent.spec.InitSpec;
import org.propamine.agent.spec.LayerSpec;
import org.propamine.agent.spec.NetworkSpec;
import org.propamine.agent.spec.NetworkSpecs;
import org.propamine.agent.spec.ReadoutKind;
import org.propamine.agent.spec.ReadoutSpec;
import org.propamine.envs.Env;
import org.propamine.envs.Envs;
import org.propamine.envs.StepResult;
import org.propamine.envs.encoding.SpikeEncoding;
import org.propamine.envs.pointmass.PointMassEnv;
import org.propamine.plasticity.CoefficientSharing;
import org.propamine.plasticity.Fanout;
import org.propamine.plasticity.PlasticityConfig;
import org.propamine.plasticity.Rules;
import org.propamine.trainer.rollout.FitnessKind;

/**
 * The locomotion policy-gradient episode: its network is the agent's controller on a real env raster, and its
 * backward pass is the exact gradient of the likelihood-ratio surrogate (finite differences, smooth spikes).
 */
class GaussianPolicyEpisodeTest {

    /** {@code env} wrapped in the spike encoding {@code spec} asks for. */
    static Env encoded(Env env, NetworkSpec spec) {
        return SpikeEncoding.of(env, spec.encoding().type(), spec.substeps(), spec.encoding().split(), spec.encoding().args());
    }

    /** PointMass (6 obs, ± split → 12 channels, K = 2) → 5 LIF (recurrent) → 4 LIF → 2, rule {@code rule}. */
    static NetworkSpec pointMassSpec(String rule) {
        double dt = 0.01;
        LifParams lif = new LifParams(0.03, 1.0, ResetMechanism.SOFT, dt);
        PlasticityConfig pc = new PlasticityConfig(Rules.resolve(rule), CoefficientSharing.PER_SYNAPSE, Fanout.GLOBAL, 100, 0.05, 0.3, 0.3);
        List<LayerSpec> layers = List.of(
                new LayerSpec(12, 5, NeuronModel.LIF, lif, new AdaptiveLifParams(lif, 0.2, 0), true, pc),
                new LayerSpec(5, 4, NeuronModel.LIF, lif, new AdaptiveLifParams(lif, 0.2, 0), false, pc));
        return new NetworkSpec("pg-" + rule, 12, 2, dt, 0.02, new EncodingSpec("current", true, Map.of("gain", 3.0)), layers,
                new ReadoutSpec(ReadoutKind.LEAKY, 4, 2, 0.03), new InitSpec(3.0, 1.0, 0.2, 1.0, 1.5), 1);
    }

    @Test
    void backwardIsTheFiniteDifferenceGradientOfTheLikelihoodRatioSurrogate() {
        NetworkSpec spec = pointMassSpec("nm-bcm");
        SnnController init = SnnController.create(spec, 5);
        double[] params = new double[init.parameterCount()];
        init.getParameters(params);
        DifferentiableSnn net = new DifferentiableSnn(spec, SnnBackpropTest.SMOOTH, SpikeMode.SMOOTH);
        net.setParameters(params);
        GaussianPolicyEpisode episode = new GaussianPolicyEpisode(0.3);
        int steps = 6;
        episode.run(net, encoded(new PointMassEnv(), spec), 11, 12, steps, FitnessKind.DISTANCE);
        assertEquals(steps, episode.steps());
        double[] advantage = new double[steps];
        SplittableRandom rng = new SplittableRandom(3);
        for (int t = 0; t < steps; t++) advantage[t] = rng.nextDouble(-1, 1);
        double[] grad = new double[params.length];
        episode.backward(net, new SnnBackprop(net), advantage, 0.5, grad);

        double largest = 0;
        for (double g : grad) largest = Math.max(largest, Math.abs(g));
        double eps = 1e-6, worst = 0;
        int nonzero = 0;
        double[] q = params.clone();
        for (int k = 0; k < params.length; k++) {
            q[k] = params[k] + eps;
            net.setParameters(q);
            double up = episode.surrogate(net, advantage, 0.5);
            q[k] = params[k] - eps;
            net.setParameters(q);
            double down = episode.surrogate(net, advantage, 0.5);
            q[k] = params[k];
            double fd = (up - down) / (2 * eps);
            // relative error, with a floor at 10⁻⁴ of the largest component (central differences carry ~10⁻¹⁰ of round-off)
            double err = Math.abs(fd - grad[k]) / Math.max(Math.abs(fd) + Math.abs(grad[k]), 1e-4 * largest);
            worst = Math.max(worst, err);
            if (grad[k] != 0) nonzero++;
        }
        assertTrue(nonzero > params.length / 2, "most gradients are non-zero: " + nonzero + "/" + params.length);
        assertTrue(worst < 1e-4, "worst relative error " + worst);
    }

    @Test
    void theNetworkReproducesTheAgentsControllerOnTheEncodedAntRaster() {
        NetworkSpec spec = NetworkSpecs.preset("ant-snn");
        SnnController agent = SnnController.create(spec, 3);
        double[] params = new double[agent.parameterCount()];
        agent.getParameters(params);
        DifferentiableSnn twin = new DifferentiableSnn(spec, TemporalTrainer.SURROGATE, SpikeMode.HEAVISIDE);
        twin.setParameters(params);
        double[] a1 = new double[spec.readout().out()], a2 = new double[a1.length];
        int spikes = 0;
        try (Env env = encoded(Envs.make("Ant-v1"), spec)) {
            StepResult r = env.reset(7);
            agent.reset(7);
            twin.reset();
            for (int t = 0; t < 40 && !r.done(); t++) {
                double[] raster = r.observation().clone();
                agent.act(raster, a1);
                twin.envStep(raster, a2);
                for (int o = 0; o < a1.length; o++) assertEquals(a1[o], a2[o], 1e-9, "step " + t + " output " + o);
                for (int i = 0; i < 128; i++) spikes += (int) twin.spike(0, t * spec.substeps(), i);
                r = env.step(a1);
            }
            assertEquals(40, twin.envSteps(), "the ant stays up for the compared steps");
        }
        assertTrue(spikes > 0, "the comparison exercises spiking");
    }
}
