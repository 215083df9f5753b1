package org.propamine.trainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EsBenchmarkTest {

    @Test
    void reportsCountsAndATimeSplit() {
        EsBenchmark.Report r = EsBenchmark.run(PointMassSetup.config(1), PointMassSetup.ENVS, PointMassSetup.POLICIES, 2, 1, 3);
        for (EsBenchmark.Result x : new EsBenchmark.Result[] {r.single(), r.multi()}) {
            assertEquals(3L * 32 * 2, x.episodes()); // 3 generations × 32 candidates × 2 episodes
            assertEquals(3L * 32 * 2 * 100, x.envSteps());
            assertTrue(x.strategyFraction() > 0 && x.strategyFraction() < 1, "fraction " + x.strategyFraction());
        }
        assertEquals(1, r.single().threads());
        assertEquals(2, r.multi().threads());
        assertTrue(r.speedup() > 0 && Double.isFinite(r.speedup()));
        assertTrue(r.toJson().startsWith("{\"single\": {\"threads\": 1, \"generations\": 3, \"episodes\": 192"), r.toJson());
        System.out.println(r.describe());
    }
}
