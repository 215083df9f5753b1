package org.propamine.plasticity;

import java.util.List;

/**
 * Generalised ABCD rule (Najarro &amp; Risi 2020): {@code Δ = η·(A·x_j·y_i + B·x_j + C·y_i + D)}
 * with learnable A, B, C, D shared by the layer (a_i = η(A y_i + B), b_i = 0, c_i = η(C y_i + D)).
 * Initial values A = 1, B = C = D = 0 (plain Hebbian growth).
 */
public final class Abcd implements PlasticityRule {
    private static final List<String> NAMES = List.of("A", "B", "C", "D");

    @Override
    public String name() {
        return "abcd";
    }

    @Override
    public List<String> ruleParameterNames() {
        return NAMES;
    }

    @Override
    public double[] initialRuleParameters() {
        return new double[] {1, 0, 0, 0};
    }

    @Override
    public void coefficients(double eta, double[] p, double[] y, double[] theta, int n,
                             double[] a, double[] b, double[] c) {
        double ea = eta * p[0], eb = eta * p[1], ec = eta * p[2], ed = eta * p[3];
        for (int i = 0; i < n; i++) {
            a[i] = ea * y[i] + eb;
            b[i] = 0;
            c[i] = ec * y[i] + ed;
        }
    }
}
