package org.propamine.plasticity;

import java.util.List;

/** Shared forwarding of a decorated rule's term Δ; subclasses choose the {@link Modulation} and the name prefix. */
abstract class RuleDecorator implements PlasticityRule {
    private final PlasticityRule base;
    private final String name;

    RuleDecorator(PlasticityRule base, String prefix) {
        if (base == null) throw new IllegalArgumentException("decorated rule is null");
        if (!base.isPlastic()) throw new IllegalArgumentException("rule '" + base.name() + "' is not plastic: cannot be modulated");
        if (base.modulation() != Modulation.NONE) {
            throw new IllegalArgumentException("rule '" + base.name() + "' is already modulated");
        }
        this.base = base;
        this.name = prefix + base.name();
    }

    /** The undecorated rule that computes Δ. */
    public PlasticityRule base() {
        return base;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<String> ruleParameterNames() {
        return base.ruleParameterNames();
    }

    @Override
    public double[] initialRuleParameters() {
        return base.initialRuleParameters();
    }

    @Override
    public boolean usesThreshold() {
        return base.usesThreshold();
    }

    @Override
    public void coefficients(double eta, double[] ruleParams, double[] y, double[] theta, int n,
                             double[] a, double[] b, double[] c) {
        base.coefficients(eta, ruleParams, y, theta, n, a, b, c);
    }
}
