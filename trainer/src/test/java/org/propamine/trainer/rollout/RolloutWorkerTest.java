package org.propamine.trainer.rollout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;
import org.propamine.envs.pointmass.PointMassEnv;
import org.propamine.trainer.LinearPolicy;

class RolloutWorkerTest {

    @Test
    void episodeLoopAllocatesNothingPerStep() {
        com.sun.management.ThreadMXBean bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        RolloutWorker w = new RolloutWorker(new PointMassEnv(), new LinearPolicy(6, 2));
        java.util.Arrays.fill(w.params, 0.1);
        w.loadParameters();
        double[] mean = new double[6];
        double[] invStd = new double[6];
        double[] sum = new double[6];
        double[] sumSq = new double[6];
        for (int i = 0; i < 200; i++) w.run(i, 1000, mean, invStd, sum, sumSq); // warm up the JIT
        long tid = Thread.currentThread().getId();
        long before = bean.getThreadAllocatedBytes(tid);
        w.run(1, 100, mean, invStd, sum, sumSq);
        long shortEpisode = bean.getThreadAllocatedBytes(tid) - before;
        before = bean.getThreadAllocatedBytes(tid);
        w.run(1, 20_000, mean, invStd, sum, sumSq);
        long longEpisode = bean.getThreadAllocatedBytes(tid) - before;
        assertEquals(20_000, w.steps);
        assertEquals(20_001, w.observed);
        // 19,900 more steps: even 8 bytes per step would be ~160 kB; allow a few objects of noise
        assertTrue(longEpisode - shortEpisode < 2_000, "allocated " + shortEpisode + " vs " + longEpisode + " bytes");
    }
}
