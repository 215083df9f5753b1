package org.propamine.envs.pointmass;

import java.util.SplittableRandom;
import org.propamine.envs.Actions;
import org.propamine.envs.Box;
import org.propamine.envs.Env;
import org.propamine.envs.StepResult;

/**
 * A physics-free 2-D point mass that must move to a goal (Brax {@code fast.py}, Gymnasium
 * {@code GenericTestEnv}): the test env for wrappers and trainers.
 *
 * <p>Dynamics with control step {@code dt} = 0.05 s and unit mass: {@code v ← 0.9 v + dt·a},
 * {@code p ← p + dt·v}, action {@code a ∈ [−1, 1]²} (force, N). Observation (6): position, velocity,
 * goal, all in [−10, 10]. Start p = 0, v = 0, goal uniform on the circle of radius 1 (seeded).
 * Reward = previous distance to goal − new distance (m); {@code info["distance"]} = distance
 * travelled towards the goal so far. Never terminates; wrap in {@code TimeLimit}.
 */
public final class PointMassEnv implements Env {
    private static final Box OBSERVATION = Box.uniform(-10, 10, 6);
    private static final Box ACTION = Box.uniform(-1, 1, 2);
    private static final double DT = 0.05;

    private final StepResult result = new StepResult(6);
    private final double[] action = new double[2];
    private double px, py, vx, vy, gx, gy, startDistance;

    @Override
    public Box observationSpace() {
        return OBSERVATION;
    }

    @Override
    public Box actionSpace() {
        return ACTION;
    }

    @Override
    public double dt() {
        return DT;
    }

    @Override
    public StepResult reset(long seed) {
        double angle = new SplittableRandom(seed).nextDouble() * 2 * Math.PI;
        px = py = vx = vy = 0;
        gx = Math.cos(angle);
        gy = Math.sin(angle);
        startDistance = 1;
        result.reward(0).terminated(false).truncated(false).info().clear();
        result.info().put("distance", 0).put("clipped_actions", 0);
        return observe();
    }

    @Override
    public StepResult step(double[] a) {
        Actions.validate(a, ACTION);
        System.arraycopy(a, 0, action, 0, 2);
        int clipped = ACTION.clip(action);
        double before = Math.hypot(gx - px, gy - py);
        vx = 0.9 * vx + DT * action[0];
        vy = 0.9 * vy + DT * action[1];
        px = Math.max(-10, Math.min(10, px + DT * vx));
        py = Math.max(-10, Math.min(10, py + DT * vy));
        double after = Math.hypot(gx - px, gy - py);
        result.reward(before - after).terminated(false).truncated(false);
        result.info().put("distance", startDistance - after).put("clipped_actions", clipped);
        return observe();
    }

    private StepResult observe() {
        double[] o = result.observation();
        o[0] = px;
        o[1] = py;
        o[2] = Math.max(-10, Math.min(10, vx));
        o[3] = Math.max(-10, Math.min(10, vy));
        o[4] = gx;
        o[5] = gy;
        return result;
    }

    @Override
    public String toString() {
        return "PointMass-v0";
    }
}
