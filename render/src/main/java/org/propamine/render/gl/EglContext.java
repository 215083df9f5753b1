package org.propamine.render.gl;

import static org.lwjgl.egl.EGL10.*;
import static org.lwjgl.egl.EGL12.eglBindAPI;
import static org.lwjgl.egl.EGL14.eglGetCurrentContext;
import static org.lwjgl.egl.EGL14.EGL_OPENGL_API;
import static org.lwjgl.egl.EGL14.EGL_OPENGL_BIT;
import static org.lwjgl.egl.EGL15.*;

import org.lwjgl.PointerBuffer;
import org.lwjgl.egl.EGL;
import org.lwjgl.opengl.GL;
import org.lwjgl.opengl.GLCapabilities;
import org.lwjgl.system.JNI;
import org.lwjgl.system.MemoryStack;

/**
 * A desktop OpenGL 3.3 core context through EGL with no window: either Mesa's surfaceless platform
 * ({@code EGL_MESA_platform_surfaceless} + {@code EGL_KHR_surfaceless_context}, no surface at all) or the default
 * EGL display with a 1×1 pbuffer. All drawing goes into a {@link Framebuffer}.
 */
final class EglContext implements GlContext {

    /** {@code EGL_PLATFORM_SURFACELESS_MESA} from EGL_MESA_platform_surfaceless (not bound by LWJGL 3.3.6). */
    static final int EGL_PLATFORM_SURFACELESS_MESA = 0x31DD;

    /**
     * Live contexts per EGL display. EGL returns the same display handle to every caller in the process and
     * {@code eglTerminate} would invalidate all of them, so only the last context on a display terminates it.
     */
    private static final java.util.Map<Long, Integer> DISPLAY_USERS = new java.util.HashMap<>();

    private final RenderBackend backend;
    private final long display;
    private final long surface;
    private final long context;
    private final GLCapabilities capabilities;
    private final String rendererInfo;
    private boolean closed;

    private EglContext(RenderBackend backend) {
        this.backend = backend;
        boolean surfaceless = backend == RenderBackend.EGL_SURFACELESS;
        EGL.getFunctionProvider(); // loads libEGL.so.1 (throws if missing)
        if (surfaceless) {
            String clientExtensions = eglQueryString(EGL_NO_DISPLAY, EGL_EXTENSIONS);
            if (clientExtensions == null || !clientExtensions.contains("EGL_MESA_platform_surfaceless")) {
                throw new IllegalStateException("EGL client extension EGL_MESA_platform_surfaceless is missing");
            }
            // direct call: the surfaceless platform takes EGL_DEFAULT_DISPLAY (NULL), which LWJGL's wrappers reject
            long function = EGL.getCapabilities().eglGetPlatformDisplayEXT;
            if (function == 0L) {
                throw new IllegalStateException("EGL has no eglGetPlatformDisplayEXT");
            }
            display = JNI.callPPP(EGL_PLATFORM_SURFACELESS_MESA, EGL_DEFAULT_DISPLAY, 0L, function);
        } else {
            display = eglGetDisplay(EGL_DEFAULT_DISPLAY);
        }
        if (display == EGL_NO_DISPLAY) {
            throw new IllegalStateException("no EGL display (error 0x" + Integer.toHexString(eglGetError()) + ")");
        }
        int[] major = new int[1];
        int[] minor = new int[1];
        synchronized (DISPLAY_USERS) {
            if (!eglInitialize(display, major, minor)) {
                throw new IllegalStateException("eglInitialize failed (error 0x" + Integer.toHexString(eglGetError()) + ")");
            }
            DISPLAY_USERS.merge(display, 1, Integer::sum);
        }
        long ctx = EGL_NO_CONTEXT;
        long surf = EGL_NO_SURFACE;
        boolean acquired = false;
        try {
            if (surfaceless && !EGL.createDisplayCapabilities(display, major[0], minor[0]).EGL_KHR_surfaceless_context) {
                throw new IllegalStateException("EGL_KHR_surfaceless_context is missing");
            }
            if (!eglBindAPI(EGL_OPENGL_API)) {
                throw new IllegalStateException("EGL cannot bind the desktop OpenGL API");
            }
            long config = chooseConfig(display, surfaceless);
            ctx = eglCreateContext(display, config, EGL_NO_CONTEXT, new int[] {
                    EGL_CONTEXT_MAJOR_VERSION, 3, EGL_CONTEXT_MINOR_VERSION, 3,
                    EGL_CONTEXT_OPENGL_PROFILE_MASK, EGL_CONTEXT_OPENGL_CORE_PROFILE_BIT, EGL_NONE});
            if (ctx == EGL_NO_CONTEXT) {
                throw new IllegalStateException("eglCreateContext(OpenGL 3.3 core) failed (error 0x"
                        + Integer.toHexString(eglGetError()) + ")");
            }
            if (!surfaceless) {
                surf = eglCreatePbufferSurface(display, config, new int[] {EGL_WIDTH, 1, EGL_HEIGHT, 1, EGL_NONE});
                if (surf == EGL_NO_SURFACE) {
                    throw new IllegalStateException("eglCreatePbufferSurface failed");
                }
            }
            if (!eglMakeCurrent(display, surf, surf, ctx)) {
                throw new IllegalStateException("eglMakeCurrent failed (error 0x" + Integer.toHexString(eglGetError()) + ")");
            }
            GlLibrary.acquire(GlLibrary.Kind.SYSTEM, null);
            acquired = true;
            capabilities = GL.createCapabilities();
            rendererInfo = GlInfo.describe();
        } catch (RuntimeException | LinkageError e) {
            if (acquired) {
                GlLibrary.release(GlLibrary.Kind.SYSTEM);
            }
            if (ctx != EGL_NO_CONTEXT) {
                eglMakeCurrent(display, EGL_NO_SURFACE, EGL_NO_SURFACE, EGL_NO_CONTEXT);
                eglDestroyContext(display, ctx);
            }
            if (surf != EGL_NO_SURFACE) {
                eglDestroySurface(display, surf);
            }
            releaseDisplay(display);
            throw e;
        }
        context = ctx;
        surface = surf;
    }

    /** Mesa's surfaceless platform without a display server. */
    static EglContext surfaceless() {
        return new EglContext(RenderBackend.EGL_SURFACELESS);
    }

    /** The default EGL display with a pbuffer surface. */
    static EglContext pbuffer() {
        return new EglContext(RenderBackend.EGL_PBUFFER);
    }

    private static long chooseConfig(long display, boolean surfaceless) {
        int[] attributes = {
                EGL_RENDERABLE_TYPE, EGL_OPENGL_BIT,
                EGL_SURFACE_TYPE, surfaceless ? 0 : EGL_PBUFFER_BIT,
                EGL_RED_SIZE, 8, EGL_GREEN_SIZE, 8, EGL_BLUE_SIZE, 8,
                EGL_NONE};
        try (MemoryStack stack = MemoryStack.stackPush()) {
            PointerBuffer configs = stack.mallocPointer(1);
            int[] count = new int[1];
            if (!eglChooseConfig(display, attributes, configs, count) || count[0] == 0) {
                throw new IllegalStateException("no EGL config with desktop OpenGL and 8-bit RGB");
            }
            return configs.get(0);
        }
    }

    @Override
    public RenderBackend backend() {
        return backend;
    }

    @Override
    public String rendererInfo() {
        return rendererInfo;
    }

    @Override
    public void makeCurrent() {
        if (!eglMakeCurrent(display, surface, surface, context)) {
            throw new IllegalStateException("eglMakeCurrent failed (error 0x" + Integer.toHexString(eglGetError()) + ")");
        }
        GL.setCapabilities(capabilities);
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (eglGetCurrentContext() == context) {
            eglMakeCurrent(display, EGL_NO_SURFACE, EGL_NO_SURFACE, EGL_NO_CONTEXT);
            GL.setCapabilities(null);
        }
        eglDestroyContext(display, context);
        if (surface != EGL_NO_SURFACE) {
            eglDestroySurface(display, surface);
        }
        releaseDisplay(display);
        GlLibrary.release(GlLibrary.Kind.SYSTEM);
    }

    private static void releaseDisplay(long display) {
        synchronized (DISPLAY_USERS) {
            int users = DISPLAY_USERS.merge(display, -1, Integer::sum);
            if (users <= 0) {
                DISPLAY_USERS.remove(display);
                eglTerminate(display);
            }
        }
    }
}
