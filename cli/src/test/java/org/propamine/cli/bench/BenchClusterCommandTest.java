package org.propamine.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.propamine.cli.CliRun;

class BenchClusterCommandTest {

    @Test
    void jsonReportComparesTwoMembersWithLocalThreads() throws Exception {
        // a real 'propamine worker' JVM joins this JVM's member over loopback
        CliRun r = CliRun.of("bench", "cluster", "--json", "--set", "env.max_steps=10", "--set", "trainer.population=4",
                "--generations", "1", "--warmup", "0");
        assertEquals(0, r.exitCode(), r.toString());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals(2, j.get("local").get("threads").asInt());
        assertEquals(2, j.get("cluster").get("threads").asInt(), "1 thread here + 1 in the worker JVM");
        assertEquals(4, j.get("cluster").get("episodes").asInt());
        // same config, same seeds: the same episodes, hence the same env steps, in both modes
        assertEquals(j.get("local").get("envSteps").asInt(), j.get("cluster").get("envSteps").asInt());
        assertTrue(Double.isFinite(j.get("overhead").asDouble()));
    }
}
