package org.propamine.trainer.bptt;

import org.propamine.plasticity.Abcd;
import org.propamine.plasticity.Bcm;
import org.propamine.plasticity.Hebbian;
import org.propamine.plasticity.Neuromodulated;
import org.propamine.plasticity.Oja;
import org.propamine.plasticity.PlasticityRule;
import org.propamine.plasticity.Retroactive;

/**
 * Derivatives of a rule's per-post coefficients {@code (a_i, b_i, c_i)} of {@code Δ_ji = a_i x_j + c_i − b_i H_ji}
 * (the plasticity module's rule form) with respect to the post trace y_i, the BCM threshold θ_i, the rate η
 * and the rule constants:
 *
 * <ul>
 *   <li>Hebbian: a = η y, b = η, c = 0</li>
 *   <li>Oja: a = η y, b = η y², c = 0</li>
 *   <li>BCM: a = η y (y − θ), b = c = 0</li>
 *   <li>ABCD: a = η (A y + B), b = 0, c = η (C y + D)</li>
 * </ul>
 *
 * The forward values themselves always come from the plasticity module's {@code coefficients}; only the
 * derivatives live here. Rules outside these families are refused with a one-line error.
 */
enum CoefficientJacobian {
    HEBBIAN, OJA, BCM, ABCD;

    /** The Jacobian of {@code rule}'s base family (decorators are looked through). */
    static CoefficientJacobian of(PlasticityRule rule) {
        PlasticityRule base = rule;
        if (rule instanceof Neuromodulated n) base = n.base();
        if (rule instanceof Retroactive r) base = r.base();
        if (base instanceof Hebbian) return HEBBIAN;
        if (base instanceof Oja) return OJA;
        if (base instanceof Bcm) return BCM;
        if (base instanceof Abcd) return ABCD;
        throw new IllegalArgumentException("BPTT: no derivative for plasticity rule '" + rule.name() + "'");
    }

    /**
     * Chains the adjoints {@code ga, gb, gc} of one post neuron's coefficients into {@code gy} (returned),
     * {@code grads[0]} += dL/dθ_i, {@code grads[1]} += dL/dη and {@code ruleGrad[ro..]} += dL/d(rule constants).
     */
    double chain(double ga, double gb, double gc, double y, double theta, double eta, double[] ruleParams,
                 double[] grads, double[] ruleGrad, int ro) {
        switch (this) {
            case HEBBIAN -> {
                grads[1] += ga * y + gb;
                return ga * eta;
            }
            case OJA -> {
                grads[1] += ga * y + gb * y * y;
                return ga * eta + gb * 2 * eta * y;
            }
            case BCM -> {
                grads[0] += -ga * eta * y;
                grads[1] += ga * y * (y - theta);
                return ga * eta * (2 * y - theta);
            }
            default -> {
                double a = ruleParams[0], b = ruleParams[1], c = ruleParams[2], d = ruleParams[3];
                grads[1] += ga * (a * y + b) + gc * (c * y + d);
                ruleGrad[ro] += ga * eta * y;
                ruleGrad[ro + 1] += ga * eta;
                ruleGrad[ro + 2] += gc * eta * y;
                ruleGrad[ro + 3] += gc * eta;
                return ga * eta * a + gc * eta * c;
            }
        }
    }
}
