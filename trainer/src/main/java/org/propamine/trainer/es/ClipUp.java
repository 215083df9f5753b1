package org.propamine.trainer.es;

/**
 * ClipUp (Toklu, Liskowski &amp; Srivastava, PPSN 2020): momentum on the <em>normalised</em> gradient with a
 * speed limit, so the step size does not depend on the fitness scale:
 * {@code v ← μ v + lr·g/‖g‖}; if {@code ‖v‖ > maxSpeed} then {@code v ← maxSpeed·v/‖v‖};
 * {@code θ ← θ + v}. The paper's rule of thumb is {@code lr = maxSpeed/2}. A zero gradient adds nothing.
 *
 * @param momentum μ in [0, 1) (default 0.9)
 * @param maxSpeed the largest step norm (> 0, parameter units)
 */
public record ClipUp(double momentum, double maxSpeed) implements Optimizer {
    public ClipUp {
        if (!(momentum >= 0 && momentum < 1)) throw new IllegalArgumentException("clipup.momentum must be in [0, 1), got " + momentum);
        if (!(maxSpeed > 0)) throw new IllegalArgumentException("clipup.maxSpeed must be > 0, got " + maxSpeed);
    }

    /** μ = 0.9 and the given speed limit. */
    public static ClipUp withMaxSpeed(double maxSpeed) {
        return new ClipUp(0.9, maxSpeed);
    }

    @Override
    public OptimizerState init(int dim) {
        return OptimizerState.zeros(dim, false);
    }

    @Override
    public OptimizerState update(OptimizerState state, double[] params, double[] gradient, double learningRate, double[] dest) {
        int n = gradient.length;
        double gNorm = Optimizer.norm(gradient);
        double scale = gNorm > 0 ? learningRate / gNorm : 0;
        double[] v = new double[n];
        for (int i = 0; i < n; i++) v[i] = momentum * state.first()[i] + scale * gradient[i];
        double vNorm = Optimizer.norm(v);
        if (vNorm > maxSpeed) {
            double c = maxSpeed / vNorm;
            for (int i = 0; i < n; i++) v[i] *= c;
        }
        for (int i = 0; i < n; i++) dest[i] = params[i] + v[i];
        return new OptimizerState(state.step() + 1, v, state.second());
    }
}
