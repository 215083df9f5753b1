package org.propamine.trainer.bptt;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;
import org.propamine.agent.spec.NetworkSpec;

/**
 * The forward pass of {@link DifferentiableSnn} (the agent's spiking network) batched over B episodes with
 * ND4J (float64): every state is a {@code [B, n]} or {@code [B, in, out]} tensor, currents are one
 * {@code mmul} per layer plus the plastic term {@code Σ_j u_bj (α ⊙ H_b)_ji}, and the plastic update
 * {@code Δ = a x + c − b H}, the modulation, the clip, the eligibility trace and the BCM threshold are
 * broadcast tensor ops. The rule's per-post coefficients come from the plasticity module's own
 * {@code coefficients} (one call per episode per update, on [out] vectors), so no rule is written twice.
 *
 * <p>Meant for training batches where tensors are large enough to amortise ND4J's per-op cost (13–35 µs per
 * small op, SPEC §9); the per-step rollout path stays on plain arrays. Not thread-safe.
 */
public final class Nd4jBatchedForward {
    private final DifferentiableSnn reference;
    private final NetworkSpec spec;
    private final int inputs, outputs, substeps;
    private final double traceDecay, postDecay, readoutDecay;
    private INDArray[] w, wRec, bias, alpha, modW, fanF, fanG;
    private double[] modB;
    private INDArray readoutW, readoutB;

    public Nd4jBatchedForward(NetworkSpec spec) {
        this.reference = new DifferentiableSnn(spec, TemporalTrainer.SURROGATE, SpikeMode.HEAVISIDE);
        this.spec = spec;
        this.inputs = spec.inputs();
        this.outputs = spec.readout().out();
        this.substeps = spec.substeps();
        this.traceDecay = reference.traceDecay;
        this.postDecay = reference.postDecay;
        this.readoutDecay = reference.readoutDecay;
    }

    /** Sets the parameters (codec order) and uploads them as tensors. */
    public void setParameters(double[] params) {
        reference.setParameters(params);
        SnnLayout lay = reference.layout;
        int layers = reference.layers.length;
        w = new INDArray[layers];
        wRec = new INDArray[layers];
        bias = new INDArray[layers];
        alpha = new INDArray[layers];
        modW = new INDArray[layers];
        fanF = new INDArray[layers];
        fanG = new INDArray[layers];
        modB = new double[layers];
        for (int l = 0; l < layers; l++) {
            DifferentiableSnn.Layer L = reference.layers[l];
            w[l] = slice(params, lay.w[l], L.in, L.out);
            wRec[l] = lay.wRec[l] >= 0 ? slice(params, lay.wRec[l], L.out, L.out) : null;
            bias[l] = slice(params, lay.bias[l], 1, L.out);
            alpha[l] = L.plastic ? Nd4j.create(L.alphaFull.clone(), new long[] {1, L.in, L.out}, DataType.DOUBLE) : null;
            if (L.modulated) {
                modW[l] = slice(params, lay.modW[l], L.out, 1);
                modB[l] = params[lay.modB[l]];
                if (L.perPostFan) {
                    fanF[l] = slice(params, lay.fanF[l], 1, L.out);
                    fanG[l] = slice(params, lay.fanG[l], 1, L.out);
                }
            }
        }
        DifferentiableSnn.Layer last = reference.layers[layers - 1];
        readoutW = slice(params, lay.readoutW, last.out, outputs);
        readoutB = slice(params, lay.readoutB, 1, outputs);
    }

    private static INDArray slice(double[] p, int offset, int rows, int cols) {
        double[] v = new double[rows * cols];
        System.arraycopy(p, offset, v, 0, v.length);
        return Nd4j.create(v, new long[] {rows, cols}, DataType.DOUBLE);
    }

    /**
     * Runs B episodes from the episode-start state: {@code rasters[b][e]} is episode b's raster (K·C values) at
     * env step e (all episodes of equal length); returns {@code actions[b][e][o]}.
     */
    public double[][][] run(double[][][] rasters) {
        int batch = rasters.length, steps = rasters[0].length;
        int layers = reference.layers.length;
        INDArray xIn = Nd4j.zeros(DataType.DOUBLE, batch, inputs);
        INDArray[] v = new INDArray[layers], s = new INDArray[layers], y = new INDArray[layers], z = new INDArray[layers];
        INDArray[] h = new INDArray[layers], e = new INDArray[layers], theta = new INDArray[layers];
        for (int l = 0; l < layers; l++) {
            DifferentiableSnn.Layer L = reference.layers[l];
            v[l] = Nd4j.zeros(DataType.DOUBLE, batch, L.out);
            s[l] = Nd4j.zeros(DataType.DOUBLE, batch, L.out);
            y[l] = Nd4j.zeros(DataType.DOUBLE, batch, L.out);
            z[l] = Nd4j.zeros(DataType.DOUBLE, batch, L.out);
            if (L.plastic) h[l] = Nd4j.zeros(DataType.DOUBLE, batch, L.in, L.out);
            if (L.retro) e[l] = Nd4j.zeros(DataType.DOUBLE, batch, L.in, L.out);
            if (L.threshold) theta[l] = Nd4j.zeros(DataType.DOUBLE, batch, L.out);
        }
        INDArray readout = Nd4j.zeros(DataType.DOUBLE, batch, outputs);
        double[][][] actions = new double[batch][steps][];
        double[][] row = new double[batch][inputs];
        long substep = 0;   // since the episode start: the plasticity interval counts across env steps
        for (int t = 0; t < steps; t++) {
            for (int k = 0; k < substeps; k++) {
                for (int b = 0; b < batch; b++) System.arraycopy(rasters[b][t], k * inputs, row[b], 0, inputs);
                INDArray u = Nd4j.create(row);
                xIn = xIn.mul(traceDecay).addi(u.mul(1 - traceDecay));
                boolean plasticNow = ++substep % reference.plasticityInterval == 0;
                INDArray pre = u, preTrace = xIn;
                for (int l = 0; l < layers; l++) {
                    DifferentiableSnn.Layer L = reference.layers[l];
                    INDArray cur = pre.mmul(w[l]).addiRowVector(bias[l]);
                    if (L.plastic) cur.addi(h[l].mul(alpha[l]).muli(pre.reshape(batch, L.in, 1)).sum(1));
                    if (wRec[l] != null) cur.addi(s[l].mmul(wRec[l]));
                    INDArray vh = v[l].mul(L.beta).addi(cur.muli(1 - L.beta));
                    INDArray spikes = vh.gte(L.vth).castTo(DataType.DOUBLE);
                    v[l] = L.soft ? vh.sub(spikes.mul(L.vth)) : vh.mul(spikes.rsub(1.0));
                    s[l] = spikes;
                    // y (τ_post) drives the rule and the modulator; z (τ_pre) is the next layer's pre trace
                    y[l] = y[l].mul(postDecay).addi(spikes.mul(1 - postDecay));
                    z[l] = z[l].mul(traceDecay).addi(spikes.mul(1 - traceDecay));
                    if (L.plastic && plasticNow) plasticity(L, l, batch, preTrace, y[l], h, e, theta);
                    pre = s[l];
                    preTrace = z[l];
                }
                INDArray drive = pre.mmul(readoutW).addiRowVector(readoutB);
                readout = readout.mul(readoutDecay).addi(drive.muli(1 - readoutDecay));
            }
            double[][] a = Transforms.tanh(readout, true).toDoubleMatrix();
            for (int b = 0; b < batch; b++) actions[b][t] = a[b];
        }
        return actions;
    }

    private void plasticity(DifferentiableSnn.Layer L, int l, int batch, INDArray x, INDArray y, INDArray[] h,
                            INDArray[] e, INDArray[] theta) {
        double[][] ys = y.toDoubleMatrix();
        double[][] ths = L.threshold ? theta[l].toDoubleMatrix() : null;
        double[][] a = new double[batch][L.out], b = new double[batch][L.out], c = new double[batch][L.out];
        double[] empty = new double[0];
        for (int i = 0; i < batch; i++) {
            L.rule.coefficients(L.eta, L.ruleParams, ys[i], L.threshold ? ths[i] : empty, L.out, a[i], b[i], c[i]);
        }
        INDArray a3 = Nd4j.create(a).reshape(batch, 1, L.out);
        INDArray b3 = Nd4j.create(b).reshape(batch, 1, L.out);
        INDArray c3 = Nd4j.create(c).reshape(batch, 1, L.out);
        INDArray m3;
        if (L.modulated) {
            INDArray big = Transforms.tanh(y.mmul(modW[l]).addi(modB[l]), true);
            INDArray m = L.perPostFan ? big.mmul(fanF[l]).addiRowVector(fanG[l]) : big.repeat(1, L.out);
            m3 = m.reshape(batch, 1, L.out);
        } else {
            m3 = null;
        }
        double floor = L.config.traceFloor();
        INDArray xf = floor > 0 ? x.mul(Transforms.abs(x, true).gte(floor).castTo(DataType.DOUBLE)) : x;   // preFactor
        INDArray x3 = xf.reshape(batch, L.in, 1);
        if (L.retro) {
            INDArray hn = clip(h[l].add(e[l].mul(m3)), L.clip);
            INDArray delta = x3.mul(a3).addi(c3).subi(hn.mul(b3));
            e[l] = e[l].mul(1 - L.etaE).addi(delta.muli(L.etaE));
            h[l] = hn;
        } else {
            INDArray delta = x3.mul(a3).addi(c3).subi(h[l].mul(b3));
            if (m3 != null) delta.muli(m3);
            h[l] = clip(h[l].add(delta), L.clip);
        }
        if (L.threshold) theta[l] = theta[l].add(y.mul(y).subi(theta[l]).muli(L.kappa));
    }

    private static INDArray clip(INDArray x, double c) {
        return Transforms.max(Transforms.min(x, c, false), -c, false);
    }
}
