package org.propamine.sim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.propamine.sim.bullet.JBulletWorld;

/** The per-step path (step + readState + linkPose) allocates (almost) nothing once warmed up. */
class AllocationTest {

    @Test
    void stepAllocatesLessThan64BytesPerEnvStep() {
        com.sun.management.ThreadMXBean bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        try (JBulletWorld w = SimTestSupport.ant()) {
            w.reset(2);
            SplittableRandom rng = new SplittableRandom(3);
            double[] ctrl = new double[w.actuatorCount()], pose = new double[7];
            RobotState s = w.newState();
            Runnable step = () -> {
                for (int a = 0; a < ctrl.length; a++) ctrl[a] = rng.nextDouble(-1, 1);
                w.step(ctrl);
                w.readState(s);
                for (int l = 0; l < w.linkCount(); l++) w.linkPose(l, pose);
            };
            for (int i = 0; i < 2000; i++) step.run(); // warm-up: JIT, jBullet's pools and arrays grow to size
            long tid = Thread.currentThread().getId();
            long before = bean.getThreadAllocatedBytes(tid);
            for (int i = 0; i < 1000; i++) step.run();
            long perStep = (bean.getThreadAllocatedBytes(tid) - before) / 1000;
            System.out.println("allocated bytes per env step: " + perStep);
            assertTrue(perStep < 64, perStep + " bytes per env step");
        }
    }
}
