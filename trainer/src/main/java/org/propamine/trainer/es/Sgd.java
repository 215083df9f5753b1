package org.propamine.trainer.es;

/**
 * Gradient ascent with heavy-ball momentum (OpenAI-ES's {@code SGD}): {@code u ← μ u + (1−μ) g},
 * {@code θ ← θ + lr·u}. With μ = 0 this is the plain step {@code θ ← θ + lr·g}.
 *
 * @param momentum μ in [0, 1) (default 0.9)
 */
public record Sgd(double momentum) implements Optimizer {
    public Sgd {
        if (!(momentum >= 0 && momentum < 1)) throw new IllegalArgumentException("sgd.momentum must be in [0, 1), got " + momentum);
    }

    public static Sgd defaults() {
        return new Sgd(0.9);
    }

    @Override
    public OptimizerState init(int dim) {
        return OptimizerState.zeros(dim, false);
    }

    @Override
    public OptimizerState update(OptimizerState state, double[] params, double[] gradient, double learningRate, double[] dest) {
        double[] u = new double[gradient.length];
        for (int i = 0; i < u.length; i++) {
            u[i] = momentum * state.first()[i] + (1 - momentum) * gradient[i];
            dest[i] = params[i] + learningRate * u[i];
        }
        return new OptimizerState(state.step() + 1, u, state.second());
    }
}
