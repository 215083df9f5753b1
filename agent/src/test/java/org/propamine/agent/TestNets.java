package org.propamine.agent;

import java.util.SplittableRandom;
import org.propamine.agent.spec.NetworkSpec;
import org.propamine.agent.spec.NetworkSpecs;

/** Small networks and inputs shared by the agent tests. */
final class TestNets {
    private TestNets() {}

    /** 6 inputs, K = 3, 6→10 (recurrent) →7 with {@code rule} on both layers, leaky readout to 3. */
    static NetworkSpec small(String rule, double alphaStd) {
        return small(rule, alphaStd, 0.3);
    }

    /** As {@link #small(String, double)} with learning rate η = {@code eta} on both layers. */
    static NetworkSpec small(String rule, double alphaStd, double eta) {
        String json = """
            {"name": "small", "inputs": 6, "substeps": 3, "dt": 0.0125,
             "encoding": {"type": "current", "split": true},
             "layers": [
               {"in": 6, "out": 10, "recurrent": true, "plasticity": {"rule": "RULE", "clip": 0.8, "eta": ETA, "tau_theta": 0.2, "fanout": "per_post"}},
               {"in": 10, "out": 7, "neuron": "alif", "tau_adapt": 0.05, "plasticity": {"rule": "RULE", "alpha_sharing": "per_post", "eta": ETA}}],
             "readout": {"type": "leaky", "in": 7, "out": 3, "tau": 0.05},
             "init": {"weight_gain": 4.0, "bias": 0.2, "alpha_std": ALPHA}}
            """.replace("RULE", rule).replace("ALPHA", Double.toString(alphaStd))
                .replace("ETA", Double.toString(eta));
        return NetworkSpecs.parse("small.json", json);
    }

    /** A raster of {@code spec} with uniform [0, 1) currents. */
    static double[] randomRaster(NetworkSpec spec, SplittableRandom rng) {
        double[] r = new double[spec.rasterSize()];
        for (int i = 0; i < r.length; i++) r[i] = rng.nextDouble();
        return r;
    }
}
