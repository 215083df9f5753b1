package org.propamine.plasticity;

import java.util.Arrays;

/**
 * Per-episode state of one plastic layer (all preallocated, pre-major synapse index {@code j·nPost + i}):
 * plastic trace H ∈ [−c, c], eligibility trace E (retroactive rules), BCM thresholds θ (nPost), the
 * fanned-out modulator M_i and the per-post rule coefficients a, b, c (scratch). {@link #reset()} zeroes
 * H, E and θ at every episode start.
 *
 * <p>The tiles are synapse-sized scratch copies of the per-post vectors (row j holds a, b, c or M_i at
 * {@code j·nPost + i}), so every array in {@link PlasticityStep}'s per-synapse loops is indexed by the same
 * synapse index: C2 (JDK 17) vectorises a loop that stores to a {@code double[]} only when every
 * {@code double[]} access in it shares the store's index expression.
 */
public final class PlasticState {
    public final double[] h;
    public final double[] e;
    public final double[] theta;
    final double[] m;
    final double[] a;
    final double[] b;
    final double[] c;
    final double[] tileA;
    final double[] tileB;
    final double[] tileC;
    final double[] tileM;
    double modulator;

    public PlasticState(PlasticParameters params) {
        PlasticityRule rule = params.config().rule();
        int synapses = params.nPre() * params.nPost();
        int n = params.nPost();
        h = new double[rule.isPlastic() ? synapses : 0];
        e = new double[rule.modulation() == Modulation.RETROACTIVE ? synapses : 0];
        theta = new double[rule.usesThreshold() ? n : 0];
        m = new double[n];
        a = new double[n];
        b = new double[n];
        c = new double[n];
        tileA = new double[h.length];
        tileB = new double[h.length];
        tileC = new double[h.length];
        tileM = new double[e.length];
        reset();
    }

    /** Episode start: H = E = θ = 0; M_i = 1 (the plain rule's implicit factor). */
    public void reset() {
        Arrays.fill(h, 0);
        Arrays.fill(e, 0);
        Arrays.fill(theta, 0);
        Arrays.fill(m, 1.0);
        modulator = 0;
    }

    /** The layer's last neuromodulator value M (before fan-out); 0 for unmodulated rules. */
    public double modulator() {
        return modulator;
    }

    /** The fanned-out modulator M_i of post neuron i from the last step (1 for unmodulated rules). */
    public double modulatorOf(int i) {
        return m[i];
    }
}
