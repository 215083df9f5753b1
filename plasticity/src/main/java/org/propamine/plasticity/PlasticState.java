package org.propamine.plasticity;

import java.util.Arrays;

/**
 * Per-episode state of one plastic layer (all preallocated): plastic trace H ∈ [−c, c], eligibility trace E
 * (retroactive rules), BCM thresholds θ (nPost), the fanned-out modulator M_i and the per-post rule
 * coefficients a, b, c and increment signs (scratch). {@link #reset()} zeroes H, E and θ at every episode start.
 *
 * <p>H and E are stored per pre-synaptic neuron: {@link #row(int) row j} holds H_j·, i.e. synapse (pre j, post i)
 * at index i. The per-synapse loops of {@link PlasticityStep} and of the layer's input currents then index every
 * array (row of H, per-post factors, row of W) by the same i, which is what C2 (JDK 17) needs to vectorise a
 * loop that stores to a {@code double[]}. {@link #h()} and {@link #e()} return the flat pre-major views
 * (index {@code j·nPost + i}) of those rows, brought up to date on each call ({@link #syncView()}: a pending
 * one-sided update is applied and the rows copied, O(synapses)); they are for readers outside the step (tests,
 * the playback heat map), so per-step code never pays for them: a pending update stays pending across env steps
 * until the next substep's current pass applies it fused ({@link EffectiveWeights}), which gives the same bits.
 */
public final class PlasticState {
    private final double[] h;
    private final double[] e;
    /** BCM thresholds θ_i (live; empty for rules without a threshold). */
    public final double[] theta;
    final double[][] hRows;
    final double[][] eRows;
    final double[] m;
    final double[] a;
    final double[] b;
    final double[] c;
    final double[] signUp;
    final double[] signDown;
    final double[] pendingX;
    final double clip;
    boolean pending;
    /** max_i |q_i| of the pending one-sided update (NaN when some q_i is NaN). */
    double pendingQMax;
    double modulator;

    public PlasticState(PlasticParameters params) {
        PlasticityRule rule = params.config().rule();
        int nPre = params.nPre();
        int n = params.nPost();
        boolean retro = rule.modulation() == Modulation.RETROACTIVE;
        h = new double[rule.isPlastic() ? nPre * n : 0];
        e = new double[retro ? nPre * n : 0];
        hRows = new double[rule.isPlastic() ? nPre : 0][n];
        eRows = new double[retro ? nPre : 0][n];
        theta = new double[rule.usesThreshold() ? n : 0];
        m = new double[n];
        a = new double[n];
        b = new double[n];
        c = new double[n];
        signUp = new double[n];
        signDown = new double[n];
        pendingX = new double[nPre];
        clip = params.config().clip();
        reset();
    }

    /** Episode start: H = E = θ = 0; M_i = 1 (the plain rule's implicit factor). */
    public void reset() {
        for (double[] r : hRows) Arrays.fill(r, 0);
        for (double[] r : eRows) Arrays.fill(r, 0);
        Arrays.fill(h, 0);
        Arrays.fill(e, 0);
        Arrays.fill(theta, 0);
        Arrays.fill(m, 1.0);
        modulator = 0;
        pending = false;
    }

    /**
     * Row j of H: the traces of the synapses from pre neuron j, index i = post (live working storage, read only;
     * without a pending update, see {@link PlasticityStep#updateDeferred}).
     */
    public double[] row(int j) {
        return hRows[j];
    }

    /**
     * Flat pre-major view of H ({@code j·nPost + i}; empty for rule {@code none}), brought up to date by this
     * call; the array is reused by later calls (read only).
     */
    public double[] h() {
        syncView();
        return h;
    }

    /** Flat pre-major view of E (retroactive rules, else empty), brought up to date by this call (read only). */
    public double[] e() {
        syncView();
        return e;
    }

    /** Whether the layer's rule is plastic (H is not empty). */
    public boolean isPlastic() {
        return hRows.length > 0;
    }

    /**
     * Applies a pending H update ({@link PlasticityStep#updateDeferred}), then copies the rows of H (and E) into
     * the flat views {@link #h()} and {@link #e()}. Allocates nothing.
     */
    public void syncView() {
        PlasticityStep.applyPending(this);
        copyRows(hRows, h);
        copyRows(eRows, e);
    }

    private static void copyRows(double[][] rows, double[] flat) {
        for (int j = 0; j < rows.length; j++) System.arraycopy(rows[j], 0, flat, j * rows[j].length, rows[j].length);
    }

    /**
     * Whether every increment {@code q_i x_j} of pending row j is at most c in magnitude, the condition of
     * {@link PlasticityStep#oneSidedSmall} (false for NaN or infinite factors).
     */
    boolean smallIncrements(double xj) {
        return pendingQMax * Math.abs(xj) <= clip;
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
