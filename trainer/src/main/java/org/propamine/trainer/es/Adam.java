package org.propamine.trainer.es;

/**
 * Adam (Kingma &amp; Ba 2015) as used by OpenAI-ES: with t the step after increment,
 * {@code m ← β1 m + (1−β1) g}, {@code v ← β2 v + (1−β2) g²},
 * {@code a = lr·√(1−β2^t)/(1−β1^t)}, {@code θ ← θ + a·m/(√v + ε)} (ascent).
 *
 * @param beta1 first-moment decay in [0, 1) (default 0.9)
 * @param beta2 second-moment decay in [0, 1) (default 0.999)
 * @param epsilon denominator guard (> 0, default 1e-8)
 */
public record Adam(double beta1, double beta2, double epsilon) implements Optimizer {
    public Adam {
        if (!(beta1 >= 0 && beta1 < 1)) throw new IllegalArgumentException("adam.beta1 must be in [0, 1), got " + beta1);
        if (!(beta2 >= 0 && beta2 < 1)) throw new IllegalArgumentException("adam.beta2 must be in [0, 1), got " + beta2);
        if (!(epsilon > 0)) throw new IllegalArgumentException("adam.epsilon must be > 0, got " + epsilon);
    }

    public static Adam defaults() {
        return new Adam(0.9, 0.999, 1e-8);
    }

    @Override
    public OptimizerState init(int dim) {
        return OptimizerState.zeros(dim, true);
    }

    @Override
    public OptimizerState update(OptimizerState state, double[] params, double[] gradient, double learningRate, double[] dest) {
        int n = gradient.length;
        long t = state.step() + 1;
        double[] m = new double[n];
        double[] v = new double[n];
        double a = learningRate * Math.sqrt(1 - Math.pow(beta2, t)) / (1 - Math.pow(beta1, t));
        for (int i = 0; i < n; i++) {
            double g = gradient[i];
            m[i] = beta1 * state.first()[i] + (1 - beta1) * g;
            v[i] = beta2 * state.second()[i] + (1 - beta2) * g * g;
            dest[i] = params[i] + a * m[i] / (Math.sqrt(v[i]) + epsilon);
        }
        return new OptimizerState(t, m, v);
    }
}
