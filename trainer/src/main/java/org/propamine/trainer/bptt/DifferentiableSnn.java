package org.propamine.trainer.bptt;

import java.util.Arrays;
import org.propamine.agent.neuron.NeuronModel;
import org.propamine.agent.neuron.ResetMechanism;
import org.propamine.agent.neuron.SurrogateGradient;
import org.propamine.agent.spec.LayerSpec;
import org.propamine.agent.spec.NetworkSpec;
import org.propamine.agent.spec.ReadoutKind;
import org.propamine.plasticity.CoefficientSharing;
import org.propamine.plasticity.Fanout;
import org.propamine.plasticity.LowPassTrace;
import org.propamine.plasticity.Modulation;
import org.propamine.plasticity.PlasticityConfig;
import org.propamine.plasticity.PlasticityRule;
import org.propamine.plasticity.Sigmoid;

/**
 * The agent's {@code SpikingNetwork} (same {@link NetworkSpec}, same equations, parameters in the
 * {@code ControllerCodec} order) re-run on plain {@code double[]} with a tape, so that {@link SnnBackprop} can
 * compute exact reverse-mode gradients through every state (float64, deterministic). Per substep t, for each
 * layer in order (pre = the input row and its low-pass trace for layer 0, else the previous layer's spikes and
 * their τ_pre traces z):
 *
 * <pre>
 *   I_i   = b_i + Σ_j (W_ji + α_ji H_ji) u_j + Σ_r Wrec_ri s_r(t−1)
 *   v̂_i   = β v_i(t−1) + (1−β) I_i ;  s_i = f(v̂_i − v_th) ;  v_i = v̂_i − s_i v_th (soft) | v̂_i (1 − s_i) (hard)
 *   y_i   = d_post y_i + (1−d_post) s_i ;  z_i = d z_i + (1−d) s_i   (d = exp(−Δt/τ_pre), d_post = exp(−Δt/τ_post);
 *           z is y itself when τ_post = τ_pre or no layer follows)
 *   Δ_ji  = a_i x_j + c_i − b_i H_ji  (the rule's coefficients from the plasticity module), M_i from the modulator
 *   H, E, θ updates exactly as {@code PlasticityStep} (direct, neuromodulated or retroactive; clip; BCM slide)
 *   readout u_o = β_r u_o + (1−β_r)(b_o + Σ_j W_jo s_j) ;  action_o = tanh(u_o) after the K substeps
 * </pre>
 *
 * f is the Heaviside step or the surrogate's smooth step ({@link SpikeMode}). Supports LIF layers (soft or hard
 * reset) and the leaky readout; adaptive LIF and the spike-rate decoder are refused with a clear error. The
 * tape grows to the longest episode and is reused; {@link #envStep} allocates nothing after that.
 */
public final class DifferentiableSnn {
    final NetworkSpec spec;
    final SpikeMode mode;
    final SurrogateGradient surrogate;
    final SnnLayout layout;
    final Layer[] layers;
    final int inputs;
    final int outputs;
    final int substeps;
    /** Decay per substep of the pre traces (input rows, and each layer's z for the next layer): exp(−Δt/τ_pre). */
    final double traceDecay;
    /** Decay per substep of the post traces y: exp(−Δt/τ_post). */
    final double postDecay;
    final double readoutDecay;
    final double[] p;
    final int plasticityInterval;
    double[] u = new double[0];
    double[] xIn = new double[0];
    double[] readout = new double[0];
    double[] actions = new double[0];
    int steps;
    int envSteps;
    int capacity;

    /** Constants, derived parameters and tape of one layer. */
    static final class Layer {
        final int in, out, index;
        final double beta, vth, kappa, clip;
        final boolean soft, plastic, threshold, retro, modulated, perPostFan;
        /** True when the next layer's pre trace z is kept apart from y (τ_post ≠ τ_pre and a layer follows). */
        final boolean separateZ;
        final PlasticityRule rule;
        /** The layer's plasticity constants (clip, trace floor: {@link PlasticityConfig#preFactor}). */
        final PlasticityConfig config;
        final CoefficientSharing sharing;
        final CoefficientJacobian jacobian;
        final double[] alphaFull;
        final double[] ruleParams;
        double eta, etaE;
        final double[] a, b, c, current;
        double[] vHat = new double[0], s = new double[0], y = new double[0], z = new double[0], m = new double[0], bigM = new double[0];
        boolean[] updated = new boolean[0];
        double[] h = new double[0], e = new double[0], theta = new double[0];

        Layer(LayerSpec ls, int index, double dt, int interval, boolean separateZ) {
            if (ls.model() != NeuronModel.LIF) {
                throw new IllegalArgumentException("BPTT: layers[" + index + "] uses " + ls.model() + ", only LIF layers are differentiable here");
            }
            this.index = index;
            this.separateZ = separateZ;
            in = ls.in();
            out = ls.out();
            beta = ls.neuron().beta();
            vth = ls.neuron().vTh();
            soft = ls.neuron().reset() == ResetMechanism.SOFT;
            PlasticityConfig pc = ls.plasticity();
            config = pc;
            rule = pc.rule();
            plastic = rule.isPlastic();
            threshold = rule.usesThreshold();
            retro = rule.modulation() == Modulation.RETROACTIVE;
            modulated = rule.modulation().usesModulator();
            perPostFan = modulated && pc.fanout() == Fanout.PER_POST;
            sharing = pc.alphaSharing();
            clip = pc.clip();
            kappa = interval * dt / pc.tauTheta();
            jacobian = plastic ? CoefficientJacobian.of(rule) : null;
            alphaFull = new double[plastic ? in * out : 0];
            ruleParams = new double[plastic ? rule.ruleParameterNames().size() : 0];
            a = new double[out];
            b = new double[out];
            c = new double[out];
            current = new double[out];
        }

        void grow(int cap) {
            vHat = Arrays.copyOf(vHat, cap * out);
            s = Arrays.copyOf(s, cap * out);
            y = Arrays.copyOf(y, cap * out);
            z = separateZ ? Arrays.copyOf(z, cap * out) : y;
            m = Arrays.copyOf(m, cap * out);
            bigM = Arrays.copyOf(bigM, cap);
            updated = Arrays.copyOf(updated, cap);
            if (plastic) h = Arrays.copyOf(h, (cap + 1) * in * out);
            if (retro) e = Arrays.copyOf(e, (cap + 1) * in * out);
            if (threshold) theta = Arrays.copyOf(theta, (cap + 1) * out);
        }
    }

    public DifferentiableSnn(NetworkSpec spec, SurrogateGradient surrogate, SpikeMode mode) {
        if (spec.readout().kind() != ReadoutKind.LEAKY) {
            throw new IllegalArgumentException("BPTT: readout " + spec.readout().kind() + " is not differentiable here, use the leaky readout");
        }
        this.spec = spec;
        this.mode = mode;
        this.surrogate = surrogate;
        this.layout = new SnnLayout(spec);
        this.layers = new Layer[spec.layers().size()];
        boolean asymmetric = spec.postTraceTau() != spec.traceTau();
        for (int l = 0; l < layers.length; l++) {
            layers[l] = new Layer(spec.layers().get(l), l, spec.dt(), spec.plasticityInterval(), asymmetric && l + 1 < layers.length);
        }
        this.plasticityInterval = spec.plasticityInterval();
        this.inputs = spec.inputs();
        this.outputs = spec.readout().out();
        this.substeps = spec.substeps();
        this.traceDecay = LowPassTrace.decay(spec.dt(), spec.traceTau());
        this.postDecay = LowPassTrace.decay(spec.dt(), spec.postTraceTau());
        this.readoutDecay = Math.exp(-spec.dt() / spec.readout().tau());
        this.p = new double[layout.size];
        ensureCapacity(16);
    }

    public NetworkSpec spec() {
        return spec;
    }

    public int parameterCount() {
        return layout.size;
    }

    /** Copies {@code params} (codec order) in and refreshes α per synapse, η, η_E. */
    public void setParameters(double[] params) {
        if (params.length != p.length) {
            throw new IllegalArgumentException("parameter vector has " + params.length + " values, expected " + p.length);
        }
        System.arraycopy(params, 0, p, 0, p.length);
        for (int l = 0; l < layers.length; l++) {
            Layer L = layers[l];
            if (!L.plastic) continue;
            int count = L.sharing.count(L.in, L.out);
            double[] coeffs = Arrays.copyOfRange(p, layout.alpha[l], layout.alpha[l] + count);
            L.sharing.expand(coeffs, L.in, L.out, L.alphaFull);
            L.eta = Sigmoid.of(p[layout.etaRaw[l]]);
            L.etaE = L.retro ? Sigmoid.of(p[layout.etaERaw[l]]) : 0;
            if (L.ruleParams.length > 0) System.arraycopy(p, layout.rule[l], L.ruleParams, 0, L.ruleParams.length);
        }
    }

    /** Episode start: all states zero, the tape empty. */
    public void reset() {
        steps = 0;
        envSteps = 0;
        for (Layer L : layers) {
            if (L.plastic) Arrays.fill(L.h, 0, L.in * L.out, 0);
            if (L.retro) Arrays.fill(L.e, 0, L.in * L.out, 0);
            if (L.threshold) Arrays.fill(L.theta, 0, L.out, 0);
        }
    }

    /** Grows the tape for episodes of {@code maxEnvSteps} env steps. */
    public void ensureCapacity(int maxEnvSteps) {
        int cap = maxEnvSteps * substeps;
        if (cap <= capacity) return;
        cap = Math.max(cap, 2 * capacity);
        u = Arrays.copyOf(u, cap * inputs);
        xIn = Arrays.copyOf(xIn, cap * inputs);
        readout = Arrays.copyOf(readout, cap * outputs);
        actions = Arrays.copyOf(actions, (cap / substeps + 1) * outputs);
        for (Layer L : layers) L.grow(cap);
        capacity = cap;
    }

    /** Number of env steps recorded since {@link #reset}. */
    public int envSteps() {
        return envSteps;
    }

    /** Runs the K substeps of {@code raster} (K·C values) and writes tanh of the readout into {@code action}. */
    public void envStep(double[] raster, double[] action) {
        if (raster.length != substeps * inputs) {
            throw new IllegalArgumentException("raster has " + raster.length + " values, expected " + substeps + "x" + inputs);
        }
        if ((envSteps + 1) * substeps > capacity) ensureCapacity(2 * (envSteps + 1));
        for (int k = 0; k < substeps; k++) substep(raster, k);
        for (int o = 0; o < outputs; o++) {
            double a = Math.tanh(readout[(steps - 1) * outputs + o]);
            actions[envSteps * outputs + o] = a;
            action[o] = a;
        }
        envSteps++;
    }

    private void substep(double[] raster, int k) {
        final int t = steps;
        final int c = inputs;
        final int offset = k * c;
        final boolean plasticNow = (t + 1) % plasticityInterval == 0;   // t counts substeps since reset
        System.arraycopy(raster, offset, u, t * c, c);
        for (int j = 0; j < c; j++) {
            double prev = t == 0 ? 0 : xIn[(t - 1) * c + j];
            xIn[t * c + j] = traceDecay * prev + (1 - traceDecay) * u[t * c + j];
        }
        double[] pre = u, preTrace = xIn;
        int preOffset = t * c;
        for (int l = 0; l < layers.length; l++) {
            Layer L = layers[l];
            layerStep(L, l, t, pre, preTrace, preOffset, plasticNow);
            pre = L.s;
            preTrace = L.z;
            preOffset = t * L.out;
        }
        int last = layers[layers.length - 1].out;
        double[] s = layers[layers.length - 1].s;
        for (int o = 0; o < outputs; o++) {
            double drive = p[layout.readoutB + o];
            for (int j = 0; j < last; j++) {
                double sj = s[t * last + j];
                if (sj != 0) drive += sj * p[layout.readoutW + j * outputs + o];
            }
            double prev = t == 0 ? 0 : readout[(t - 1) * outputs + o];
            readout[t * outputs + o] = readoutDecay * prev + (1 - readoutDecay) * drive;
        }
        steps++;
    }

    private void layerStep(Layer L, int l, int t, double[] pre, double[] preTrace, int po, boolean plasticNow) {
        final int in = L.in, out = L.out, nn = in * out;
        final double[] cur = L.current;
        System.arraycopy(p, layout.bias[l], cur, 0, out);
        final int w0 = layout.w[l];
        final int h0 = t * nn;
        for (int j = 0; j < in; j++) {
            double uj = pre[po + j];
            if (uj == 0) continue;
            int base = j * out;
            if (L.plastic) {
                for (int i = 0; i < out; i++) cur[i] += uj * (p[w0 + base + i] + L.alphaFull[base + i] * L.h[h0 + base + i]);
            } else {
                for (int i = 0; i < out; i++) cur[i] += uj * p[w0 + base + i];
            }
        }
        if (layout.wRec[l] >= 0 && t > 0) {
            int r0 = layout.wRec[l];
            for (int r = 0; r < out; r++) {
                if (L.s[(t - 1) * out + r] == 0) continue;
                double sr = L.s[(t - 1) * out + r];
                for (int i = 0; i < out; i++) cur[i] += sr * p[r0 + r * out + i];
            }
        }
        final int st = t * out;
        for (int i = 0; i < out; i++) {
            double vPost = t == 0 ? 0 : postPotential(L, (t - 1) * out + i);
            double vh = L.beta * vPost + (1 - L.beta) * cur[i];
            L.vHat[st + i] = vh;
            L.s[st + i] = spike(vh - L.vth);
            double yPrev = t == 0 ? 0 : L.y[(t - 1) * out + i];
            L.y[st + i] = postDecay * yPrev + (1 - postDecay) * L.s[st + i];
            if (L.separateZ) {
                double zPrev = t == 0 ? 0 : L.z[(t - 1) * out + i];
                L.z[st + i] = traceDecay * zPrev + (1 - traceDecay) * L.s[st + i];
            }
        }
        if (!L.plastic) return;
        L.updated[t] = plasticNow;
        if (plasticNow) {
            plasticity(L, l, t, preTrace, po);
        } else {
            // no update on this substep: the plastic state carries over unchanged
            System.arraycopy(L.h, h0, L.h, h0 + nn, nn);
            if (L.retro) System.arraycopy(L.e, h0, L.e, h0 + nn, nn);
            if (L.threshold) System.arraycopy(L.theta, t * out, L.theta, (t + 1) * out, out);
        }
    }

    /** Potential after the reset of the spike at tape index {@code k}. */
    static double postPotential(Layer L, int k) {
        double vh = L.vHat[k], s = L.s[k];
        return L.soft ? vh - s * L.vth : vh * (1 - s);
    }

    double spike(double x) {
        return mode == SpikeMode.HEAVISIDE ? (x >= 0 ? 1.0 : 0.0) : surrogate.value(x);
    }

    private void plasticity(Layer L, int l, int t, double[] x, int xo) {
        final int in = L.in, out = L.out, nn = in * out;
        final int st = t * out;
        final int h0 = t * nn, h1 = (t + 1) * nn;
        System.arraycopy(L.y, st, yScratch(out), 0, out);
        double[] thetaPrev = L.threshold ? thetaScratch(L, t) : EMPTY;
        L.rule.coefficients(L.eta, L.ruleParams, yScratch, thetaPrev, out, L.a, L.b, L.c);
        if (L.modulated) {
            double z = p[layout.modB[l]];
            for (int i = 0; i < out; i++) z += p[layout.modW[l] + i] * L.y[st + i];
            double big = Math.tanh(z);
            L.bigM[t] = big;
            for (int i = 0; i < out; i++) {
                L.m[st + i] = L.perPostFan ? p[layout.fanF[l] + i] * big + p[layout.fanG[l] + i] : big;
            }
        } else {
            Arrays.fill(L.m, st, st + out, 1.0);
        }
        final double clip = L.clip;
        for (int j = 0; j < in; j++) {
            double xj = L.config.preFactor(x[xo + j]);
            int base = j * out;
            for (int i = 0; i < out; i++) {
                int k = base + i;
                double mi = L.m[st + i];
                if (L.retro) {
                    double v = L.h[h0 + k] + mi * L.e[h0 + k];
                    v = v > clip ? clip : (v < -clip ? -clip : v);
                    L.h[h1 + k] = v;
                    L.e[h1 + k] = (1 - L.etaE) * L.e[h0 + k] + L.etaE * (L.a[i] * xj + L.c[i] - L.b[i] * v);
                } else {
                    double hk = L.h[h0 + k];
                    double v = hk + mi * (L.a[i] * xj + L.c[i] - L.b[i] * hk);
                    L.h[h1 + k] = v > clip ? clip : (v < -clip ? -clip : v);
                }
            }
        }
        if (L.threshold) {
            for (int i = 0; i < out; i++) {
                double yi = L.y[st + i];
                double th = L.theta[t * out + i];
                L.theta[(t + 1) * out + i] = th + L.kappa * (yi * yi - th);
            }
        }
    }

    private static final double[] EMPTY = new double[0];
    private double[] yScratch = new double[0];
    private double[] thetaScratch = new double[0];

    private double[] yScratch(int n) {
        if (yScratch.length < n) yScratch = new double[n];
        return yScratch;
    }

    private double[] thetaScratch(Layer L, int t) {
        if (thetaScratch.length < L.out) thetaScratch = new double[L.out];
        System.arraycopy(L.theta, t * L.out, thetaScratch, 0, L.out);
        return thetaScratch;
    }

    /** Action {@code o} of env step {@code e} of the recorded episode. */
    public double action(int e, int o) {
        return actions[e * outputs + o];
    }

    /** Spike of neuron {@code i} of layer {@code l} at substep {@code t}. */
    public double spike(int l, int t, int i) {
        return layers[l].s[t * layers[l].out + i];
    }
}
