package org.propamine.trainer.bptt;

import java.util.SplittableRandom;

/**
 * Seeded initial parameters for a {@link PlasticNet}.
 *
 * <ul>
 *   <li>dense {@code W_in} ~ N(0, (inputGain/√I)²); one-to-one gains = {@code inputGain}</li>
 *   <li>b = 0; W ~ N(0, (recurrentScale/√N)²); α ~ N(0, (alphaScale/√N)²)</li>
 *   <li>η = {@code eta} (stored as its logit); ABCD: A = 1, B = C = D = 0</li>
 *   <li>w_M ~ N(0, 1/N), b_M = {@code modulatorBias}; fan-out f = 1, g = 0; η_E = 0.1</li>
 *   <li>W_out ~ N(0, 1/N), b_out = 0</li>
 * </ul>
 *
 * @param inputGain input scale (default 3: one input spike drives a neuron close to threshold)
 * @param recurrentScale spread of W (default 0.5)
 * @param alphaScale spread of α (default 1)
 * @param eta initial plasticity rate (in (0, 1), default 0.05)
 * @param modulatorBias initial b_M (default 0.5, so that M starts positive and plasticity is on)
 */
public record PlasticNetInit(double inputGain, double recurrentScale, double alphaScale, double eta,
                             double modulatorBias) {

    public PlasticNetInit {
        if (!(eta > 0 && eta < 1)) throw new IllegalArgumentException("init.eta is " + eta + ", expected a value in (0, 1)");
    }

    public static PlasticNetInit defaults() {
        return new PlasticNetInit(3, 0.5, 1, 0.05, 0.5);
    }

    /** Writes initial parameters for {@code config} into a new array, drawn from {@code seed}. */
    public double[] sample(PlasticNetConfig config, long seed) {
        ParameterLayout L = ParameterLayout.of(config);
        double[] p = new double[L.size()];
        SplittableRandom rng = new SplittableRandom(seed);
        int n = config.hidden();
        if (config.projection() == InputProjection.DENSE) {
            double sd = inputGain / Math.sqrt(config.inputs());
            for (int k = 0; k < n * config.inputs(); k++) p[L.inputWeights() + k] = sd * gaussian(rng);
        } else {
            for (int i = 0; i < n; i++) p[L.inputWeights() + i] = inputGain;
        }
        double wsd = recurrentScale / Math.sqrt(n);
        for (int k = 0; k < n * n; k++) p[L.recurrent() + k] = wsd * gaussian(rng);
        if (L.alpha() >= 0) {
            double asd = alphaScale / Math.sqrt(n);
            for (int k = 0; k < n * n; k++) p[L.alpha() + k] = asd * gaussian(rng);
            p[L.eta()] = Math.log(eta / (1 - eta));
        }
        if (L.coefficients() >= 0) p[L.coefficients()] = 1;
        if (L.modulatorW() >= 0) {
            for (int i = 0; i < n; i++) p[L.modulatorW() + i] = gaussian(rng) / Math.sqrt(n);
            p[L.modulatorB()] = modulatorBias;
        }
        if (L.fanOutF() >= 0) {
            for (int i = 0; i < n; i++) p[L.fanOutF() + i] = 1;
        }
        if (L.etaE() >= 0) p[L.etaE()] = Math.log(0.1 / 0.9);
        double osd = 1 / Math.sqrt(n);
        for (int k = 0; k < config.outputs() * n; k++) p[L.readoutW() + k] = osd * gaussian(rng);
        return p;
    }

    /** Box-Muller from the seeded stream (SplittableRandom has nextGaussian only via RandomGenerator). */
    private static double gaussian(SplittableRandom rng) {
        return rng.nextGaussian();
    }
}
