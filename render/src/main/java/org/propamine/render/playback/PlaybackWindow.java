package org.propamine.render.playback;

import static org.lwjgl.glfw.GLFW.*;
import static org.lwjgl.opengl.GL11C.GL_BACK;

import java.awt.image.BufferedImage;
import org.propamine.render.gl.GlfwWindow;
import org.propamine.render.gl.PixelReadback;
import org.propamine.render.view.FrameView;

/**
 * Interactive playback in a GLFW window on an X display (a desktop or Xvfb).
 *
 * <p>Keys: Space pause/resume; N or → single step (pauses); + / − (also keypad) speed ×0.25…×4; P push the
 * robot; D toggle leg damage; R reset; Esc or Q close. Mouse: left-drag orbits (0.3°/pixel), scroll zooms
 * (×0.9 per notch in, ×1/0.9 out).
 *
 * <p>Everything runs on the thread that constructed the window; {@link #frame()} polls input, advances the
 * {@link PlaybackDriver} by the measured wall time, draws and swaps.
 */
public final class PlaybackWindow implements AutoCloseable {
    /** Frame-rate cap of {@link #run}. */
    public static final int MAX_FPS = 60;
    private static final float ORBIT_RADIANS_PER_PIXEL = (float) Math.toRadians(0.3);

    private final PlaybackDriver driver;
    private final GlfwWindow window;
    private final FrameView view;
    private final int[] size = new int[2];
    private double lastX = Double.NaN;
    private double lastY = Double.NaN;
    private boolean dragging;
    private long lastFrameNanos;
    private PixelReadback readback;
    private BufferedImage screenshot;

    /**
     * Opens a visible window and attaches the source's overlays.
     *
     * @param width  window width in screen pixels (≥ 64)
     * @param height window height in screen pixels (≥ 64)
     */
    public PlaybackWindow(PlaybackDriver driver, int width, int height, String title) {
        if (width < 64 || height < 64) {
            throw new IllegalArgumentException("playback window must be at least 64x64, got " + width + "x" + height);
        }
        this.driver = driver;
        window = GlfwWindow.open(width, height, title, true);
        try {
            view = new FrameView(14);
            driver.attachOverlays(view);
        } catch (RuntimeException e) {
            window.close();
            throw e;
        }
        long handle = window.handle();
        glfwSetKeyCallback(handle, (w, key, scancode, action, mods) -> {
            if (action == GLFW_PRESS || action == GLFW_REPEAT) {
                handleKey(key);
            }
        });
        glfwSetMouseButtonCallback(handle, (w, button, action, mods) -> {
            if (button == GLFW_MOUSE_BUTTON_LEFT) {
                dragging = action == GLFW_PRESS;
                lastX = Double.NaN;
            }
        });
        glfwSetCursorPosCallback(handle, (w, x, y) -> handleDrag(x, y));
        glfwSetScrollCallback(handle, (w, dx, dy) -> handleScroll(dy));
        lastFrameNanos = System.nanoTime();
    }

    /** Applies one key press (GLFW key code); returns false for keys without a binding. Public for tests and scripts. */
    public boolean handleKey(int key) {
        switch (key) {
            case GLFW_KEY_SPACE -> driver.togglePause();
            case GLFW_KEY_N, GLFW_KEY_RIGHT -> driver.singleStep();
            case GLFW_KEY_EQUAL, GLFW_KEY_KP_ADD -> driver.changeSpeed(+1);
            case GLFW_KEY_MINUS, GLFW_KEY_KP_SUBTRACT -> driver.changeSpeed(-1);
            case GLFW_KEY_P -> driver.perturb(Perturbation.PUSH);
            case GLFW_KEY_D -> driver.perturb(Perturbation.TOGGLE_LEG_DAMAGE);
            case GLFW_KEY_R -> driver.reset();
            case GLFW_KEY_ESCAPE, GLFW_KEY_Q -> glfwSetWindowShouldClose(window.handle(), true);
            default -> {
                return false;
            }
        }
        return true;
    }

    /** Cursor moved to {@code (x, y)}: orbits the camera while the left button is held. */
    public void handleDrag(double x, double y) {
        if (dragging && !Double.isNaN(lastX)) {
            driver.camera().rotate(-(float) (x - lastX) * ORBIT_RADIANS_PER_PIXEL,
                    (float) (y - lastY) * ORBIT_RADIANS_PER_PIXEL);
        }
        lastX = x;
        lastY = y;
    }

    /** Scroll by {@code notches} (positive = away from the user = zoom in). */
    public void handleScroll(double notches) {
        driver.camera().zoom((float) Math.pow(0.9, notches));
    }

    /** Sets whether the left mouse button is held (for scripted orbiting). */
    public void setDragging(boolean held) {
        dragging = held;
        lastX = Double.NaN;
    }

    /** One iteration of the loop; returns false once the window was asked to close. */
    public boolean frame() {
        window.pollEvents();
        long now = System.nanoTime();
        double wallSeconds = Math.min(0.25, (now - lastFrameNanos) / 1e9);
        lastFrameNanos = now;
        driver.advance(wallSeconds);
        draw();
        window.swapBuffers();
        return !window.shouldClose();
    }

    private void draw() {
        window.framebufferSize(size);
        if (size[0] > 0 && size[1] > 0) {
            org.lwjgl.opengl.GL30C.glBindFramebuffer(org.lwjgl.opengl.GL30C.GL_FRAMEBUFFER, 0);
            view.draw(driver.source().scene(), driver.camera(), driver.hud(), size[0], size[1]);
        }
    }

    /**
     * Runs frames until the window closes or {@code maxSeconds} of wall time pass (≤ 0 = no limit), at most
     * {@value #MAX_FPS} frames per second (displays without vsync, such as Xvfb, would otherwise spin).
     */
    public void run(double maxSeconds) {
        long end = maxSeconds > 0 ? System.nanoTime() + (long) (maxSeconds * 1e9) : Long.MAX_VALUE;
        long budget = 1_000_000_000L / MAX_FPS;
        while (System.nanoTime() < end) {
            long start = System.nanoTime();
            if (!frame()) {
                return;
            }
            long spare = budget - (System.nanoTime() - start);
            if (spare > 1_000_000L) {
                try {
                    Thread.sleep(spare / 1_000_000L);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /**
     * Draws the current state and reads the window's back buffer (what the next swap shows) into an image of the
     * framebuffer's size. The image is reused until the size changes.
     */
    public BufferedImage screenshot() {
        draw();
        if (screenshot == null || screenshot.getWidth() != size[0] || screenshot.getHeight() != size[1]) {
            if (readback != null) {
                readback.destroy();
            }
            readback = new PixelReadback(size[0], size[1]);
            screenshot = new BufferedImage(size[0], size[1], BufferedImage.TYPE_INT_RGB);
        }
        readback.read(0, GL_BACK, screenshot);
        return screenshot;
    }

    /** The GL context's backend and renderer line. */
    public String rendererInfo() {
        return window.rendererInfo();
    }

    @Override
    public void close() {
        if (readback != null) {
            readback.destroy();
        }
        view.destroy();
        window.close();
    }
}
