package org.propamine.render.gl;

import static org.lwjgl.glfw.GLFW.*;
import static org.lwjgl.system.MemoryUtil.NULL;

import org.lwjgl.glfw.Callbacks;
import org.lwjgl.opengl.GL;
import org.lwjgl.opengl.GLCapabilities;

/**
 * A GLFW window with an OpenGL 3.3 core context on an X display. Hidden windows serve as an offscreen backend
 * under Xvfb ({@link RenderBackend#GLFW_HIDDEN_WINDOW}); visible ones host the interactive playback.
 */
public final class GlfwWindow implements GlContext {
    private final long handle;
    private final GLCapabilities capabilities;
    private final String rendererInfo;
    private final boolean visible;
    private boolean closed;

    private GlfwWindow(int width, int height, String title, boolean visible) {
        GlfwRuntime.acquire();
        glfwDefaultWindowHints();
        glfwWindowHint(GLFW_VISIBLE, visible ? GLFW_TRUE : GLFW_FALSE);
        glfwWindowHint(GLFW_RESIZABLE, GLFW_TRUE);
        glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
        glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
        glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
        glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
        glfwWindowHint(GLFW_DEPTH_BITS, 24);
        glfwWindowHint(GLFW_STENCIL_BITS, 8);
        long window = glfwCreateWindow(width, height, title, NULL, NULL);
        if (window == NULL) {
            String error = GlfwRuntime.lastError();
            GlfwRuntime.release();
            throw new IllegalStateException("glfwCreateWindow(OpenGL 3.3 core) failed: " + error);
        }
        this.handle = window;
        this.visible = visible;
        glfwMakeContextCurrent(window);
        glfwSwapInterval(visible ? 1 : 0);
        try {
            GlLibrary.acquire(GlLibrary.Kind.SYSTEM, null);
        } catch (RuntimeException | LinkageError e) {
            glfwMakeContextCurrent(NULL);
            glfwDestroyWindow(window);
            GlfwRuntime.release();
            throw e;
        }
        capabilities = GL.createCapabilities();
        rendererInfo = GlInfo.describe();
    }

    /**
     * Opens a window.
     *
     * @param width  client width in screen pixels (≥ 1)
     * @param height client height in screen pixels (≥ 1)
     * @param title  window title
     * @param visible false for a hidden offscreen window
     */
    public static GlfwWindow open(int width, int height, String title, boolean visible) {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("window size must be positive, got " + width + "x" + height);
        }
        return new GlfwWindow(width, height, title, visible);
    }

    /** The native GLFW handle for callbacks and input polling. */
    public long handle() {
        return handle;
    }

    @Override
    public RenderBackend backend() {
        return RenderBackend.GLFW_HIDDEN_WINDOW;
    }

    /** True when the window is shown on screen. */
    public boolean visible() {
        return visible;
    }

    @Override
    public String rendererInfo() {
        return rendererInfo;
    }

    @Override
    public void makeCurrent() {
        glfwMakeContextCurrent(handle);
        GL.setCapabilities(capabilities);
    }

    /** Framebuffer size in pixels into {@code dest[0..1]} (may differ from the window size on HiDPI screens). */
    public void framebufferSize(int[] dest) {
        int[] w = new int[1];
        int[] h = new int[1];
        glfwGetFramebufferSize(handle, w, h);
        dest[0] = w[0];
        dest[1] = h[0];
    }

    public boolean shouldClose() {
        return glfwWindowShouldClose(handle);
    }

    public void swapBuffers() {
        glfwSwapBuffers(handle);
    }

    public void pollEvents() {
        glfwPollEvents();
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        glfwMakeContextCurrent(NULL);
        GL.setCapabilities(null);
        Callbacks.glfwFreeCallbacks(handle);
        glfwDestroyWindow(handle);
        GlfwRuntime.release();
        GlLibrary.release(GlLibrary.Kind.SYSTEM);
    }
}
