package org.propamine.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.propamine.cli.CliRun;

class BenchRenderCommandTest {

    @Test
    void jsonReportHasFrameRateAndRecording() throws Exception {
        CliRun r = CliRun.of("bench", "render", "--json", "--size", "160x120", "--frames", "10", "--seconds", "0.5");
        assertEquals(0, r.exitCode(), r.toString());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals(160, j.get("width").asInt());
        assertEquals(120, j.get("height").asInt());
        assertTrue(j.get("frames_per_s").asDouble() > 0, r.out());
        assertTrue(j.get("frames_per_s_msaa4").asDouble() > 0, r.out());
        // 0.5 s at 30 fps = 15 frames, written to a real (non-empty) MP4
        assertEquals(15, j.get("record_frames").asInt());
        assertTrue(j.get("mp4_bytes").asLong() > 1000, r.out());
        assertTrue(j.get("record_realtime_factor").asDouble() > 0, r.out());
    }

    @Test
    void badSizeAndFramesAreUsageErrors() {
        CliRun size = CliRun.of("bench", "render", "--size", "big");
        assertEquals(2, size.exitCode(), size.toString());
        assertEquals(1, size.errLines().size(), size.toString());
        CliRun frames = CliRun.of("bench", "render", "--frames", "3");
        assertEquals(2, frames.exitCode(), frames.toString());
        assertTrue(frames.err().contains("--frames must be >= 10"), frames.toString());
    }
}
