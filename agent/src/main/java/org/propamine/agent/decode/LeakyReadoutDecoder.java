package org.propamine.agent.decode;

import java.util.Arrays;

/**
 * Non-spiking leaky readout then tanh. Per substep, for output o, with {@code β_r = exp(−Δt/τ_r)}:
 * <pre>  u_o ← β_r·u_o + (1−β_r)·(b_o + Σ_j W_jo s_j)</pre>
 * and per env step {@code action_o = tanh(u_o)} ∈ (−1, 1). u is reset to 0 at episode start (not between env
 * steps: the readout integrates across them with τ_r, default 0.05 s).
 */
public final class LeakyReadoutDecoder extends ReadoutDecoder {
    private final double beta;
    private final double[] u;

    /** @param tau τ_r in seconds, @param dt substep Δt in seconds */
    public LeakyReadoutDecoder(int in, int out, double tau, double dt) {
        super(in, out);
        this.beta = Math.exp(-dt / tau);
        this.u = new double[out];
    }

    @Override
    public void reset() {
        Arrays.fill(u, 0);
    }

    @Override
    protected void integrate(double[] drive) {
        double g = 1 - beta;
        for (int o = 0; o < out; o++) u[o] = beta * u[o] + g * drive[o];
    }

    @Override
    public void decode(double[] dest) {
        for (int o = 0; o < out; o++) dest[o] = Math.tanh(u[o]);
    }

    /** The readout potential u_o (for plots and tests). */
    public double potential(int o) {
        return u[o];
    }
}
