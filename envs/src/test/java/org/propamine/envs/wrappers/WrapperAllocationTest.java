package org.propamine.envs.wrappers;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;
import org.propamine.envs.Env;
import org.propamine.envs.pointmass.PointMassEnv;

/** The per-step path of the physics-free wrappers allocates nothing (thread allocation counter). */
class WrapperAllocationTest {

    @Test
    void wrapperStackStepsWithoutAllocating() {
        Env env = new TimeLimit(new ObservationNoise(new ActionDelay(new ActionNoise(new PointMassEnv(), 0.1), 2), 0.05), 100_000);
        double[] a = {0.2, -0.3};
        env.reset(1);
        for (int t = 0; t < 5_000; t++) env.step(a); // warm up (JIT, info slots)
        com.sun.management.ThreadMXBean bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long tid = Thread.currentThread().getId();
        long before = bean.getThreadAllocatedBytes(tid);
        for (int t = 0; t < 1_000; t++) env.step(a);
        long after = bean.getThreadAllocatedBytes(tid);
        // any per-step allocation would be ≥ 16 bytes × 1,000 steps; allow a few bytes of one-off JIT/OSR noise
        assertTrue(after - before < 1_000, (after - before) + " bytes allocated by 1,000 wrapped steps");
    }
}
