package org.propamine.cli.play;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
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

        CliRun noRun = CliRun.of("play", dir.resolve("nope").toString(), "--record", dir.resolve("a.gif").toString());
        assertEquals(1, noRun.exitCode(), noRun.toString());
        assertTrue(noRun.err().contains("not a run directory"), noRun.toString());
    }
}
