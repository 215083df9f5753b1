package org.propamine.render.gl;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Creates an offscreen OpenGL context by trying, in order, {@link RenderBackend#EGL_SURFACELESS},
 * {@link RenderBackend#EGL_PBUFFER}, {@link RenderBackend#GLFW_HIDDEN_WINDOW} (Xvfb) and
 * {@link RenderBackend#OSMESA}; reports which one is used through the supplied log sink (one line: backend and
 * renderer), and when none works throws a {@link RenderUnavailableException} whose one-line message lists each
 * failure and the Debian packages to install.
 */
public final class OffscreenContexts {

    /** Debian packages that provide every backend (the same list as {@code .ci/install-render-deps.sh}). */
    public static final String PACKAGES = "libegl1 libegl-mesa0 libgl1-mesa-dri libgl1 libglx-mesa0 xvfb xauth libosmesa6";

    private OffscreenContexts() {
    }

    /** Tries every backend; logs the chosen one to {@code log}. */
    public static GlContext create(Consumer<String> log) {
        return create(EnumSet.allOf(RenderBackend.class), log);
    }

    /**
     * Tries the allowed backends in declaration order.
     *
     * @param allowed backends that may be used (non-empty)
     * @param log     receives one line naming the backend and renderer that were chosen
     */
    public static GlContext create(Set<RenderBackend> allowed, Consumer<String> log) {
        if (allowed.isEmpty()) {
            throw new IllegalArgumentException("no render backend allowed");
        }
        List<String> failures = new ArrayList<>();
        for (RenderBackend backend : RenderBackend.values()) {
            if (!allowed.contains(backend)) {
                continue;
            }
            try {
                GlContext context = open(backend);
                log.accept("render: using " + backend.description() + " — " + context.rendererInfo());
                return context;
            } catch (RuntimeException | LinkageError e) {
                failures.add(backend.name() + ": " + firstLine(e));
            }
        }
        throw new RenderUnavailableException("no OpenGL 3.3 backend works (" + String.join("; ", failures)
                + "); install the Debian packages: apt-get install " + PACKAGES
                + " (or run .ci/install-render-deps.sh), or set DISPLAY to a running X server/Xvfb");
    }

    private static GlContext open(RenderBackend backend) {
        return switch (backend) {
            case EGL_SURFACELESS -> EglContext.surfaceless();
            case EGL_PBUFFER -> EglContext.pbuffer();
            case GLFW_HIDDEN_WINDOW -> GlfwWindow.open(16, 16, "propamine-offscreen", false);
            case OSMESA -> OsMesaContext.create();
        };
    }

    private static String firstLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (!(e instanceof IllegalStateException)) {
            message = e.getClass().getSimpleName() + ": " + message;
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
