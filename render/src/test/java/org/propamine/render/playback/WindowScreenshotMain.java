package org.propamine.render.playback;

import static org.lwjgl.glfw.GLFW.*;

import java.awt.image.BufferedImage;
import java.io.File;
import java.util.EnumSet;
import javax.imageio.ImageIO;
import org.propamine.render.draw.Camera;
import org.propamine.render.gl.RenderBackend;
import org.propamine.render.scene.TestScenes;
import org.propamine.render.view.OffscreenRenderer;

/**
 * Child-process entry point of {@link PlaybackWindowTest}, run with DISPLAY pointing at an Xvfb server:
 * opens a real playback window, plays, presses keys, orbits, and saves a screenshot to {@code args[0]}; then
 * renders once through the hidden-window offscreen backend and saves that to {@code args[1]}. Prints
 * "paused=..., speed=..., steps=..." for the parent to check.
 */
public final class WindowScreenshotMain {
    private WindowScreenshotMain() {
    }

    public static void main(String[] args) throws Exception {
        CountingSource source = new CountingSource(0.5);
        PlaybackDriver driver = new PlaybackDriver(source);
        try (PlaybackWindow window = new PlaybackWindow(driver, 480, 360, "propamine playback test")) {
            System.out.println("window: " + window.rendererInfo());
            window.run(0.5); // the capped loop for half a second of wall time
            window.handleKey(GLFW_KEY_EQUAL);   // x2
            window.handleKey(GLFW_KEY_P);       // push
            window.setDragging(true);           // orbit 40 px = 12 degrees
            window.handleDrag(100, 100);
            window.handleDrag(140, 100);
            window.setDragging(false);
            window.handleScroll(1);
            for (int i = 0; i < 10; i++) {
                window.frame();
            }
            window.handleKey(GLFW_KEY_SPACE);   // pause
            long before = driver.steps();
            window.handleKey(GLFW_KEY_N);       // one step
            window.frame();
            System.out.println("paused=" + driver.paused() + " speed=" + driver.speed() + " singleStep="
                    + (driver.steps() - before) + " pushes=" + source.pushes);
            BufferedImage shot = window.screenshot();
            ImageIO.write(shot, "png", new File(args[0]));
            window.handleKey(GLFW_KEY_ESCAPE);
            System.out.println("closedByEscape=" + !window.frame());
        }
        try (OffscreenRenderer renderer = new OffscreenRenderer(320, 240, 0, EnumSet.of(RenderBackend.GLFW_HIDDEN_WINDOW),
                System.out::println)) {
            Camera camera = new Camera();
            camera.lookAt(0, 0, 0.75f);
            ImageIO.write(renderer.render(TestScenes.ant(0, 0), camera, null), "png", new File(args[1]));
        }
    }
}
