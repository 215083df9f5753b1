package org.propamine.envs.wrappers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.propamine.envs.Env;
import org.propamine.envs.StepResult;
import org.propamine.envs.Wrappers;
import org.propamine.envs.gait.ScriptedGait;
import org.propamine.envs.locomotion.LocomotionEnv;

/** Damage at t = 5 s changes nothing before 5 s and only the damaged leg's actuation after. */
class LegDamageTest {
    private static final int STEPS = 200, DAMAGE_STEP = 100; // 5 s at 0.05 s per step

    /** Joint angles [step][hinge] under the scripted gait, plus the state hash per step in column 8. */
    static double[][] run(Env env) {
        LocomotionEnv base = Wrappers.require(env, LocomotionEnv.class);
        ScriptedGait gait = ScriptedGait.of(base.world().description());
        double[] a = new double[8];
        double[][] out = new double[STEPS][9];
        StepResult r = env.reset(1);
        for (int t = 0; t < STEPS; t++) {
            gait.act(t * env.dt(), a);
            r = env.step(a);
            System.arraycopy(base.state().jointPositions, 0, out[t], 0, 8);
            out[t][8] = base.world().stateHash();
            if (env instanceof LegDamage) assertEquals(t >= DAMAGE_STEP ? 1 : 0, r.info().get(LegDamage.ACTIVE), "step " + t);
        }
        return out;
    }

    static double range(double[][] q, int hinge, int from, int to) {
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (int t = from; t < to; t++) {
            lo = Math.min(lo, q[t][hinge]);
            hi = Math.max(hi, q[t][hinge]);
        }
        return hi - lo;
    }

    @Test
    void lockAtFiveSecondsFreezesOnlyTheDamagedLeg() {
        double[][] nominal, damaged;
        try (Env env = Trajectories.ant()) {
            nominal = run(env);
        }
        try (Env env = new LegDamage(Trajectories.ant(), LegDamageMode.LOCK, 1, 5.0)) {
            damaged = run(env);
        }
        for (int t = 0; t < DAMAGE_STEP; t++) assertArrayEquals(nominal[t], damaged[t], "identical before 5 s (step " + t + ")");
        // leg 1 = hinges 2, 3 (hip_2, ankle_2): held within 0.1 rad after 5 s (the lock is a stiff motor, so the
        // loaded ankle gives a few degrees), while the gait swings them through > 0.3 rad
        for (int h : new int[] {2, 3}) {
            double driven = range(nominal, h, DAMAGE_STEP + 5, STEPS), locked = range(damaged, h, DAMAGE_STEP + 5, STEPS);
            assertTrue(driven > 0.3, "nominal hinge " + h + " swings " + driven);
            assertTrue(locked < 0.1 && locked < 0.2 * driven, "locked hinge " + h + " range " + locked + " vs driven " + driven);
        }
        for (int h : new int[] {0, 1, 4, 5, 6, 7}) {
            assertTrue(range(damaged, h, DAMAGE_STEP + 5, STEPS) > 0.3, "healthy hinge " + h + " still swings: " + range(damaged, h, DAMAGE_STEP + 5, STEPS));
        }
    }

    @Test
    void disableAtFiveSecondsMakesOnlyTheDamagedLegStopFollowingItsCtrl() {
        double[][] nominal, damaged;
        try (Env env = Trajectories.ant()) {
            nominal = run(env);
        }
        try (Env env = new LegDamage(Trajectories.ant(), LegDamageMode.DISABLE, 1, 5.0)) {
            damaged = run(env);
        }
        for (int t = 0; t < DAMAGE_STEP; t++) assertArrayEquals(nominal[t], damaged[t], "identical before 5 s (step " + t + ")");
        // the disabled hip no longer sweeps between its limits (±30°, a 1.05 rad range under the gait)
        double limp = range(damaged, 2, DAMAGE_STEP + 20, STEPS), driven = range(nominal, 2, DAMAGE_STEP + 20, STEPS);
        assertTrue(limp < 0.5 * driven, "disabled hip_2 range " + limp + " vs driven " + driven);
        for (int h : new int[] {0, 4, 6}) {
            assertTrue(range(damaged, h, DAMAGE_STEP + 20, STEPS) > 0.7 * range(nominal, h, DAMAGE_STEP + 20, STEPS), "healthy hip " + h);
        }
    }

    @Test
    void everyEpisodeStartsWithTheLegRepaired() {
        try (Env env = new LegDamage(Trajectories.ant(), LegDamageMode.LOCK, 1, 5.0)) {
            double[][] first = run(env), second = run(env);
            for (int t = 0; t < STEPS; t++) assertArrayEquals(first[t], second[t], "episode 2 step " + t);
        }
    }

    @Test
    void damageFromTheStartIsActiveAtReset() {
        try (Env env = new LegDamage(Trajectories.ant(), LegDamageMode.DISABLE, 0, 0)) {
            assertEquals(1, env.reset(1).info().get(LegDamage.ACTIVE));
            assertEquals(0, env.reset(1).info().get(LegDamage.LEG));
        }
    }

    @Test
    void badArgumentsAreRefusedWithTheField() {
        try (Env env = Trajectories.ant()) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new LegDamage(env, LegDamageMode.LOCK, 4, 0));
            assertTrue(e.getMessage().startsWith("leg = 4, expected 0..3"), e.getMessage());
            e = assertThrows(IllegalArgumentException.class, () -> new LegDamage(env, LegDamageMode.SHORTEN, 0, 0));
            assertTrue(e.getMessage().contains("SHORTEN"), e.getMessage());
            e = assertThrows(IllegalArgumentException.class, () -> new LegDamage(env, LegDamageMode.LOCK, 0, -1));
            assertTrue(e.getMessage().startsWith("LegDamage.at = -1.0"), e.getMessage());
        }
    }
}
