package org.propamine.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.propamine.cli.CliRun;

class BenchEnvCommandTest {

    @Test
    void jsonHasTheRequiredKeys() throws Exception {
        CliRun r = CliRun.of("bench", "env", "--json", "--runs", "1", "--steps", "50", "--warmup", "0", "--threads", "2");
        assertEquals(0, r.exitCode(), r.toString());
        JsonNode j = new ObjectMapper().readTree(r.out());
        for (String key : new String[] {"env_steps_per_s_1thread", "env_steps_per_s_all_threads", "threads", "preset",
            "physics_dt", "iterations"}) {
            assertTrue(j.has(key), key + " in " + r.out());
        }
        assertEquals(2, j.get("threads").asInt());
        assertEquals("default", j.get("preset").asText());
        assertTrue(j.get("env_steps_per_s_1thread").asDouble() > 0);
        assertTrue(j.get("physics_dt").asDouble() > 0 && j.get("physics_dt").asDouble() <= 0.05);
    }

    @Test
    void anchorPresetUsesTheAnchorPhysics() throws Exception {
        CliRun r = CliRun.of("bench", "env", "--json", "--preset", "anchor", "--runs", "1", "--steps", "20",
                "--warmup", "0", "--threads", "1");
        assertEquals(0, r.exitCode(), r.toString());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals("anchor", j.get("preset").asText());
        assertEquals(1.0 / 240, j.get("physics_dt").asDouble(), 1e-9);
        assertEquals(10, j.get("iterations").asInt());
    }

    @Test
    void badValuesAreNamed() {
        CliRun preset = CliRun.of("bench", "env", "--preset", "fast");
        assertEquals(2, preset.exitCode(), preset.toString());
        assertEquals(1, preset.errLines().size(), preset.toString());
        assertTrue(preset.err().contains("--preset") && preset.err().contains("fast"), preset.toString());
        CliRun robot = CliRun.of("bench", "env", "--robot", "no_such_robot.urdf", "--runs", "1", "--steps", "1");
        assertEquals(1, robot.exitCode(), robot.toString());
        assertEquals(1, robot.errLines().size(), robot.toString());
        assertTrue(robot.err().contains("no_such_robot.urdf"), robot.toString());
    }
}
