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
    void oneTaskRunsOnlyItsHalfOfTheGridAndReportsOnlyIt(@TempDir Path dir) throws Exception {
        TemporalExperimentConfig cfg = TemporalExperimentConfig.quick();
        List<TemporalExperiment.Run> runs = TemporalExperiment.run(cfg, List.of(TemporalExperiment.Task.CUE_REWARD), 1, dir, null);
        assertEquals(cfg.runCount() / 2, runs.size());
        for (TemporalExperiment.Run r : runs) assertEquals("CueReward-v1", r.task());
        String md = Files.readString(dir.resolve("temporal.md"));
        assertTrue(md.contains("## CueReward-v1") && !md.contains("PatternMemory-v1"), md);
    }

    @Test
    void theFullGridEvaluatesCueRewardOnMoreEpisodesAndKeepsThemWithOtherSeeds() {
        TemporalExperimentConfig full = TemporalExperimentConfig.full();
        assertEquals(32, full.evalEpisodes());
        assertEquals(128, full.cueEvalEpisodes());
        assertEquals(128, TemporalExperiment.trainer(TemporalExperiment.Task.CUE_REWARD, full, "none", full.noise().get(0), 1).config().evalEpisodes());
        assertEquals(32, TemporalExperiment.trainer(TemporalExperiment.Task.PATTERN_MEMORY, full, "none", full.noise().get(0), 1).config().evalEpisodes());
        TemporalExperimentConfig one = full.withSeeds(1);
        assertEquals(1, one.seeds());
        assertEquals(128, one.cueEvalEpisodes());
        var e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new TemporalExperimentConfig(
                full.rules(), full.noise(), 1, 8, 1, 1, 4, CuePrior.NEURONS, 1, 2, 1e-2, 4, 0));
        assertEquals("experiment.cueEvalEpisodes is 0, expected >= 1", e.getMessage());
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

    @Test
    void verdictSaysWhichRulesReachTheC1Bar() {
        TemporalExperimentConfig cfg = new TemporalExperimentConfig(List.of("none", "hebbian", "oja"),
                TemporalExperimentConfig.C1_NOISE, 2, 8, 1, 1, 4, 4, 1, 2, 1e-2, 1);
        List<TemporalReport.Cell> cells = List.of(
                cell("none", 0, 0.62, 0.02), cell("none", 2, 0.60, 0.03),
                cell("hebbian", 0, 0.08, 0.01), cell("hebbian", 2, 0.30, 0.05),
                cell("oja", 0, 0.15, 0.01), cell("oja", 2, 0.55, 0.04));
        String v = TemporalReport.verdict(cfg, cells, "PatternMemory-v1");
        assertTrue(v.contains("- none: stays near chance at L0: yes"), v);
        assertTrue(v.contains("- hebbian: L0 ≤ 0.1: yes; L2 clearly better than none: yes"), v);
        // 0.15 > 0.10 misses the bar; 0.55 + 0.04 overlaps none's 0.60 - 0.03
        assertTrue(v.contains("- oja: L0 ≤ 0.1: NO; L2 clearly better than none: NO"), v);
    }

    @Test
    void cueRewardReportShowsWhatTrainingAddedToTheUntrainedPrior() {
        var runs = List.of(
                new TemporalExperiment.Run("CueReward-v1", "nm-hebbian", 0, 0, 0, 1, 13.5, 14.5, 14.5, 10, 1, 1, null),
                new TemporalExperiment.Run("CueReward-v1", "nm-hebbian", 0, 0, 0, 2, 14.0, 14.75, 14.75, 10, 1, 1, null));
        TemporalExperimentConfig cfg = new TemporalExperimentConfig(List.of("nm-hebbian"), List.of(TemporalExperimentConfig.C1_NOISE.get(0)),
                2, 8, 1, 1, 4, 4, 1, 2, 1e-2, 1);
        String t = TemporalReport.untrainedTable(cfg, TemporalReport.summarise(runs),
                TemporalReport.summarise(runs, TemporalExperiment.Run::initialMetric), "CueReward-v1");
        assertTrue(t.contains("| nm-hebbian | 13.75 → 14.63 (+0.88) |"), t);
    }

    private static TemporalReport.Cell cell(String rule, int level, double mean, double sd) {
        return new TemporalReport.Cell("PatternMemory-v1", rule, level, mean, sd, 2);
    }

    private static TemporalExperiment.Run run(double metric, long seed) {
        return new TemporalExperiment.Run("PatternMemory-v1", "hebbian", 0, 0, 0, seed, 0.5, metric, metric, 10, 1, 1, null);
    }
}
