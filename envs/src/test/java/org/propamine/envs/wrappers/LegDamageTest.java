package org.propamine.envs.wrappers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.propamine.envs.Env;
import org.propamine.envs.EnvOptions;
import org.propamine.envs.Envs;
import org.propamine.envs.StepResult;
import org.propamine.envs.Wrappers;
import org.propamine.envs.gait.ScriptedGait;
import org.propamine.envs.locomotion.LocomotionEnv;

/** Damage at t = 5 s changes nothing before 5 s and only the damaged leg after; shortening from the start = the short-leg file. */
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

    /** Capsule length (m) of leg 0's shin in the world as it is now. */
    static double shinLength(Env env) {
        var world = Wrappers.require(env, LocomotionEnv.class).world();
        return world.description().links().get(world.description().linkIndex("shin1")).geoms().get(0).size(1);
    }

    @Test
    void shortenAtFiveSecondsChangesNothingBeforeAndHalvesTheShinAfter() {
        double[][] nominal, damaged;
        try (Env env = Trajectories.ant()) {
            nominal = run(env);
        }
        try (Env env = new LegDamage(Trajectories.ant(), LegDamageMode.SHORTEN, 0, 5.0)) {
            damaged = run(env); // asserts leg_damage = 0 before step 100, 1 from it
            assertEquals(0.2 * Math.sqrt(2), shinLength(env), 1e-15, "shin capsule 0.4·√2 → 0.2·√2 m");
            env.reset(1);
            assertEquals(0.4 * Math.sqrt(2), shinLength(env), 1e-15, "repaired at reset");
        }
        for (int t = 0; t < DAMAGE_STEP; t++) assertArrayEquals(nominal[t], damaged[t], "identical before 5 s (step " + t + ")");
        for (int t = DAMAGE_STEP; t < STEPS; t++) for (double v : damaged[t]) assertTrue(Double.isFinite(v), "finite at step " + t);
        assertTrue(damaged[STEPS - 1][8] != nominal[STEPS - 1][8], "the cut changes the motion");
        // the gait still swings every hinge of the shortened leg
        for (int h = 0; h < 8; h++) assertTrue(range(damaged, h, DAMAGE_STEP + 5, STEPS) > 0.3, "hinge " + h + " swings " + range(damaged, h, DAMAGE_STEP + 5, STEPS));
    }

    @Test
    void shortenFromTheStartIsTheShortLegRobotFileBitForBit() {
        try (Env cut = new LegDamage(Trajectories.ant(), LegDamageMode.SHORTEN, 0, 0);
             Env file = Envs.makeRaw("Ant-v1", EnvOptions.defaults().withRobot("ant_short_leg"))) {
            for (long seed : new long[] {1, 2}) { // the second episode starts from the repaired-then-cut world
                assertArrayEquals(Trajectories.rollout(file, seed, 150), Trajectories.rollout(cut, seed, 150), "seed " + seed);
            }
            assertEquals(1, cut.reset(3).info().get(LegDamage.ACTIVE));
        }
    }

    @Test
    void shortenAnyLegOfTheHexapodMidEpisode() {
        for (int leg : new int[] {0, 4}) {
            try (Env nominal = Envs.makeRaw("Hexapod-v1", EnvOptions.defaults());
                 Env cut = new LegDamage(Envs.makeRaw("Hexapod-v1", EnvOptions.defaults()), LegDamageMode.SHORTEN, leg, 2.0, 0.6)) {
                double[] a = Trajectories.rollout(nominal, 5, 120), b = Trajectories.rollout(cut, 5, 120);
                int n = nominal.observationSpace().size() + 1, cutRow = 40; // 2 s at 0.05 s per step: rows 0..40 identical
                for (int i = 0; i < (cutRow + 1) * n; i++) assertEquals(a[i], b[i], "leg " + leg + " value " + i);
                for (double v : b) assertTrue(Double.isFinite(v), "leg " + leg);
                var world = Wrappers.require(cut, LocomotionEnv.class).world();
                int foot = Wrappers.require(cut, LocomotionEnv.class).legs().feetOf(leg)[0];
                double before = Wrappers.require(nominal, LocomotionEnv.class).world().description().links().get(foot).geoms().get(0).size(1);
                assertEquals(0.6 * before, world.description().links().get(foot).geoms().get(0).size(1), 1e-15);
            }
        }
    }

    @Test
    void shortenedEpisodesRepeatBitForBit() {
        try (Env env = new LegDamage(Trajectories.ant(), LegDamageMode.SHORTEN, 2, 5.0)) {
            double[][] first = run(env), second = run(env);
            for (int t = 0; t < STEPS; t++) assertArrayEquals(first[t], second[t], "episode 2 step " + t);
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
            e = assertThrows(IllegalArgumentException.class, () -> new LegDamage(env, LegDamageMode.SHORTEN, 0, 0, 0));
            assertEquals("LegDamage.length = 0.0, expected 0 < length <= 1", e.getMessage());
            e = assertThrows(IllegalArgumentException.class, () -> new LegDamage(env, LegDamageMode.LOCK, 0, 0, 0.7));
            assertEquals("LegDamage.length = 0.7 with mode LOCK, expected length only with mode SHORTEN", e.getMessage());
            e = assertThrows(IllegalArgumentException.class, () -> new LegDamage(env, LegDamageMode.LOCK, 0, -1));
            assertTrue(e.getMessage().startsWith("LegDamage.at = -1.0"), e.getMessage());
        }
    }
}
