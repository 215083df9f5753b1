package org.propamine.envs.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A tiny benchmark run: the record is filled consistently (no timing assertions: the machine is shared). */
class EnvBenchmarkTest {

    @Test
    void smallRunReportsPositiveRatesAndThePresetSettings() {
        EnvBenchmarkConfig c = EnvBenchmarkConfig.defaults().withAnchorPreset().withSize(20, 3, 50, 2);
        EnvBenchmarkResult r = EnvBenchmark.run(c);
        assertTrue(r.envStepsPerS1Thread() > 0 && Double.isFinite(r.envStepsPerS1Thread()));
        assertTrue(r.envStepsPerSAllThreads() > 0 && Double.isFinite(r.envStepsPerSAllThreads()));
        assertEquals(2, r.threads());
        assertEquals("anchor", r.preset());
        assertEquals(1.0 / 240, r.physicsDt(), 1e-15);
        assertEquals(10, r.iterations());
        String json = r.toJson();
        for (String key : new String[] {"env_steps_per_s_1thread", "env_steps_per_s_all_threads", "threads", "preset", "physics_dt", "iterations"}) {
            assertTrue(json.contains("\"" + key + "\":"), json);
        }
    }

    @Test
    void badSizesAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EnvBenchmarkConfig.defaults().withSize(0, 0, 10, 1));
        assertTrue(e.getMessage().startsWith("bench.runs = 0"), e.getMessage());
    }
}
