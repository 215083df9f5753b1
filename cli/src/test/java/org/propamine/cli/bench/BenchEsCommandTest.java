package org.propamine.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.propamine.cli.CliRun;

class BenchEsCommandTest {

    @Test
    void jsonReportHasBothMeasurements() throws Exception {
        CliRun r = CliRun.of("bench", "es", "--json", "--set", "env.max_steps=10", "--set", "trainer.population=4",
                "--generations", "1", "--warmup", "0", "--threads", "2");
        assertEquals(0, r.exitCode(), r.toString());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals(1, j.get("single").get("threads").asInt());
        assertEquals(2, j.get("multi").get("threads").asInt());
        // 4 episodes of at most 10 steps per generation
        assertEquals(4, j.get("single").get("episodes").asInt());
        assertTrue(j.get("single").get("envSteps").asInt() <= 40);
        double f = j.get("multi").get("strategyFraction").asDouble();
        assertTrue(f > 0 && f < 1, "fraction " + f);
        assertTrue(j.get("speedup").asDouble() > 0);
    }

    @Test
    void badOverrideIsOneLine() {
        CliRun r = CliRun.of("bench", "es", "--set", "trainer.population=odd");
        assertEquals(1, r.exitCode(), r.toString());
        assertEquals("propamine: error: --set trainer.population=odd: field trainer.population: got 'odd', expected an integer",
                r.err().strip());
    }
}
