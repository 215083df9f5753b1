package org.propamine.plasticity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The learnable plasticity numbers of one layer of {@code nPre × nPost} synapses, as flat arrays the codec
 * writes into (see {@link ParameterSegment}); derived values are recomputed by {@link #refresh()}.
 *
 * <ul>
 *   <li>{@code alpha}: α, {@link CoefficientSharing#count} values; {@link #alphaPerSynapse()} is the expansion
 *       (pre-major, index {@code j·nPost + i}) used in {@code W_eff = W + α ⊙ H}.</li>
 *   <li>{@code rawEta}: 1 value, η = σ(raw).</li>
 *   <li>{@code ruleParams}: the rule's constants ({@link PlasticityRule#ruleParameterNames()}).</li>
 *   <li>{@code rawEtaE}: 1 value for retroactive rules (η_E = σ(raw)), else empty.</li>
 *   <li>{@code modW} (nPost), {@code modB} (1): the neuromodulator head, for modulated rules, else empty.</li>
 *   <li>{@code fanF}, {@code fanG} (nPost each): per-post fan-out, only with {@link Fanout#PER_POST}.</li>
 * </ul>
 * A non-plastic layer ({@code none}) has no parameters at all and α ≡ 0.
 */
public final class PlasticParameters {
    private final PlasticityConfig config;
    private final int nPre;
    private final int nPost;
    final double[] alpha;
    final double[] rawEta;
    final double[] ruleParams;
    final double[] rawEtaE;
    final double[] modW;
    final double[] modB;
    final double[] fanF;
    final double[] fanG;
    private final double[] alphaFull;
    private final double[][] alphaRows;
    private double eta;
    private double etaE;

    /** Parameters at their initial values: α = 0, η and η_E from the config, rule defaults, M head 0, f = 1, g = 0. */
    public PlasticParameters(PlasticityConfig config, int nPre, int nPost) {
        if (nPre <= 0 || nPost <= 0) throw new IllegalArgumentException("layer size " + nPre + "x" + nPost + ": expected positive");
        this.config = config;
        this.nPre = nPre;
        this.nPost = nPost;
        PlasticityRule rule = config.rule();
        boolean plastic = rule.isPlastic();
        Modulation mod = rule.modulation();
        alpha = new double[plastic ? config.alphaSharing().count(nPre, nPost) : 0];
        rawEta = plastic ? new double[] {Sigmoid.logit(config.initialEta())} : new double[0];
        ruleParams = plastic ? rule.initialRuleParameters() : new double[0];
        rawEtaE = mod == Modulation.RETROACTIVE ? new double[] {Sigmoid.logit(config.initialEtaE())} : new double[0];
        modW = new double[mod.usesModulator() ? nPost : 0];
        modB = new double[mod.usesModulator() ? 1 : 0];
        boolean perPost = mod.usesModulator() && config.fanout() == Fanout.PER_POST;
        fanF = new double[perPost ? nPost : 0];
        fanG = new double[perPost ? nPost : 0];
        Arrays.fill(fanF, 1.0);
        alphaFull = new double[plastic ? nPre * nPost : 0];
        alphaRows = new double[plastic ? nPre : 0][nPost];
        refresh();
    }

    /** Recomputes α per synapse, η and η_E after the arrays were written. Allocates nothing. */
    public void refresh() {
        if (!config.rule().isPlastic()) return;
        config.alphaSharing().expand(alpha, nPre, nPost, alphaFull);
        for (int j = 0; j < nPre; j++) System.arraycopy(alphaFull, j * nPost, alphaRows[j], 0, nPost);
        eta = Sigmoid.of(rawEta[0]);
        etaE = rawEtaE.length > 0 ? Sigmoid.of(rawEtaE[0]) : 0;
    }

    public PlasticityConfig config() {
        return config;
    }

    public int nPre() {
        return nPre;
    }

    public int nPost() {
        return nPost;
    }

    /** η = σ(raw η) ∈ (0, 1). */
    public double eta() {
        return eta;
    }

    /** η_E = σ(raw η_E) ∈ (0, 1) for retroactive rules, else 0. */
    public double etaE() {
        return etaE;
    }

    /** α expanded to one value per synapse (pre-major); owned by this object, read only. Empty for {@code none}. */
    public double[] alphaPerSynapse() {
        return alphaFull;
    }

    /**
     * Row j of {@link #alphaPerSynapse()}: α of the synapses from pre neuron j, index i = post (a copy made by
     * {@link #refresh()}, read only), laid out like {@link PlasticState#row(int)} for the vectorised loops.
     */
    public double[] alphaRow(int j) {
        return alphaRows[j];
    }

    /** The rule's learnable constants (live array, read only; empty for most rules). */
    public double[] ruleParameters() {
        return ruleParams;
    }

    /** Neuromodulator weights w_M (live, read only; empty for unmodulated rules). */
    public double[] modulatorWeights() {
        return modW;
    }

    /** Neuromodulator bias b_M, 0 for unmodulated rules. */
    public double modulatorBias() {
        return modB.length > 0 ? modB[0] : 0;
    }

    /** Per-post fan-out gains f (live, read only; empty unless {@link Fanout#PER_POST}). */
    public double[] fanoutGains() {
        return fanF;
    }

    /** Per-post fan-out offsets g (live, read only; empty unless {@link Fanout#PER_POST}). */
    public double[] fanoutOffsets() {
        return fanG;
    }

    /** Segment "α" (may be empty). */
    public List<ParameterSegment> alphaSegments(String prefix) {
        return nonEmpty(new ParameterSegment(prefix + "alpha", alpha));
    }

    /** Segments of the raw rates: raw η, then raw η_E. */
    public List<ParameterSegment> rateSegments(String prefix) {
        return nonEmpty(new ParameterSegment(prefix + "eta_raw", rawEta), new ParameterSegment(prefix + "eta_e_raw", rawEtaE));
    }

    /** Segment of the rule's own constants (e.g. ABCD's A, B, C, D). */
    public List<ParameterSegment> ruleSegments(String prefix) {
        return nonEmpty(new ParameterSegment(prefix + "rule", ruleParams));
    }

    /** Segments of the neuromodulator: w_M, b_M, then fan-out f, g. */
    public List<ParameterSegment> modulatorSegments(String prefix) {
        return nonEmpty(new ParameterSegment(prefix + "mod_w", modW), new ParameterSegment(prefix + "mod_b", modB),
                new ParameterSegment(prefix + "fan_f", fanF), new ParameterSegment(prefix + "fan_g", fanG));
    }

    private static List<ParameterSegment> nonEmpty(ParameterSegment... segments) {
        List<ParameterSegment> out = new ArrayList<>();
        for (ParameterSegment s : segments) if (s.length() > 0) out.add(s);
        return out;
    }
}
