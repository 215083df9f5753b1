package org.propamine.cli.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.propamine.envs.temporal.InputNoise;
import picocli.CommandLine;

class TemporalCommandsTest {

    private static int run(Object command, StringWriter out, String... args) {
        CommandLine cl = new CommandLine(command);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(new StringWriter(), true));
        return cl.execute(args);
    }

    @Test
    void quickTemporalExperimentWritesTheReportAndRefusesToOverwriteIt(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("c1");
        StringWriter text = new StringWriter();
        assertEquals(0, run(new ExperimentCommand(), text, "temporal", "--quick", "--out", out.toString(), "--threads", "2"));
        assertTrue(text.toString().contains("| nm-hebbian |"), text.toString());
        byte[] json = Files.readAllBytes(out.resolve("temporal.json"));
        assertTrue(Files.size(out.resolve("temporal.png")) > 1000);
        assertNotEquals(0, run(new ExperimentCommand(), new StringWriter(), "temporal", "--quick", "--out", out.toString()));
        assertEquals(new String(json), Files.readString(out.resolve("temporal.json")), "the first report is kept");
        assertEquals(2, run(new ExperimentCommand(), new StringWriter(), "temporal", "--quick", "--threads", "-1"));
    }

    @Test
    void taskOptionRunsOneHalfOfTheGridAndRejectsOtherEnvs(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("cue");
        StringWriter text = new StringWriter();
        assertEquals(0, run(new ExperimentCommand(), text, "temporal", "--quick", "--task", "CueReward-v1", "--out", out.toString(),
                "--threads", "1"));
        assertTrue(text.toString().contains("4 runs on 1 threads"), text.toString());
        String md = Files.readString(out.resolve("temporal.md"));
        assertTrue(md.contains("## CueReward-v1") && !md.contains("PatternMemory-v1"), md);
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new ExperimentCommand());
        cl.setOut(new PrintWriter(new StringWriter(), true));
        cl.setErr(new PrintWriter(err, true));
        assertEquals(2, cl.execute("temporal", "--quick", "--task", "Ant-v1", "--out", dir.resolve("x").toString()));
        assertTrue(err.toString().startsWith("--task Ant-v1: the bptt trainer supports PatternMemory-v1, CueReward-v1"), err.toString());
        assertTrue(Files.notExists(dir.resolve("x")), "nothing written");
    }

    @Test
    void benchBpttPrintsEpisodesPerSecondAsJson() throws Exception {
        StringWriter text = new StringWriter();
        assertEquals(0, run(new BenchBpttCommand(), text, "--json", "--bits", "4", "--seconds", "0.1"));
        JsonNode json = new ObjectMapper().readTree(text.toString());
        assertTrue(json.get("episodes_per_s").asDouble() > 0, text.toString());
        assertEquals(4, json.get("bits").asInt());
        assertEquals(2, run(new BenchBpttCommand(), new StringWriter(), "--bits", "3"));
    }

    @Test
    void bpttTrainingRejectsEnvsOtherThanTheTemporalTasks(@TempDir Path dir) throws Exception {
        StringWriter text = new StringWriter();
        var e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> BpttTraining.run("Ant-v1", "hebbian", 1, InputNoise.none(), dir, false, new PrintWriter(text)));
        assertEquals("--env Ant-v1: the bptt trainer supports PatternMemory-v1, CueReward-v1", e.getMessage());
    }
}
