package org.propamine.trainer.rollout;

import org.propamine.envs.Box;
import org.propamine.envs.Env;
import org.propamine.envs.StepResult;

/**
 * A fake env for rollout tests: observation is always (1), reward = action, {@code info["distance"]} = sum of
 * actions; an action above 0.9 "blows up the physics" (reward NaN, {@code physics_diverged} = 1, terminated).
 */
final class ScriptedEnv implements Env {
    private final StepResult result = new StepResult(1);
    private double distance;

    @Override
    public Box observationSpace() {
        return Box.uniform(-10, 10, 1);
    }

    @Override
    public Box actionSpace() {
        return Box.uniform(-1, 1, 1);
    }

    @Override
    public StepResult reset(long seed) {
        distance = 0;
        result.observation()[0] = 1;
        result.reward(0).terminated(false).truncated(false).info().clear();
        result.info().put("distance", 0).put("physics_diverged", 0);
        return result;
    }

    @Override
    public StepResult step(double[] action) {
        double a = action[0];
        boolean blowUp = a > 0.9;
        distance += a;
        result.reward(blowUp ? Double.NaN : a).terminated(blowUp);
        result.info().put("distance", distance).put("physics_diverged", blowUp ? 1 : 0);
        return result;
    }

    @Override
    public double dt() {
        return 0.05;
    }
}
