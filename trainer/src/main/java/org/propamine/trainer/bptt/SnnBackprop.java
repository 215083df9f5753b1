package org.propamine.trainer.bptt;

import java.util.Arrays;
import org.propamine.plasticity.CoefficientSharing;

/**
 * Exact reverse-mode gradient (BPTT) of a loss on the actions of a {@link DifferentiableSnn} episode, through
 * the leaky readout, every layer's membranes (including the soft or hard reset path), spikes (∂s/∂v̂ from the
 * surrogate), pre/post traces (each with its own decay, τ_pre or τ_post), the plastic trace H, the eligibility trace E, the BCM threshold θ, the
 * neuromodulator head and the rule's coefficients ({@link CoefficientJacobian}). With {@link SpikeMode#SMOOTH}
 * this is the exact gradient of the recorded computation; with {@link SpikeMode#HEAVISIDE} it is the
 * surrogate gradient.
 *
 * <p>Clipping of H passes the gradient where the pre-clip value lies inside [−c, c] (the forward's own branch)
 * and blocks it elsewhere. The input raster is data (no gradient). Buffers are sized once; {@link #backward}
 * allocates nothing. Not thread-safe: one instance per network.
 */
public final class SnnBackprop {
    private final DifferentiableSnn net;
    private final ResetGradient reset;
    private final double[][] gS, gSprev, gY, gZ, gV, gI, gH, gE, gTheta, gAlpha, ga, gb, gc, gm, ySave, thetaSave;
    private final double[] gR;
    private final double[] scalar = new double[2];

    /** Back-propagation through {@code net} including the reset path ({@link ResetGradient#FULL}). */
    public SnnBackprop(DifferentiableSnn net) {
        this(net, ResetGradient.FULL);
    }

    /** Back-propagation through {@code net}, the membrane reset's spike treated as {@code reset} says. */
    public SnnBackprop(DifferentiableSnn net, ResetGradient reset) {
        this.net = net;
        this.reset = reset;
        int n = net.layers.length;
        gS = new double[n][];
        gSprev = new double[n][];
        gY = new double[n][];
        gZ = new double[n][];
        gV = new double[n][];
        gI = new double[n][];
        gH = new double[n][];
        gE = new double[n][];
        gTheta = new double[n][];
        gAlpha = new double[n][];
        ga = new double[n][];
        gb = new double[n][];
        gc = new double[n][];
        gm = new double[n][];
        ySave = new double[n][];
        thetaSave = new double[n][];
        for (int l = 0; l < n; l++) {
            DifferentiableSnn.Layer L = net.layers[l];
            int out = L.out, nn = L.in * L.out;
            gS[l] = new double[out];
            gSprev[l] = new double[out];
            gY[l] = new double[out];
            gZ[l] = L.separateZ ? new double[out] : gY[l];   // z is y: one adjoint
            gV[l] = new double[out];
            gI[l] = new double[out];
            gH[l] = new double[L.plastic ? nn : 0];
            gE[l] = new double[L.retro ? nn : 0];
            gTheta[l] = new double[out];
            gAlpha[l] = new double[L.plastic ? nn : 0];
            ga[l] = new double[out];
            gb[l] = new double[out];
            gc[l] = new double[out];
            gm[l] = new double[out];
            ySave[l] = new double[out];
            thetaSave[l] = new double[out];
        }
        gR = new double[net.outputs];
    }

    /**
     * Adds {@code dL/dθ} (codec order) into {@code grad}, given {@code dLdAction[e·O + o]} = ∂L/∂action_o of
     * env step e for the {@code net.envSteps()} recorded env steps.
     */
    public void backward(double[] dLdAction, double[] grad) {
        final DifferentiableSnn net = this.net;
        final SnnLayout lay = net.layout;
        final double[] p = net.p;
        final int outputs = net.outputs, K = net.substeps;
        final double br = net.readoutDecay;
        for (int l = 0; l < net.layers.length; l++) {
            for (double[] a : new double[][] {gS[l], gSprev[l], gY[l], gZ[l], gV[l], gH[l], gE[l], gTheta[l], gAlpha[l]}) Arrays.fill(a, 0);
        }
        Arrays.fill(gR, 0);
        final int lastLayer = net.layers.length - 1;
        final int lastOut = net.layers[lastLayer].out;
        for (int t = net.steps - 1; t >= 0; t--) {
            if (t % K == K - 1) {
                int e = t / K;
                for (int o = 0; o < outputs; o++) {
                    double a = net.actions[e * outputs + o];
                    gR[o] += dLdAction[e * outputs + o] * (1 - a * a);
                }
            }
            double[] sLast = net.layers[lastLayer].s;
            for (int o = 0; o < outputs; o++) {
                double g = (1 - br) * gR[o];
                if (g != 0) {
                    grad[lay.readoutB + o] += g;
                    for (int j = 0; j < lastOut; j++) {
                        int wi = lay.readoutW + j * outputs + o;
                        grad[wi] += g * sLast[t * lastOut + j];
                        gS[lastLayer][j] += g * p[wi];
                    }
                }
                gR[o] *= br;
            }
            for (int l = lastLayer; l >= 0; l--) layerBackward(l, t, grad);
            for (int l = 0; l <= lastLayer; l++) {
                double[] tmp = gS[l];
                gS[l] = gSprev[l];
                gSprev[l] = tmp;
                Arrays.fill(gSprev[l], 0);
            }
        }
        for (int l = 0; l <= lastLayer; l++) {
            DifferentiableSnn.Layer L = net.layers[l];
            if (!L.plastic) continue;
            int a0 = lay.alpha[l];
            double[] g = gAlpha[l];
            if (L.sharing == CoefficientSharing.PER_SYNAPSE) {
                for (int k = 0; k < g.length; k++) grad[a0 + k] += g[k];
            } else if (L.sharing == CoefficientSharing.PER_POST) {
                for (int j = 0; j < L.in; j++) {
                    for (int i = 0; i < L.out; i++) grad[a0 + i] += g[j * L.out + i];
                }
            } else {
                double sum = 0;
                for (double v : g) sum += v;
                grad[a0] += sum;
            }
        }
    }

    private void layerBackward(int l, int t, double[] grad) {
        final DifferentiableSnn net = this.net;
        final DifferentiableSnn.Layer L = net.layers[l];
        final SnnLayout lay = net.layout;
        final double[] p = net.p;
        final int in = L.in, out = L.out, st = t * out;
        final double[] gs = gS[l], gy = gY[l], gv = gV[l], gi = gI[l];
        final double[] pre = l == 0 ? net.u : net.layers[l - 1].s;
        final int po = t * in;
        final boolean detached = reset == ResetGradient.DETACHED;
        if (L.plastic && L.updated[t]) plasticityBackward(l, t, grad);
        final double dPost = net.postDecay;
        for (int i = 0; i < out; i++) {
            gs[i] += (1 - dPost) * gy[i];
            gy[i] *= dPost;
        }
        if (L.separateZ) {
            final double[] gz = gZ[l];
            final double d = net.traceDecay;
            for (int i = 0; i < out; i++) {
                gs[i] += (1 - d) * gz[i];
                gz[i] *= d;
            }
        }
        for (int i = 0; i < out; i++) {
            double vh = L.vHat[st + i], s = L.s[st + i];
            double gvh;
            if (L.soft) {
                gvh = gv[i];
                if (!detached) gs[i] -= L.vth * gv[i];
            } else {
                gvh = gv[i] * (1 - s);
                if (!detached) gs[i] -= vh * gv[i];
            }
            gvh += gs[i] * net.surrogate.derivative(vh - L.vth);
            gi[i] = (1 - L.beta) * gvh;
            gv[i] = L.beta * gvh;
        }
        final int b0 = lay.bias[l], w0 = lay.w[l];
        for (int i = 0; i < out; i++) grad[b0 + i] += gi[i];
        final int h0 = t * in * out;
        final double[] gsBelow = l > 0 ? gS[l - 1] : null;
        for (int j = 0; j < in; j++) {
            double uj = pre[po + j];
            if (uj == 0) continue;
            int base = j * out;
            double back = 0;
            for (int i = 0; i < out; i++) {
                double g = gi[i];
                int k = base + i;
                grad[w0 + k] += g * uj;
                double weff = p[w0 + k];
                if (L.plastic) {
                    double h = L.h[h0 + k];
                    double alpha = L.alphaFull[k];
                    gAlpha[l][k] += g * uj * h;
                    gH[l][k] += alpha * g * uj;
                    weff += alpha * h;
                }
                back += weff * g;
            }
            if (gsBelow != null) gsBelow[j] += back;
        }
        if (lay.wRec[l] >= 0 && t > 0) {
            int r0 = lay.wRec[l];
            double[] gsp = gSprev[l];
            for (int r = 0; r < out; r++) {
                double sr = L.s[(t - 1) * out + r];
                double back = 0;
                for (int i = 0; i < out; i++) {
                    if (sr != 0) grad[r0 + r * out + i] += gi[i] * sr;
                    back += p[r0 + r * out + i] * gi[i];
                }
                gsp[r] += back;
            }
        }
    }

    private void plasticityBackward(int l, int t, double[] grad) {
        final DifferentiableSnn net = this.net;
        final DifferentiableSnn.Layer L = net.layers[l];
        final SnnLayout lay = net.layout;
        final double[] p = net.p;
        final int in = L.in, out = L.out, nn = in * out, st = t * out;
        final int h0 = t * nn, h1 = (t + 1) * nn;
        final double[] y = ySave[l], theta = thetaSave[l];
        System.arraycopy(L.y, st, y, 0, out);
        if (L.threshold) System.arraycopy(L.theta, t * out, theta, 0, out);
        L.rule.coefficients(L.eta, L.ruleParams, y, theta, out, L.a, L.b, L.c);
        final double[] gy = gY[l], gth = gTheta[l], gh = gH[l], ge = gE[l];
        final double[] gA = ga[l], gB = gb[l], gC = gc[l], gM = gm[l];
        if (L.threshold) {
            for (int i = 0; i < out; i++) {
                gy[i] += 2 * L.kappa * y[i] * gth[i];
                gth[i] *= 1 - L.kappa;
            }
        }
        Arrays.fill(gA, 0);
        Arrays.fill(gB, 0);
        Arrays.fill(gC, 0);
        Arrays.fill(gM, 0);
        final double[] x = l == 0 ? net.xIn : net.layers[l - 1].z;
        final int xo = t * in;
        final double[] gxBelow = l > 0 ? gZ[l - 1] : null;
        final double clip = L.clip, etaE = L.etaE;
        double gEtaE = 0;
        for (int j = 0; j < in; j++) {
            double xRaw = x[xo + j], xj = L.config.preFactor(xRaw);
            boolean flushed = xj == 0 && xRaw != 0;   // below the trace floor: no gradient to the trace
            int base = j * out;
            double gx = 0;
            for (int i = 0; i < out; i++) {
                int k = base + i;
                double mi = L.m[st + i];
                double gD, hUsed;
                if (L.retro) {
                    double hNew = L.h[h1 + k], ePrev = L.e[h0 + k];
                    double delta = L.a[i] * xj + L.c[i] - L.b[i] * hNew;
                    double gEk = ge[k];
                    gD = etaE * gEk;
                    gEtaE += gEk * (delta - ePrev);
                    double gHcur = gh[k] - gD * L.b[i];
                    double preClip = L.h[h0 + k] + mi * ePrev;
                    double gPass = preClip > clip || preClip < -clip ? 0 : gHcur;
                    gh[k] = gPass;
                    ge[k] = (1 - etaE) * gEk + gPass * mi;
                    gM[i] += gPass * ePrev;
                    hUsed = hNew;
                } else {
                    double hk = L.h[h0 + k];
                    double delta = L.a[i] * xj + L.c[i] - L.b[i] * hk;
                    double preClip = hk + mi * delta;
                    double gPass = preClip > clip || preClip < -clip ? 0 : gh[k];
                    gD = gPass * mi;
                    gM[i] += gPass * delta;
                    gh[k] = gPass - gD * L.b[i];
                    hUsed = hk;
                }
                if (gD == 0) continue;
                gA[i] += gD * xj;
                gB[i] -= gD * hUsed;
                gC[i] += gD;
                gx += gD * L.a[i];
            }
            if (gxBelow != null && !flushed) gxBelow[j] += gx;
        }
        double gEta = 0;
        for (int i = 0; i < out; i++) {
            scalar[0] = 0;
            scalar[1] = 0;
            gy[i] += L.jacobian.chain(gA[i], gB[i], gC[i], y[i], L.threshold ? theta[i] : 0, L.eta, L.ruleParams,
                    scalar, grad, lay.rule[l]);
            gth[i] += scalar[0];
            gEta += scalar[1];
        }
        grad[lay.etaRaw[l]] += gEta * L.eta * (1 - L.eta);
        if (L.retro) grad[lay.etaERaw[l]] += gEtaE * etaE * (1 - etaE);
        if (L.modulated) {
            double big = L.bigM[t];
            double gBig = 0;
            for (int i = 0; i < out; i++) {
                if (L.perPostFan) {
                    grad[lay.fanF[l] + i] += gM[i] * big;
                    grad[lay.fanG[l] + i] += gM[i];
                    gBig += gM[i] * p[lay.fanF[l] + i];
                } else {
                    gBig += gM[i];
                }
            }
            double gz = gBig * (1 - big * big);
            grad[lay.modB[l]] += gz;
            for (int i = 0; i < out; i++) {
                grad[lay.modW[l] + i] += gz * y[i];
                gy[i] += gz * p[lay.modW[l] + i];
            }
        }
    }
}
