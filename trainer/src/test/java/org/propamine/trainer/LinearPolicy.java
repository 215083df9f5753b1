package org.propamine.trainer;

import org.propamine.agent.Policy;

/**
 * A tiny test policy: {@code a = tanh(W o + b)} with W (actions × observations) row-major then b; starts at
 * zero. Stateless across steps.
 */
public final class LinearPolicy implements Policy {
    private final int inputs;
    private final int outputs;
    private final double[] params;

    public LinearPolicy(int inputs, int outputs) {
        this.inputs = inputs;
        this.outputs = outputs;
        this.params = new double[outputs * (inputs + 1)];
    }

    @Override
    public int parameterCount() {
        return params.length;
    }

    @Override
    public void setParameters(double[] p) {
        System.arraycopy(p, 0, params, 0, params.length);
    }

    @Override
    public void getParameters(double[] dest) {
        System.arraycopy(params, 0, dest, 0, params.length);
    }

    @Override
    public void reset(long seed) {}

    @Override
    public void act(double[] observation, double[] action) {
        for (int i = 0; i < outputs; i++) {
            double s = params[outputs * inputs + i];
            for (int j = 0; j < inputs; j++) s += params[i * inputs + j] * observation[j];
            action[i] = Math.tanh(s);
        }
    }
}
