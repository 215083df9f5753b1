package org.propamine.render.gl;

import static org.lwjgl.glfw.GLFW.*;

import org.lwjgl.glfw.GLFWErrorCallback;

/**
 * Reference-counted {@code glfwInit}/{@code glfwTerminate}. GLFW itself is process-global state, so this is the
 * one place that owns it: every {@link GlfwWindow} acquires on creation and releases on close, and the library
 * terminates when the last window is gone. Call from one thread (the rendering thread).
 */
final class GlfwRuntime {
    private static int users;
    private static String lastError = "";

    private GlfwRuntime() {
    }

    /** Initialises GLFW on the X11 platform if this is the first user; throws with GLFW's own error text otherwise. */
    static synchronized void acquire() {
        if (users == 0) {
            String display = System.getenv("DISPLAY");
            if (display == null || display.isBlank()) {
                throw new IllegalStateException("DISPLAY is not set (start Xvfb, e.g. `Xvfb :99 &` and DISPLAY=:99)");
            }
            GLFWErrorCallback previous = glfwSetErrorCallback((code, description) ->
                    lastError = GLFWErrorCallback.getDescription(description) + " (0x" + Integer.toHexString(code) + ")");
            if (previous != null) {
                previous.free();
            }
            glfwInitHint(GLFW_PLATFORM, GLFW_PLATFORM_X11);
            if (!glfwInit()) {
                throw new IllegalStateException("glfwInit failed on DISPLAY=" + display + ": " + lastError);
            }
        }
        users++;
    }

    /** Releases one user; terminates GLFW and frees the error callback when none remain. */
    static synchronized void release() {
        if (users <= 0) {
            return;
        }
        users--;
        if (users == 0) {
            glfwTerminate();
            GLFWErrorCallback callback = glfwSetErrorCallback(null);
            if (callback != null) {
                callback.free();
            }
        }
    }

    /** The most recent GLFW error description, for exception messages. */
    static synchronized String lastError() {
        return lastError;
    }
}
