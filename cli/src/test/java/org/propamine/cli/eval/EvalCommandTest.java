package org.propamine.cli.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.propamine.cli.CliRun;

class EvalCommandTest {

    @TempDir
    static Path dir;

    static Path plastic, stat;

    @BeforeAll
    static void trainTwoTinyRuns() {
        plastic = dir.resolve("plastic");
        stat = dir.resolve("static");
        CliRun a = CliRun.of("train", "--config", "quick", "--out", plastic.toString(), "--set", "env.max_steps=30",
                "--set", "trainer.generations=1");
        assertEquals(0, a.exitCode(), a.toString());
        CliRun b = CliRun.of("train", "--config", "quick", "--out", stat.toString(), "--set", "env.max_steps=30",
                "--set", "trainer.generations=1", "--set", "network.preset=ant-snn-static", "--rule", "none");
        assertEquals(0, b.exitCode(), b.toString());
    }

    @Test
    void retentionTableForARunAndItsBaseline() throws Exception {
        Path out = dir.resolve("eval");
        CliRun r = CliRun.of("eval", plastic.toString(), "--baseline", stat.toString(), "--episodes", "2",
                "--only", "gravity_x1.2,disable_leg_0_at_10s", "--out", out.toString(), "--threads", "2");
        assertEquals(0, r.exitCode(), r.toString());
        String md = Files.readString(out.resolve("retention.md"));
        assertTrue(md.contains("| nominal | plastic | 2 |"), md);
        assertTrue(md.contains("| gravity_x1.2 | static | 2 |"), md);
        // only the path is code; the backticks used to wrap "(best evaluated mean)" too
        assertTrue(md.contains("parameters from `" + plastic.resolve("checkpoints/best.ckpt") + "` (best evaluated mean)"), md);
        JsonNode j = new ObjectMapper().readTree(out.resolve("retention.json").toFile());
        assertEquals(6, j.get("rows").size(), "3 conditions x 2 runs");
        assertEquals(2, j.get("runs").size());
        for (JsonNode row : j.get("rows")) {
            assertEquals(2, row.get("episodes").asInt());
            assertTrue(row.get("distance_mean").isNumber(), row.toString());
        }
        // the damage at 10 s (step 200) lies after these 30-step episodes: recovery is reported as undefined
        JsonNode mid = j.get("rows").get(4);
        assertEquals("disable_leg_0_at_10s", mid.get("condition").asText());
        assertEquals(0, mid.get("recovery_defined_episodes").asInt());
        assertTrue(Files.size(out.resolve("retention.png")) > 1000);
    }

    @Test
    void sameSeedsGiveTheSameTableOnAnyThreadCount() throws Exception {
        Path one = dir.resolve("eval1"), two = dir.resolve("eval2");
        assertEquals(0, CliRun.of("eval", plastic.toString(), "--episodes", "2", "--only", "friction_x2",
                "--out", one.toString(), "--threads", "1").exitCode());
        assertEquals(0, CliRun.of("eval", plastic.toString(), "--episodes", "2", "--only", "friction_x2",
                "--out", two.toString(), "--threads", "2").exitCode());
        JsonNode a = new ObjectMapper().readTree(one.resolve("retention.json").toFile()).get("rows");
        JsonNode b = new ObjectMapper().readTree(two.resolve("retention.json").toFile()).get("rows");
        assertEquals(a, b);
    }

    @Test
    void recordWorstReplaysTheWorstEpisodeOfEachCondition() throws Exception {
        Path out = dir.resolve("eval-worst");
        CliRun r = CliRun.of("eval", plastic.toString(), "--episodes", "2", "--only", "friction_x2", "--out",
                out.toString(), "--record-worst", "--record-size", "96x64", "--record-fps", "5");
        assertEquals(0, r.exitCode(), r.toString());
        for (String c : new String[] {"nominal", "friction_x2"}) {
            Path video = out.resolve("worst/" + c + ".mp4");
            assertTrue(Files.size(video) > 1000, video.toString());
            // 30 steps of 0.05 s at 5 fps = 8 frames (1.5 s rounded)
            assertTrue(r.out().contains("recorded " + c + ": episode "), r.out());
        }
    }

    @Test
    void badInputIsOneLine() throws Exception {
        CliRun missing = CliRun.of("eval", dir.resolve("nope").toString());
        assertEquals(1, missing.exitCode(), missing.toString());
        assertEquals("propamine: error: " + dir.resolve("nope") + ": not a run directory (no such directory)", missing.err().strip());

        Path grid = dir.resolve("grid.yaml");
        Files.writeString(grid, "conditions:\n  - name: nominal\n  - name: heavy\n    wrappers:\n      - type: GravityScal\n");
        Path out = dir.resolve("eval-bad");
        CliRun badGrid = CliRun.of("eval", plastic.toString(), "--conditions", grid.toString(), "--out", out.toString());
        assertEquals(1, badGrid.exitCode(), badGrid.toString());
        assertEquals(1, badGrid.errLines().size(), badGrid.toString());
        assertTrue(badGrid.err().contains(grid + ":5"), badGrid.toString());
        assertFalse(Files.exists(out), "nothing written for a bad grid");

        CliRun unknown = CliRun.of("eval", plastic.toString(), "--only", "no_such_condition", "--out", out.toString());
        assertEquals(1, unknown.exitCode(), unknown.toString());
        assertTrue(unknown.err().contains("no_such_condition"), unknown.toString());

        Path file = dir.resolve("a-file");
        Files.writeString(file, "x");
        CliRun outIsFile = CliRun.of("eval", plastic.toString(), "--out", file.toString());
        assertEquals(1, outIsFile.exitCode(), outIsFile.toString());
        assertEquals("propamine: error: --out " + file + ": is a file, expected a directory (created if missing)",
                outIsFile.err().strip()); // was "already exists: FILE", after loading every run

        CliRun episodes = CliRun.of("eval", plastic.toString(), "--episodes", "0");
        assertEquals(1, episodes.exitCode(), episodes.toString());

        Path broken = dir.resolve("broken");
        Files.createDirectories(broken.resolve("checkpoints"));
        Files.copy(plastic.resolve("config.yaml"), broken.resolve("config.yaml"));
        Files.writeString(broken.resolve("checkpoints/best.ckpt"), "not a checkpoint");
        CliRun corrupt = CliRun.of("eval", broken.toString(), "--out", out.toString());
        assertEquals(1, corrupt.exitCode(), corrupt.toString());
        assertEquals(1, corrupt.errLines().size(), corrupt.toString());
        assertTrue(corrupt.err().contains("best.ckpt"), corrupt.toString());
    }
}
