package org.propamine.envs.encoding;

import org.propamine.envs.Box;
import org.propamine.envs.Env;
import org.propamine.envs.StepResult;

/** A fake env whose next observation is set by the test (observation space [−1, 1]^n or as given). */
final class FixedObservationEnv implements Env {
    private final Box space;
    private final StepResult result;
    final double[] next;

    FixedObservationEnv(Box space) {
        this.space = space;
        this.result = new StepResult(space.size());
        this.next = new double[space.size()];
    }

    @Override
    public Box observationSpace() {
        return space;
    }

    @Override
    public Box actionSpace() {
        return Box.uniform(-1, 1, 1);
    }

    @Override
    public StepResult reset(long seed) {
        System.arraycopy(next, 0, result.observation(), 0, next.length);
        return result;
    }

    @Override
    public StepResult step(double[] action) {
        System.arraycopy(next, 0, result.observation(), 0, next.length);
        return result;
    }

    @Override
    public double dt() {
        return 0.05;
    }
}
