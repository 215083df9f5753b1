package org.propamine.envs.locomotion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.propamine.envs.EnvChecker;
import org.propamine.envs.StepResult;
import org.propamine.sim.PhysicsConfig;
import org.propamine.sim.RobotFiles;
import org.propamine.sim.bullet.JBulletWorld;

/** Ant-v1 on real physics: sizes, reward bookkeeping, clipping, NaN rejection, termination, divergence. */
class LocomotionEnvTest {

    static LocomotionEnv ant(LocomotionConfig config) {
        return new LocomotionEnv("Ant-v1", JBulletWorld.create(RobotFiles.load("ant"), PhysicsConfig.defaults()), config);
    }

    @Test
    void antHas28ObservationsAnd8ActionsInMinusOneOne() {
        try (LocomotionEnv env = ant(LocomotionConfig.defaults())) {
            assertEquals(28, env.observationSpace().size()); // 8 + 2·8 joints + 4 feet
            assertEquals(8, env.actionSpace().size());
            for (int a = 0; a < 8; a++) {
                assertEquals(-1, env.actionSpace().low(a));
                assertEquals(1, env.actionSpace().high(a));
            }
            assertEquals(0.05, env.dt(), 1e-12);
        }
    }

    @Test
    void rewardIsTheSumOfItsLoggedTermsAndDistanceIsTheIntegralOfSpeed() {
        try (LocomotionEnv env = ant(LocomotionConfig.defaults())) {
            StepResult r = env.reset(5);
            double x0 = env.state().basePosition[0], integral = 0;
            SplittableRandom rng = new SplittableRandom(5);
            double[] a = new double[8];
            for (int t = 0; t < 100 && !r.done(); t++) {
                env.actionSpace().sample(rng, a);
                r = env.step(a);
                var i = r.info();
                double sum = i.get(RewardTerms.FORWARD) + i.get(RewardTerms.ALIVE) - i.get(RewardTerms.CTRL) - i.get(RewardTerms.CONTACT);
                assertEquals(sum, r.reward(), 1e-12);
                integral += i.get(LocomotionEnv.X_VELOCITY) * env.dt();
                assertEquals(env.state().basePosition[0] - x0, i.get(LocomotionEnv.DISTANCE), 1e-12);
                assertEquals(integral, i.get(LocomotionEnv.DISTANCE), 1e-9);
            }
        }
    }

    @Test
    void controlCostAndClippingByHand() {
        try (LocomotionEnv env = ant(LocomotionConfig.defaults())) {
            env.reset(1);
            double[] a = {0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 2.0};
            StepResult r = env.step(a);
            // the 2.0 is clipped to 1: 0.1 · ½ · (7·0.25 + 1) = 0.1375
            assertEquals(0.1375, r.info().get(RewardTerms.CTRL), 1e-12);
            assertEquals(1, r.info().get(LocomotionEnv.CLIPPED));
            assertEquals(2.0, a[7], "the caller's action is not modified");
            assertEquals(0.5, r.info().get(RewardTerms.ALIVE));
        }
    }

    @Test
    void nanActionIsRejectedAndLeavesTheWorldUntouched() {
        try (LocomotionEnv env = ant(LocomotionConfig.defaults())) {
            env.reset(2);
            env.step(new double[8]);
            long hash = env.world().stateHash();
            double[] bad = new double[8];
            bad[3] = Double.NaN;
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> env.step(bad));
            assertEquals("action[3] is NaN, expected a finite number", e.getMessage());
            assertEquals(hash, env.world().stateHash());
        }
    }

    @Test
    void leavingTheHealthyHeightTerminatesWithoutAliveBonus() {
        // healthy band [0.2, 0.3] m: the torso starts at 0.75 ± 0.1 m, so the first step is unhealthy
        try (LocomotionEnv env = ant(LocomotionConfig.defaults().withHealthyZ(0.2, 0.3))) {
            env.reset(1);
            StepResult r = env.step(new double[8]);
            assertTrue(r.terminated());
            assertFalse(r.truncated());
            assertEquals(0, r.info().get(RewardTerms.ALIVE));
        }
    }

    @Test
    void divergenceTerminatesWithAFlagAndAFiniteObservation() {
        var world = new DivergingWorld(JBulletWorld.create(RobotFiles.load("ant"), PhysicsConfig.defaults()), 3);
        try (LocomotionEnv env = new LocomotionEnv("Ant-v1", world, LocomotionConfig.defaults())) {
            env.reset(1);
            StepResult r = env.step(new double[8]);
            r = env.step(new double[8]);
            assertFalse(r.terminated());
            double distanceBefore = r.info().get(LocomotionEnv.DISTANCE);
            r = env.step(new double[8]);
            assertTrue(r.terminated());
            assertEquals(1, r.info().get(LocomotionEnv.DIVERGED));
            assertEquals(distanceBefore, r.info().get(LocomotionEnv.DISTANCE), "distance keeps its last finite value");
            assertTrue(Arrays.stream(r.observation()).allMatch(Double::isFinite));
            assertTrue(Double.isFinite(r.reward()));
            assertTrue(env.observationSpace().contains(r.observation()));
        }
    }

    /** Observations and rewards of a seeded random 200-step rollout, bit for bit. */
    static double[] rollout(long seed) {
        try (LocomotionEnv env = ant(LocomotionConfig.defaults())) {
            SplittableRandom rng = new SplittableRandom(seed);
            double[] a = new double[8], out = new double[200 * 29];
            env.reset(seed);
            for (int t = 0; t < 200; t++) {
                env.actionSpace().sample(rng, a);
                StepResult r = env.step(a);
                System.arraycopy(r.observation(), 0, out, t * 29, 28);
                out[t * 29 + 28] = r.reward();
            }
            return out;
        }
    }

    @Test
    void twoEnvsSteppedInParallelThreadsMatchASingleThreadRunBitForBit() throws Exception {
        double[] reference = rollout(17);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var a = pool.submit(() -> rollout(17));
            var b = pool.submit(() -> rollout(17));
            org.junit.jupiter.api.Assertions.assertArrayEquals(reference, a.get());
            org.junit.jupiter.api.Assertions.assertArrayEquals(reference, b.get());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void hexapodPassesTheCheckerWith38Observations() {
        try (LocomotionEnv env = new LocomotionEnv("Hexapod-v1", JBulletWorld.create(RobotFiles.load("hexapod"), PhysicsConfig.defaults()), LocomotionConfig.defaults())) {
            assertEquals(8 + 2 * 12 + 6, env.observationSpace().size());
            EnvChecker.check(env, 30, true);
        }
    }
}
