package org.propamine.plasticity;

import java.util.List;

/**
 * A local synaptic plasticity rule: the increment Δ of the plastic trace H of synapse (pre j, post i)
 * from the pre-synaptic trace x_j, the post-synaptic trace y_i and H itself.
 *
 * <p>Every rule of the family (Hebbian, Oja, BCM, ABCD) is affine in x_j and H_ji given the post neuron, so a
 * rule only computes three per-post coefficients once per step and one fused loop applies them to every
 * synapse with no virtual call per synapse:
 * <pre>  Δ_ji = a_i·x_j + c_i − b_i·H_ji</pre>
 * How Δ reaches H (plain, neuromodulated, retroactive) is the rule's {@link #modulation()}, added by the
 * decorators {@link Neuromodulated} and {@link Retroactive}. The step order and the clip live in
 * {@link PlasticityStep}.
 */
public interface PlasticityRule {

    /** Registry id, e.g. {@code "bcm"}, {@code "nm-bcm"}, {@code "retro-oja"} (see {@link Rules}). */
    String name();

    /** False only for the non-plastic baseline {@code none} (α ≡ 0, H never updated). */
    default boolean isPlastic() {
        return true;
    }

    /** How Δ is applied to H; {@link Modulation#NONE} for the base rules. */
    default Modulation modulation() {
        return Modulation.NONE;
    }

    /** Names of the rule's own learnable constants in codec order (e.g. A, B, C, D); empty for most rules. */
    default List<String> ruleParameterNames() {
        return List.of();
    }

    /** Initial values of the rule's learnable constants (same order as {@link #ruleParameterNames()}). */
    default double[] initialRuleParameters() {
        return new double[ruleParameterNames().size()];
    }

    /** True when the rule keeps a sliding per-post threshold θ (BCM). */
    default boolean usesThreshold() {
        return false;
    }

    /**
     * Writes the per-post coefficients of {@code Δ_ji = a_i x_j + c_i − b_i H_ji} for posts {@code 0..n-1}.
     *
     * @param eta        learning rate η ∈ (0, 1)
     * @param ruleParams the rule's learnable constants ({@link #ruleParameterNames()})
     * @param y          post-synaptic traces y_i ∈ [0, 1]
     * @param theta      sliding thresholds θ_i (only read by rules that {@link #usesThreshold()})
     */
    void coefficients(double eta, double[] ruleParams, double[] y, double[] theta, int n,
                      double[] a, double[] b, double[] c);
}
