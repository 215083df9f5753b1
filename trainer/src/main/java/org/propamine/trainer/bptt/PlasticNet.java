package org.propamine.trainer.bptt;

import java.util.Arrays;

/**
 * A recurrent LIF network with a plastic recurrent connection, run step by step on plain {@code double[]}
 * while recording everything {@link PlasticNetGradient} needs for exact reverse-mode gradients (float64,
 * deterministic). One step, in the order of SPEC §5 (currents with W_eff → spikes → traces → M →
 * (retroactive H) → E/H update → clip):
 *
 * <pre>
 *   I_t = W_in u_t + b + (W + α ⊙ H_{t−1}) s_{t−1}
 *   v_t = β v_{t−1} + (1 − β) I_t − v_th s_{t−1}          (soft reset)
 *   s_t = f(v_t − v_th)                                   (Heaviside with surrogate, or smooth test mode)
 *   y_t = λ y_{t−1} + (1 − λ) s_t                          (pre = post trace: the connection is recurrent)
 *   M_t = tanh(w_M · y_t + b_M),  m_i = f_i M_t + g_i (fan-out) or M_t
 *   Δ_ij = rule(x = y_t[j], y = y_t[i], H, θ_{t−1}[i])
 *   H_t = clip(H_{t−1} + Δ) | clip(H_{t−1} + m_i Δ) | retroactive: H_t = clip(H_{t−1} + m_i E_{t−1}),
 *         E_t = (1 − η_E) E_{t−1} + η_E Δ(H_t)
 *   θ_t = θ_{t−1} + κ (y_t² − θ_{t−1})                      (BCM)
 *   o_t = β_o o_{t−1} + (1 − β_o)(W_out s_t + b_out),  out_t = tanh(o_t)
 * </pre>
 * All states start at 0 on {@link #reset}. The tape grows to the longest episode seen and is then reused, so
 * the per-step path allocates nothing. Not thread-safe: one net per thread.
 */
public final class PlasticNet {
    final PlasticNetConfig config;
    final ParameterLayout layout;
    final int n;
    final int in;
    final int out;
    final double[] p;
    double eta;
    double etaE;

    // Tape, indexed by step t (flat): inputs, membrane, spikes, traces, modulation, readout.
    double[] u = new double[0];
    double[] v = new double[0];
    double[] s = new double[0];
    double[] y = new double[0];
    double[] mod = new double[0];
    double[] o = new double[0];
    double[] outs = new double[0];
    // Plastic state by slot: slot t holds the value before step t, slot t+1 after it.
    double[] h = new double[0];
    double[] e = new double[0];
    double[] theta = new double[0];
    int steps;
    private int capacity;

    public PlasticNet(PlasticNetConfig config) {
        this.config = config;
        this.layout = ParameterLayout.of(config);
        this.n = config.hidden();
        this.in = config.inputs();
        this.out = config.outputs();
        this.p = new double[layout.size()];
        ensureCapacity(16);
    }

    public PlasticNetConfig config() {
        return config;
    }

    public ParameterLayout layout() {
        return layout;
    }

    public int parameterCount() {
        return layout.size();
    }

    /** Copies {@code params} in (length {@link #parameterCount()}). */
    public void setParameters(double[] params) {
        if (params.length != p.length) {
            throw new IllegalArgumentException("parameter vector has " + params.length + " values, expected " + p.length);
        }
        System.arraycopy(params, 0, p, 0, p.length);
        if (layout.eta() >= 0) eta = sigmoid(p[layout.eta()]);
        if (layout.etaE() >= 0) etaE = sigmoid(p[layout.etaE()]);
    }

    public void getParameters(double[] dest) {
        System.arraycopy(p, 0, dest, 0, p.length);
    }

    /** Clears all state; the next {@link #step} is step 0. */
    public void reset() {
        steps = 0;
        int nn = n * n;
        if (config.rule().plastic()) Arrays.fill(h, 0, nn, 0);
        if (config.modulation() == Modulation.RETROACTIVE) Arrays.fill(e, 0, nn, 0);
        if (config.rule() == RuleFamily.BCM) Arrays.fill(theta, 0, n, 0);
    }

    /** Number of steps recorded since {@link #reset}. */
    public int steps() {
        return steps;
    }

    /** Grows the tape so that episodes of {@code maxSteps} need no allocation. */
    public void ensureCapacity(int maxSteps) {
        if (maxSteps <= capacity) return;
        int c = Math.max(maxSteps, capacity * 2);
        int nn = n * n;
        u = Arrays.copyOf(u, c * in);
        v = Arrays.copyOf(v, c * n);
        s = Arrays.copyOf(s, c * n);
        y = Arrays.copyOf(y, c * n);
        mod = Arrays.copyOf(mod, c * n);
        o = Arrays.copyOf(o, c * out);
        outs = Arrays.copyOf(outs, c * out);
        if (config.rule().plastic()) h = Arrays.copyOf(h, (c + 1) * nn);
        if (config.modulation() == Modulation.RETROACTIVE) e = Arrays.copyOf(e, (c + 1) * nn);
        if (config.rule() == RuleFamily.BCM) theta = Arrays.copyOf(theta, (c + 1) * n);
        capacity = c;
    }

    /**
     * Runs one step on {@code input} (length I, read) and writes the tanh readout into {@code dest} (length O).
     */
    public void step(double[] input, double[] dest) {
        if (steps == capacity) ensureCapacity(capacity * 2);
        final int t = steps;
        final PlasticNetConfig c = config;
        final int nn = n * n;
        System.arraycopy(input, 0, u, t * in, in);
        final int ut = t * in, vt = t * n, prev = (t - 1) * n;
        final boolean first = t == 0;
        final boolean plastic = c.rule().plastic();
        final int hPrev = t * nn;
        final double beta = c.beta(), vth = c.threshold(), lambda = c.traceDecay();
        for (int i = 0; i < n; i++) {
            double current = p[layout.bias() + i];
            if (c.projection() == InputProjection.DENSE) {
                int row = layout.inputWeights() + i * in;
                for (int k = 0; k < in; k++) current += p[row + k] * u[ut + k];
            } else {
                current += p[layout.inputWeights() + i] * u[ut + i];
            }
            double sPrevI = 0, vPrev = 0, yPrev = 0;
            if (!first) {
                int wRow = layout.recurrent() + i * n;
                int aRow = layout.alpha() + i * n;
                for (int j = 0; j < n; j++) {
                    double sj = s[prev + j];
                    if (sj == 0) continue;
                    double w = p[wRow + j];
                    if (plastic) w += p[aRow + j] * h[hPrev + i * n + j];
                    current += w * sj;
                }
                sPrevI = s[prev + i];
                vPrev = v[prev + i];
                yPrev = y[prev + i];
            }
            double vi = beta * vPrev + (1 - beta) * current - vth * sPrevI;
            double si = c.spike().spike(vi - vth);
            v[vt + i] = vi;
            s[vt + i] = si;
            y[vt + i] = lambda * yPrev + (1 - lambda) * si;
        }
        if (plastic) updatePlasticity(t);
        final double bo = c.readoutDecay();
        for (int k = 0; k < out; k++) {
            double a = p[layout.readoutB() + k];
            int row = layout.readoutW() + k * n;
            for (int i = 0; i < n; i++) a += p[row + i] * s[vt + i];
            double ok = (first ? 0 : bo * o[(t - 1) * out + k]) + (1 - bo) * a;
            o[t * out + k] = ok;
            outs[t * out + k] = Math.tanh(ok);
            dest[k] = outs[t * out + k];
        }
        steps++;
    }

    private void updatePlasticity(int t) {
        final PlasticNetConfig c = config;
        final RuleFamily rule = c.rule();
        final int nn = n * n;
        final int yt = t * n;
        final int h0 = t * nn, h1 = (t + 1) * nn;
        final double clip = c.clip();
        final int ko = layout.coefficients();
        if (c.modulation().modulated()) {
            double a = p[layout.modulatorB()];
            for (int i = 0; i < n; i++) a += p[layout.modulatorW() + i] * y[yt + i];
            double m = Math.tanh(a);
            for (int i = 0; i < n; i++) {
                mod[yt + i] = c.fanOut() ? p[layout.fanOutF() + i] * m + p[layout.fanOutG() + i] : m;
            }
        }
        for (int i = 0; i < n; i++) {
            double yi = y[yt + i];
            double th = rule == RuleFamily.BCM ? theta[t * n + i] : 0;
            double mi = c.modulation().modulated() ? mod[yt + i] : 1;
            for (int j = 0; j < n; j++) {
                int ij = i * n + j;
                double xj = y[yt + j];
                if (c.modulation() == Modulation.RETROACTIVE) {
                    double hNew = clamp(h[h0 + ij] + mi * e[h0 + ij], clip);
                    h[h1 + ij] = hNew;
                    double d = rule.delta(xj, yi, hNew, th, eta, p, ko);
                    e[h1 + ij] = (1 - etaE) * e[h0 + ij] + etaE * d;
                } else {
                    double d = rule.delta(xj, yi, h[h0 + ij], th, eta, p, ko);
                    h[h1 + ij] = clamp(h[h0 + ij] + mi * d, clip);
                }
            }
        }
        if (rule == RuleFamily.BCM) {
            double kappa = c.bcmRate();
            for (int i = 0; i < n; i++) {
                double yi = y[yt + i];
                theta[(t + 1) * n + i] = theta[t * n + i] + kappa * (yi * yi - theta[t * n + i]);
            }
        }
    }

    /** Readout of step {@code t} (tape view, for tests). */
    public double output(int t, int k) {
        return outs[t * out + k];
    }

    /** Spike of hidden neuron {@code i} at step {@code t}. */
    public double spikeAt(int t, int i) {
        return s[t * n + i];
    }

    /** Plastic trace H_ij after step {@code t} (0 for the non-plastic net). */
    public double traceAfter(int t, int i, int j) {
        return config.rule().plastic() ? h[(t + 1) * n * n + i * n + j] : 0;
    }

    static double clamp(double x, double c) {
        return x > c ? c : (x < -c ? -c : x);
    }

    static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }
}
