package org.propamine.agent.spec;

/**
 * How {@link org.propamine.agent.network.ParameterInit} draws the initial parameters from a seed:
 * feed-forward {@code W ~ N(0, (weightGain/√in)²)}, recurrent {@code W_rec ~ N(0, (recurrentGain/√out)²)},
 * biases = {@code bias}, {@code α ~ N(0, alphaStd²)}, modulator {@code w_M ~ N(0, 1/out)}, {@code b_M = 0},
 * readout {@code W ~ N(0, (readoutGain/√in)²)}, readout bias 0. All gains ≥ 0.
 */
public record InitSpec(double weightGain, double recurrentGain, double bias, double alphaStd, double readoutGain) {
    public InitSpec {
        nonNegative("weight_gain", weightGain);
        nonNegative("recurrent_gain", recurrentGain);
        if (!Double.isFinite(bias)) throw new IllegalArgumentException("bias = " + bias + ": expected a finite number");
        nonNegative("alpha_std", alphaStd);
        nonNegative("readout_gain", readoutGain);
    }

    /** weight gain 2, recurrent gain 0.5, bias 0.1, α std 0.05, readout gain 1. */
    public static InitSpec defaults() {
        return new InitSpec(2.0, 0.5, 0.1, 0.05, 1.0);
    }

    private static void nonNegative(String name, double v) {
        if (!(v >= 0) || Double.isInfinite(v)) throw new IllegalArgumentException(name + " = " + v + ": expected a finite value >= 0");
    }
}
