package org.propamine.trainer.bptt;

/**
 * Shape and constants of a {@link PlasticNet}: inputs → one recurrent LIF layer with a plastic recurrent
 * connection → leaky non-spiking readout → tanh.
 *
 * @param inputs input channels I (≥ 1)
 * @param hidden LIF neurons N (≥ 1; equal to {@code inputs} for {@link InputProjection#ONE_TO_ONE})
 * @param outputs readout units O (≥ 1)
 * @param projection how inputs reach the hidden layer
 * @param rule plasticity family of the recurrent connection ({@link RuleFamily#NONE} = non-plastic)
 * @param modulation how Δ reaches H (must be {@link Modulation#NONE} when the rule is NONE)
 * @param fanOut neuromodulator fanned out per post-neuron ({@code m_i = f_i M + g_i}) instead of global
 * @param beta membrane decay β = exp(−Δt/τ_m) (in (0, 1), default 0.8)
 * @param threshold firing threshold v_th (> 0, default 1)
 * @param traceDecay pre/post trace decay λ = exp(−Δt/τ_trace) (in [0, 1), default 0.8)
 * @param readoutDecay readout leak β_o (in [0, 1), default 0.5)
 * @param clip trace bound c (> 0, default 1)
 * @param bcmRate BCM threshold rate κ = Δt/τ_θ (in (0, 1], default 0.1)
 * @param spike spike function and its BPTT derivative
 */
public record PlasticNetConfig(int inputs, int hidden, int outputs, InputProjection projection, RuleFamily rule,
                               Modulation modulation, boolean fanOut, double beta, double threshold,
                               double traceDecay, double readoutDecay, double clip, double bcmRate,
                               SpikeFunction spike) {

    public PlasticNetConfig {
        if (inputs < 1) throw new IllegalArgumentException("net.inputs is " + inputs + ", expected >= 1");
        if (hidden < 1) throw new IllegalArgumentException("net.hidden is " + hidden + ", expected >= 1");
        if (outputs < 1) throw new IllegalArgumentException("net.outputs is " + outputs + ", expected >= 1");
        if (projection == null || rule == null || modulation == null || spike == null) {
            throw new IllegalArgumentException("net: projection, rule, modulation and spike are required");
        }
        if (projection == InputProjection.ONE_TO_ONE && hidden != inputs) {
            throw new IllegalArgumentException("net.hidden is " + hidden + ", expected " + inputs + " (= inputs) for one-to-one input");
        }
        if (!rule.plastic() && modulation != Modulation.NONE) {
            throw new IllegalArgumentException("net.modulation is " + modulation + ", expected NONE for the non-plastic rule");
        }
        if (!(beta > 0 && beta < 1)) throw new IllegalArgumentException("net.beta is " + beta + ", expected a value in (0, 1)");
        if (!(threshold > 0)) throw new IllegalArgumentException("net.threshold is " + threshold + ", expected > 0");
        if (!(traceDecay >= 0 && traceDecay < 1)) throw new IllegalArgumentException("net.traceDecay is " + traceDecay + ", expected a value in [0, 1)");
        if (!(readoutDecay >= 0 && readoutDecay < 1)) throw new IllegalArgumentException("net.readoutDecay is " + readoutDecay + ", expected a value in [0, 1)");
        if (!(clip > 0)) throw new IllegalArgumentException("net.clip is " + clip + ", expected > 0");
        if (!(bcmRate > 0 && bcmRate <= 1)) throw new IllegalArgumentException("net.bcmRate is " + bcmRate + ", expected a value in (0, 1]");
    }

    /** Defaults for the given sizes: dense input, non-plastic, β 0.8, v_th 1, λ 0.8, β_o 0.5, c 1, κ 0.1, fast sigmoid k 10. */
    public static PlasticNetConfig of(int inputs, int hidden, int outputs) {
        return new PlasticNetConfig(inputs, hidden, outputs, InputProjection.DENSE, RuleFamily.NONE, Modulation.NONE,
                false, 0.8, 1.0, 0.8, 0.5, 1.0, 0.1, SpikeFunction.heaviside(10));
    }

    public PlasticNetConfig withRule(RuleFamily r, Modulation m) {
        return new PlasticNetConfig(inputs, hidden, outputs, projection, r, m, fanOut, beta, threshold, traceDecay,
                readoutDecay, clip, bcmRate, spike);
    }

    public PlasticNetConfig withProjection(InputProjection p) {
        return new PlasticNetConfig(inputs, hidden, outputs, p, rule, modulation, fanOut, beta, threshold, traceDecay,
                readoutDecay, clip, bcmRate, spike);
    }

    public PlasticNetConfig withFanOut(boolean f) {
        return new PlasticNetConfig(inputs, hidden, outputs, projection, rule, modulation, f, beta, threshold, traceDecay,
                readoutDecay, clip, bcmRate, spike);
    }

    public PlasticNetConfig withSpike(SpikeFunction s) {
        return new PlasticNetConfig(inputs, hidden, outputs, projection, rule, modulation, fanOut, beta, threshold,
                traceDecay, readoutDecay, clip, bcmRate, s);
    }

    public PlasticNetConfig withClip(double c) {
        return new PlasticNetConfig(inputs, hidden, outputs, projection, rule, modulation, fanOut, beta, threshold,
                traceDecay, readoutDecay, c, bcmRate, spike);
    }
}
