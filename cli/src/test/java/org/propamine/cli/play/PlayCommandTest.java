package org.propamine.cli.play;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.propamine.cli.CliRun;

class PlayCommandTest {

    @TempDir
    Path dir;

    @Test
    void demoRecordsPngFramesHeadless() throws Exception {
        Path frames = dir.resolve("frames");
        CliRun r = CliRun.of("play", "--demo", "--record", frames + "/", "--seconds", "0.4", "--size", "160x120", "--fps", "5");
        assertEquals(0, r.exitCode(), r.toString());
        // 0.4 s at 5 fps = 2 frames
        try (var s = Files.list(frames)) {
            assertEquals(2, s.count(), r.toString());
        }
        BufferedImage img = ImageIO.read(frames.resolve("frame_00001.png").toFile());
        assertEquals(160, img.getWidth());
        assertEquals(120, img.getHeight());
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < 120; y += 2) for (int x = 0; x < 160; x += 2) colours.add(img.getRGB(x, y));
        assertTrue(colours.size() > 20, "a rendered scene, not a blank frame: " + colours.size() + " colours");
    }

    @Test
    void badInputIsOneLineAndLeavesNothing() {
        CliRun neither = CliRun.of("play");
        assertEquals(2, neither.exitCode(), neither.toString());
        assertEquals(1, neither.errLines().size(), neither.toString());
        CliRun both = CliRun.of("play", dir.toString(), "--demo");
        assertEquals(2, both.exitCode(), both.toString());

        Path avi = dir.resolve("x.avi");
        CliRun ext = CliRun.of("play", "--demo", "--record", avi.toString(), "--seconds", "0.2");
        assertEquals(1, ext.exitCode(), ext.toString());
        assertEquals(1, ext.errLines().size(), ext.toString());
        assertFalse(Files.exists(avi));

        Path nodir = dir.resolve("missing/sub/x.gif");
        CliRun unwritable = CliRun.of("play", "--demo", "--record", nodir.toString(), "--seconds", "0.2");
        assertEquals(1, unwritable.exitCode(), unwritable.toString());
        assertEquals(1, unwritable.errLines().size(), unwritable.toString());
        assertFalse(Files.exists(nodir));

        CliRun size = CliRun.of("play", "--demo", "--size", "big");
        assertEquals(2, size.exitCode(), size.toString());

        // out-of-range values: one line naming the option and the range (they used to name no option)
        String[][] badValues = {{"--fps", "0", "--fps 0: expected 1..120 frames per second"},
                {"--seconds", "0", "--seconds 0.0: expected a positive number of seconds"},
                {"--size", "8x8", "--size 8x8: expected 16..4096 pixels per side"}};
        for (String[] bad : badValues) {
            Path gif = dir.resolve("bad.gif");
            CliRun r = CliRun.of("play", "--demo", "--record", gif.toString(), bad[0], bad[1]);
            assertEquals(1, r.exitCode(), r.toString());
            assertEquals(List.of("propamine: error: " + bad[2]), r.errLines(), r.toString());
            assertFalse(Files.exists(gif));
        }

        CliRun noRun = CliRun.of("play", dir.resolve("nope").toString(), "--record", dir.resolve("a.gif").toString());
        assertEquals(1, noRun.exitCode(), noRun.toString());
        assertTrue(noRun.err().contains("not a run directory"), noRun.toString());
    }

    @Test
    void playsACheckpointFileOnAnotherBodyAndRefusesARobotItDoesNotFit() throws Exception {
        Path run = dir.resolve("run");
        CliRun t = CliRun.of("train", "--config", "quick", "--out", run.toString(), "--set", "env.max_steps=20",
                "--set", "trainer.generations=1");
        assertEquals(0, t.exitCode(), t.toString());
        Path ckpt = run.resolve("checkpoints/gen-000000001.ckpt");
        assertTrue(Files.isRegularFile(ckpt), t.toString());

        // the same sensors and motors (a shortened shin): plays, 0.2 s at 5 fps = 1 frame
        Path frames = dir.resolve("short");
        CliRun ok = CliRun.of("play", ckpt.toString(), "--robot", "ant_short_leg", "--record", frames + "/",
                "--seconds", "0.2", "--size", "80x60", "--fps", "5");
        assertEquals(0, ok.exitCode(), ok.toString());
        try (var s = Files.list(frames)) {
            assertEquals(1, s.count(), ok.toString());
        }

        // another robot (the hexapod: 18 hinges, not 8): one line naming --robot, nothing written
        Path gif = dir.resolve("hex.gif");
        CliRun other = CliRun.of("play", run.toString(), "--robot", "hexapod", "--record", gif.toString(), "--seconds", "0.2");
        assertEquals(1, other.exitCode(), other.toString());
        assertEquals(1, other.errLines().size(), other.toString());
        assertTrue(other.err().contains("--robot hexapod: the controller of"), other.toString());
        assertFalse(Files.exists(gif));

        // a checkpoint outside a run directory has no config to build its env from
        Path stray = dir.resolve("stray.ckpt");
        Files.copy(ckpt, stray);
        CliRun outside = CliRun.of("play", stray.toString(), "--record", gif.toString(), "--seconds", "0.2");
        assertEquals(1, outside.exitCode(), outside.toString());
        assertTrue(outside.err().contains("not a checkpoint of a run directory"), outside.toString());
        assertFalse(Files.exists(gif));

        // a checkpoint that is not there (training keeps only the newest few): names the ones that are
        Path gone = run.resolve("checkpoints/gen-000000007.ckpt");
        CliRun missing = CliRun.of("play", gone.toString(), "--record", gif.toString(), "--seconds", "0.2");
        assertEquals(1, missing.exitCode(), missing.toString());
        assertEquals("propamine: error: " + gone + ": no such checkpoint file, expected one of [best.ckpt, gen-000000001.ckpt]",
                missing.err().strip()); // said "not a run directory (no such directory)"
        assertFalse(Files.exists(gif));

        // an unknown condition names the grid and the known conditions
        CliRun cond = CliRun.of("play", run.toString(), "--condition", "bogus", "--record", gif.toString());
        assertEquals(1, cond.exitCode(), cond.toString());
        assertEquals(1, cond.errLines().size(), cond.toString());
        assertTrue(cond.err().contains("no condition 'bogus', expected one of [nominal"), cond.toString());
        assertFalse(Files.exists(gif));
    }
}
