package org.propamine.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.propamine.cli.CliRun;

class BenchControllerCommandTest {

    @Test
    void jsonHasCostRatioAndParameterCounts() throws Exception {
        CliRun r = CliRun.of("bench", "controller", "--json", "--steps", "100", "--env-steps", "50", "--runs", "1", "--loop-steps", "300");
        assertEquals(0, r.exitCode(), r.toString());
        JsonNode j = new ObjectMapper().readTree(r.out());
        for (String prefix : new String[] {"", "synthetic_"}) {
            double c = j.get(prefix + "controller_us_per_step").asDouble(), e = j.get(prefix + "env_us_per_step").asDouble();
            assertTrue(c > 0 && e > 0, r.out());
            assertEquals(c / e, j.get(prefix + "ratio").asDouble(), 1e-3 * (c / e) + 1e-4);
        }
        assertEquals(j.get("params").asInt(), j.get("preset_params").get("ant-snn").asInt());
        assertTrue(j.get("preset_params").has("ant-snn-static"), r.out());
        // the static twin has no plasticity coefficients: fewer parameters than the plastic preset
        assertTrue(j.get("preset_params").get("ant-snn-static").asInt() < j.get("params").asInt());
    }

    @Test
    void theClosedLoopDrivesTheEnvThePresetFits() throws Exception {
        CliRun r = CliRun.of("bench", "controller", "--json", "--preset", "hexapod-snn", "--steps", "50", "--env-steps", "50",
                "--runs", "1", "--loop-steps", "100");
        assertEquals(0, r.exitCode(), r.toString());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals("Hexapod-v1", j.get("loop_env").asText(), r.out());
        assertTrue(j.get("ratio").asDouble() > 0, r.out());
        assertEquals("Ant-v1", new ObjectMapper().readTree(CliRun.of("bench", "controller", "--json", "--steps", "50",
                "--env-steps", "50", "--runs", "1", "--loop-steps", "50").out()).get("loop_env").asText());
    }

    @Test
    void presetNamesComeFromTheAssets() throws Exception {
        List<String> names = BenchControllerCommand.presetNames();
        assertTrue(names.containsAll(List.of("ant-snn", "ant-snn-static")), names.toString());
    }
}
