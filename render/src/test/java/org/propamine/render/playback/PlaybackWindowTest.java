package org.propamine.render.playback;

import static org.junit.jupiter.api.Assertions.*;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens a real GLFW playback window on an X display and screenshots it. Uses $DISPLAY when set; otherwise starts
 * its own Xvfb (from .ci/install-render-deps.sh) and runs the window in a child JVM whose DISPLAY points at it.
 * Skips, saying why, only when there is no DISPLAY and no Xvfb binary.
 */
class PlaybackWindowTest {
    @TempDir
    Path dir;

    @Test
    void playbackWindowRendersTheRobotHudAndOverlaysUnderX() throws Exception {
        String display = System.getenv("DISPLAY");
        Process xvfb = null;
        if (display == null || display.isBlank()) {
            Path binary = findOnPath("Xvfb");
            Assumptions.assumeTrue(binary != null,
                    "no DISPLAY and no Xvfb on PATH: install it with .ci/install-render-deps.sh (package xvfb)");
            int number = freeDisplayNumber();
            display = ":" + number;
            xvfb = new ProcessBuilder(binary.toString(), display, "-screen", "0", "1024x768x24", "-nolisten", "tcp")
                    .redirectErrorStream(true).redirectOutput(dir.resolve("xvfb.log").toFile()).start();
            waitForSocket(number, xvfb);
        }
        try {
            Path windowShot = dir.resolve("window.png");
            Path hiddenShot = dir.resolve("hidden.png");
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            ProcessBuilder child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    WindowScreenshotMain.class.getName(), windowShot.toString(), hiddenShot.toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile());
            child.environment().put("DISPLAY", display);
            Process process = child.start();
            assertTrue(process.waitFor(100, TimeUnit.SECONDS), "playback window process timed out");
            String log = Files.readString(dir.resolve("child.log"));
            System.out.println(log);
            assertEquals(0, process.exitValue(), "window process failed:\n" + log);
            assertTrue(log.contains("paused=true speed=2.0 singleStep=1 pushes=1"), log);
            assertTrue(log.contains("closedByEscape=true"), log);
            assertTrue(log.contains("render: using GLFW"), "hidden-window backend not used:\n" + log);

            BufferedImage shot = ImageIO.read(windowShot.toFile());
            assertEquals(480, shot.getWidth());
            assertEquals(360, shot.getHeight());
            double[] robot = robotPixels(shot);
            assertTrue(robot[0] > 0.01 * 480 * 360, "robot not visible in the window: " + robot[0] + " px");
            assertEquals(240, robot[1], 80, "robot centroid x");
            // HUD panel: translucent near-black box in the top-left corner, over a bright sky/ground
            assertTrue(meanLuminance(shot, 14, 14, 120, 60) < 90, "HUD panel missing");
            assertTrue(meanLuminance(shot, 300, 2, 470, 20) > 150, "sky not bright");
            // spike raster panel bottom-left, also dark
            assertTrue(meanLuminance(shot, 14, 300, 120, 350) < 90, "spike raster panel missing");

            double[] hidden = robotPixels(ImageIO.read(hiddenShot.toFile()));
            assertTrue(hidden[0] > 0.01 * 320 * 240, "hidden-window backend drew no robot");
        } finally {
            if (xvfb != null) {
                xvfb.destroy();
                xvfb.waitFor(5, TimeUnit.SECONDS);
            }
        }
    }

    private static Path findOnPath(String name) {
        for (String entry : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
            Path candidate = Path.of(entry, name);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static int freeDisplayNumber() {
        for (int n = 99; n < 160; n++) {
            if (!Files.exists(Path.of("/tmp/.X11-unix/X" + n)) && !Files.exists(Path.of("/tmp/.X" + n + "-lock"))) {
                return n;
            }
        }
        throw new IllegalStateException("no free X display number in :99..:159");
    }

    private static void waitForSocket(int number, Process xvfb) throws InterruptedException, IOException {
        Path socket = Path.of("/tmp/.X11-unix/X" + number);
        for (int i = 0; i < 200 && !Files.exists(socket); i++) {
            if (!xvfb.isAlive()) {
                fail("Xvfb :" + number + " exited with " + xvfb.exitValue());
            }
            Thread.sleep(50);
        }
        assertTrue(Files.exists(socket), "Xvfb :" + number + " did not start within 10 s");
    }

    /** {count, meanX} of the ant's orange/brown pixels (red clearly above green and blue). */
    private static double[] robotPixels(BufferedImage image) {
        long count = 0;
        double sx = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int p = image.getRGB(x, y);
                int r = (p >> 16) & 0xFF;
                if (r > (p & 0xFF) + 20 && r > ((p >> 8) & 0xFF) + 8) {
                    count++;
                    sx += x;
                }
            }
        }
        return new double[] {count, count == 0 ? -1 : sx / count};
    }

    /** Mean of (r + g + b) / 3 over the rectangle [x0, x1) × [y0, y1). */
    private static double meanLuminance(BufferedImage image, int x0, int y0, int x1, int y1) {
        double sum = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                int p = image.getRGB(x, y);
                sum += (((p >> 16) & 0xFF) + ((p >> 8) & 0xFF) + (p & 0xFF)) / 3.0;
            }
        }
        return sum / ((x1 - x0) * (y1 - y0));
    }
}
