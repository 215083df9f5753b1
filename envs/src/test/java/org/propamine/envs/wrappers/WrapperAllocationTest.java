package org.propamine.envs.wrappers;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;
import org.propamine.envs.Env;
import org.propamine.envs.pointmass.PointMassEnv;

/** The per-step path of the wrappers allocates nothing (thread allocation counter). */
class WrapperAllocationTest {

    private static long allocatedBy1000Steps(Env env, double[] a) {
        com.sun.management.ThreadMXBean bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long tid = Thread.currentThread().getId();
        long before = bean.getThreadAllocatedBytes(tid);
        for (int t = 0; t < 1_000; t++) env.step(a);
        return bean.getThreadAllocatedBytes(tid) - before;
    }

    @Test
    void wrapperStackStepsWithoutAllocating() {
        Env env = new TimeLimit(new ObservationNoise(new ActionDelay(new ActionNoise(new PointMassEnv(), 0.1), 2), 0.05), 100_000);
        double[] a = {0.2, -0.3};
        env.reset(1);
        for (int t = 0; t < 5_000; t++) env.step(a); // warm up (JIT, info slots)
        long bytes = allocatedBy1000Steps(env, a);
        // any per-step allocation would be ≥ 16 bytes × 1,000 steps; allow a few bytes of one-off JIT/OSR noise
        assertTrue(bytes < 1_000, bytes + " bytes allocated by 1,000 wrapped steps");
    }

    /** Pushes every step, a leg locked mid-run, weak motors: the physics wrappers' step path allocates nothing. */
    @Test
    void physicsWrapperStackStepsWithoutAllocating() {
        try (Env env = new RandomPush(new LegDamage(new MotorStrength(Trajectories.ant(), 0.7), LegDamageMode.LOCK, 1, 0.5), 0.05, 1)) {
            double[] a = {0.3, -0.2, 0.1, 0.4, -0.3, 0.2, -0.1, 0.5};
            env.reset(2);
            for (int t = 0; t < 3_000; t++) env.step(a); // warm up (JIT, info slots); the leg locks at t = 0.5 s
            long bytes = allocatedBy1000Steps(env, a);
            assertTrue(bytes < 1_000, bytes + " bytes allocated by 1,000 physics-wrapped Ant steps");
        }
    }
}
