package org.propamine.trainer.bptt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemporalExperimentTest {

    @Test
    void quickGridWritesTableJsonAndPlotAndDoesNotDependOnThreads(@TempDir Path dir) throws Exception {
        TemporalExperimentConfig cfg = TemporalExperimentConfig.quick();
        List<TemporalExperiment.Run> two = TemporalExperiment.run(cfg, 2, dir, null);
        assertEquals(cfg.runCount(), two.size());
        List<TemporalExperiment.Run> one = TemporalExperiment.run(cfg, 1, null, null);
        for (int k = 0; k < two.size(); k++) {
            assertEquals(one.get(k).finalMetric(), two.get(k).finalMetric(), 0.0, "run " + k);
        }
        for (TemporalExperiment.Run r : two) {
            assertTrue(Double.isFinite(r.finalMetric()), r.toString());
        }
        String md = Files.readString(dir.resolve("temporal.md"));
        assertTrue(md.contains("| none |") && md.contains("| nm-hebbian |") && md.contains("PatternMemory-v1"), md);
        JsonNode json = new ObjectMapper().readTree(dir.resolve("temporal.json").toFile());
        assertEquals(cfg.runCount(), json.get("runs").size());
        assertEquals(2 * 2 * 2, json.get("summary").size());
        byte[] png = Files.readAllBytes(dir.resolve("temporal.png"));
        assertTrue(png.length > 1000 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G');
        try (var files = Files.list(dir)) {
            assertEquals(3, files.count(), "no temporary files left behind");
        }
    }

    @Test
    void cellsAreMeanAndSampleStandardDeviation() {
        // hand-computed: values 0.2, 0.4, 0.6 -> mean 0.4, sd sqrt(((0.2)^2 + 0 + (0.2)^2)/2) = 0.2
        List<TemporalExperiment.Run> runs = List.of(run(0.2, 1), run(0.4, 2), run(0.6, 3), run(Double.NaN, 4));
        TemporalReport.Cell c = TemporalReport.summarise(runs).get(0);
        assertEquals(0.4, c.mean(), 1e-12);
        assertEquals(0.2, c.sd(), 1e-12);
        assertEquals(3, c.n());
    }

    private static TemporalExperiment.Run run(double metric, long seed) {
        return new TemporalExperiment.Run("PatternMemory-v1", "hebbian", 0, 0, 0, seed, 0.5, metric, metric, 10, 1, null);
    }
}
