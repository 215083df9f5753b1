package org.propamine.trainer.bptt;

import java.util.Arrays;

/**
 * Exact reverse-mode gradient (BPTT) of a loss through a recorded {@link PlasticNet} episode: LIF membranes
 * (including the soft-reset path), spikes (through {@link SpikeFunction#derivative}), traces, the plastic
 * state H, the eligibility trace E, the BCM threshold θ, the neuromodulator and the readout. With
 * {@link SpikeFunction#smooth} the result is the exact gradient of the recorded computation (what the
 * finite-difference tests check); with the Heaviside forward it is the surrogate gradient.
 *
 * <p>Clipping passes the gradient where the pre-clip value lies strictly inside (−c, c) and blocks it
 * elsewhere. Buffers are sized once per network; {@link #backward} allocates nothing. Not thread-safe.
 */
public final class PlasticNetGradient {
    private final PlasticNet net;
    private final double[] gv, gs, gsPrev, gy, gI, gm, gTheta, go;
    private final double[] gH, gE;

    public PlasticNetGradient(PlasticNet net) {
        this.net = net;
        int n = net.n;
        gv = new double[n];
        gs = new double[n];
        gsPrev = new double[n];
        gy = new double[n];
        gI = new double[n];
        gm = new double[n];
        gTheta = new double[n];
        go = new double[net.out];
        gH = new double[net.config.rule().plastic() ? n * n : 0];
        gE = new double[net.config.modulation() == Modulation.RETROACTIVE ? n * n : 0];
    }

    /**
     * Adds {@code dL/dθ} to {@code grad} (length = parameter count), given {@code dLdOut[t·O + k]} = the loss
     * gradient with respect to readout output k at step t, for the {@code net.steps()} recorded steps.
     */
    public void backward(double[] dLdOut, double[] grad) {
        final PlasticNet net = this.net;
        final PlasticNetConfig c = net.config;
        final ParameterLayout L = net.layout;
        final double[] p = net.p;
        final int n = net.n, in = net.in, out = net.out, nn = n * n;
        final RuleFamily rule = c.rule();
        final boolean plastic = rule.plastic();
        final Modulation modulation = c.modulation();
        final boolean retro = modulation == Modulation.RETROACTIVE;
        final double beta = c.beta(), vth = c.threshold(), lambda = c.traceDecay(), bo = c.readoutDecay();
        final double clip = c.clip(), kappa = c.bcmRate(), eta = net.eta, etaE = net.etaE;
        final int ko = L.coefficients();
        Arrays.fill(gv, 0);
        Arrays.fill(gs, 0);
        Arrays.fill(gy, 0);
        Arrays.fill(gTheta, 0);
        Arrays.fill(go, 0);
        Arrays.fill(gH, 0);
        Arrays.fill(gE, 0);
        double gEtaUnscaled = 0;
        double gEtaE = 0;
        for (int t = net.steps - 1; t >= 0; t--) {
            final int st = t * n;
            // Readout: out = tanh(o); o_t = β_o o_{t−1} + (1−β_o)(W_out s_t + b_out).
            for (int k = 0; k < out; k++) {
                double ok = net.outs[t * out + k];
                go[k] += dLdOut[t * out + k] * (1 - ok * ok);
                double a = (1 - bo) * go[k];
                grad[L.readoutB() + k] += a;
                int row = L.readoutW() + k * n;
                for (int i = 0; i < n; i++) {
                    grad[row + i] += a * net.s[st + i];
                    gs[i] += a * p[row + i];
                }
                go[k] *= bo;
            }
            if (plastic) {
                gEtaUnscaled += plasticityBackward(t, rule, modulation, retro, eta, etaE, clip, kappa, ko, grad);
                if (retro) gEtaE += eligibilityRateGradient;
            }
            // Trace: y_t = λ y_{t−1} + (1−λ) s_t.
            for (int i = 0; i < n; i++) {
                gs[i] += (1 - lambda) * gy[i];
                gy[i] *= lambda;
            }
            // Spike and membrane: v_t = β v_{t−1} + (1−β) I_t − v_th s_{t−1}.
            for (int i = 0; i < n; i++) {
                gv[i] += gs[i] * c.spike().derivative(net.v[st + i] - vth);
                gI[i] = (1 - beta) * gv[i];
                gsPrev[i] = -vth * gv[i];
                gv[i] *= beta;
            }
            // Current: I_t = W_in u_t + b + (W + α⊙H_{t−1}) s_{t−1}.
            final int ut = t * in;
            for (int i = 0; i < n; i++) {
                double g = gI[i];
                grad[L.bias() + i] += g;
                if (c.projection() == InputProjection.DENSE) {
                    int row = L.inputWeights() + i * in;
                    for (int k = 0; k < in; k++) grad[row + k] += g * net.u[ut + k];
                } else {
                    grad[L.inputWeights() + i] += g * net.u[ut + i];
                }
            }
            if (t > 0) {
                final int prev = (t - 1) * n;
                final int h0 = t * nn;
                for (int i = 0; i < n; i++) {
                    double g = gI[i];
                    if (g == 0) continue;
                    int wRow = L.recurrent() + i * n;
                    int aRow = L.alpha() + i * n;
                    for (int j = 0; j < n; j++) {
                        double sj = net.s[prev + j];
                        double w = p[wRow + j];
                        if (plastic) {
                            int ij = i * n + j;
                            double hij = net.h[h0 + ij];
                            double a = p[aRow + j];
                            w += a * hij;
                            grad[aRow + j] += g * sj * hij;
                            gH[ij] += a * g * sj;
                        }
                        grad[wRow + j] += g * sj;
                        gsPrev[j] += w * g;
                    }
                }
            }
            System.arraycopy(gsPrev, 0, gs, 0, n);
        }
        if (plastic) grad[L.eta()] += gEtaUnscaled * eta * (1 - eta);
        if (retro) grad[L.etaE()] += gEtaE * etaE * (1 - etaE);
    }

    private double eligibilityRateGradient;

    /**
     * Back-propagates step t's θ/H/E/M updates: consumes gH, gE, gTheta (adjoints after step t), leaves them
     * as adjoints before step t, and adds into gy and the parameter gradient. Returns dL/dη (η-unscaled).
     */
    private double plasticityBackward(int t, RuleFamily rule, Modulation modulation, boolean retro, double eta,
                                      double etaE, double clip, double kappa, int ko, double[] grad) {
        final PlasticNet net = this.net;
        final ParameterLayout L = net.layout;
        final double[] p = net.p;
        final int n = net.n, nn = n * n, yt = t * n, h0 = t * nn, h1 = (t + 1) * nn;
        final boolean modulated = modulation.modulated();
        final boolean bcm = rule == RuleFamily.BCM;
        double gEta = 0;
        double gEtaE = 0;
        if (bcm) {
            for (int i = 0; i < n; i++) {
                gy[i] += 2 * kappa * net.y[yt + i] * gTheta[i];
                gTheta[i] *= 1 - kappa;
            }
        }
        Arrays.fill(gm, 0);
        for (int i = 0; i < n; i++) {
            double yi = net.y[yt + i];
            double th = bcm ? net.theta[t * n + i] : 0;
            double mi = modulated ? net.mod[yt + i] : 1;
            double gyi = 0;
            double gThi = 0;
            double gmi = 0;
            for (int j = 0; j < n; j++) {
                int ij = i * n + j;
                double xj = net.y[yt + j];
                double hPrev = net.h[h0 + ij];
                double gDelta;
                double hForDelta;
                if (retro) {
                    double ePrev = net.e[h0 + ij];
                    hForDelta = net.h[h1 + ij];
                    double d = rule.delta(xj, yi, hForDelta, th, eta, p, ko);
                    double gEij = gE[ij];
                    gDelta = etaE * gEij;
                    gEtaE += gEij * (d - ePrev);
                    double gHcur = gH[ij] + gDelta * rule.dh(yi, eta);
                    double pre = hPrev + mi * ePrev;
                    double gA = (pre > -clip && pre < clip) ? gHcur : 0;
                    gH[ij] = gA;
                    gE[ij] = (1 - etaE) * gEij + gA * mi;
                    gmi += gA * ePrev;
                } else {
                    hForDelta = hPrev;
                    double d = rule.delta(xj, yi, hPrev, th, eta, p, ko);
                    double pre = hPrev + mi * d;
                    double gA = (pre > -clip && pre < clip) ? gH[ij] : 0;
                    gDelta = gA * mi;
                    if (modulated) gmi += gA * d;
                    gH[ij] = gA + gDelta * rule.dh(yi, eta);
                }
                if (gDelta == 0) continue;
                gy[j] += gDelta * rule.dx(xj, yi, hForDelta, th, eta, p, ko);
                gyi += gDelta * rule.dy(xj, yi, hForDelta, th, eta, p, ko);
                if (bcm) gThi += gDelta * rule.dtheta(xj, yi, eta);
                gEta += gDelta * rule.unscaled(xj, yi, hForDelta, th, p, ko);
                if (ko >= 0) rule.addCoefficientGradient(gDelta, xj, yi, eta, grad, ko);
            }
            gy[i] += gyi;
            if (bcm) gTheta[i] += gThi;
            gm[i] = gmi;
        }
        if (modulated) {
            double a = p[L.modulatorB()];
            for (int i = 0; i < n; i++) a += p[L.modulatorW() + i] * net.y[yt + i];
            double m = Math.tanh(a);
            double gM = 0;
            for (int i = 0; i < n; i++) {
                if (net.config.fanOut()) {
                    grad[L.fanOutF() + i] += gm[i] * m;
                    grad[L.fanOutG() + i] += gm[i];
                    gM += gm[i] * p[L.fanOutF() + i];
                } else {
                    gM += gm[i];
                }
            }
            double ga = gM * (1 - m * m);
            grad[L.modulatorB()] += ga;
            for (int i = 0; i < n; i++) {
                grad[L.modulatorW() + i] += ga * net.y[yt + i];
                gy[i] += ga * p[L.modulatorW() + i];
            }
        }
        eligibilityRateGradient = gEtaE;
        return gEta;
    }
}
