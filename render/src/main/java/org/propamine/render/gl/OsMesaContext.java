package org.propamine.render.gl;

import static org.lwjgl.system.MemoryUtil.NULL;
import static org.lwjgl.system.MemoryUtil.memAddress;

import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.List;
import org.lwjgl.opengl.GL;
import org.lwjgl.opengl.GLCapabilities;
import org.lwjgl.system.FunctionProvider;
import org.lwjgl.system.JNI;
import org.lwjgl.system.Library;
import org.lwjgl.system.MemoryStack;
import org.lwjgl.system.MemoryUtil;
import org.lwjgl.system.SharedLibrary;

/**
 * A desktop OpenGL 3.3 core context from Mesa's off-screen renderer libOSMesa (Debian package
 * {@code libosmesa6}; software rendering, no display, no EGL, no X server). LWJGL 3.3.6 ships no OSMesa
 * bindings, so the five entry points used here are called through {@link JNI} on addresses looked up in the
 * library. The context's own colour buffer is 1×1 in client memory; all drawing goes into a
 * {@link Framebuffer}. libOSMesa carries its own GL, so GL functions come from {@code OSMesaGetProcAddress}
 * ({@link GlLibrary.Kind#OSMESA}).
 */
final class OsMesaContext implements GlContext {

    /** Sonames tried in order: Debian 12's libosmesa6 installs libOSMesa.so.8 (and .so.6 for old programs). */
    static final String[] LIBRARY_NAMES = {"libOSMesa.so.8", "libOSMesa.so.6"};

    // osmesa.h
    private static final int OSMESA_FORMAT = 0x22, OSMESA_DEPTH_BITS = 0x30, OSMESA_STENCIL_BITS = 0x31,
            OSMESA_PROFILE = 0x33, OSMESA_CORE_PROFILE = 0x34, OSMESA_CONTEXT_MAJOR_VERSION = 0x36,
            OSMESA_CONTEXT_MINOR_VERSION = 0x37;
    private static final int GL_RGBA = 0x1908, GL_UNSIGNED_BYTE = 0x1401;

    /** The loaded library and its entry points; loaded once per process and never unloaded. */
    private record Api(SharedLibrary library, long createContextAttribs, long destroyContext, long makeCurrent,
                       long getCurrentContext, long getProcAddress) implements FunctionProvider {
        @Override
        public long getFunctionAddress(ByteBuffer functionName) {
            long address = JNI.callPP(memAddress(functionName), getProcAddress);
            return address != NULL ? address : library.getFunctionAddress(functionName);
        }
    }

    private static Api api;

    private final long context;
    private final ByteBuffer colourBuffer;
    private final GLCapabilities capabilities;
    private final String rendererInfo;
    private boolean closed;

    private OsMesaContext() {
        Api a = api();
        long ctx;
        try (MemoryStack stack = MemoryStack.stackPush()) {
            IntBuffer attributes = stack.ints(OSMESA_FORMAT, GL_RGBA, OSMESA_DEPTH_BITS, 24, OSMESA_STENCIL_BITS, 8,
                    OSMESA_PROFILE, OSMESA_CORE_PROFILE, OSMESA_CONTEXT_MAJOR_VERSION, 3, OSMESA_CONTEXT_MINOR_VERSION, 3, 0);
            ctx = JNI.callPPP(memAddress(attributes), NULL, a.createContextAttribs);
        }
        if (ctx == NULL) {
            throw new IllegalStateException("OSMesaCreateContextAttribs(OpenGL 3.3 core) failed");
        }
        ByteBuffer buffer = MemoryUtil.memAlloc(4);
        boolean acquired = false;
        try {
            GlLibrary.acquire(GlLibrary.Kind.OSMESA, a);
            acquired = true;
            if (!makeCurrent(a, ctx, buffer)) {
                throw new IllegalStateException("OSMesaMakeCurrent failed");
            }
            capabilities = GL.createCapabilities();
            rendererInfo = GlInfo.describe();
        } catch (RuntimeException | LinkageError e) {
            if (JNI.callP(a.getCurrentContext) == ctx) {
                JNI.callPPI(NULL, NULL, 0, 0, 0, a.makeCurrent);
                GL.setCapabilities(null);
            }
            JNI.callPV(ctx, a.destroyContext);
            MemoryUtil.memFree(buffer);
            if (acquired) {
                GlLibrary.release(GlLibrary.Kind.OSMESA);
            }
            throw e;
        }
        context = ctx;
        colourBuffer = buffer;
    }

    /** Opens a context; throws {@link IllegalStateException} or {@link UnsatisfiedLinkError} naming what is missing. */
    static OsMesaContext create() {
        return new OsMesaContext();
    }

    private static synchronized Api api() {
        if (api == null) {
            List<String> failures = new ArrayList<>();
            for (String name : LIBRARY_NAMES) {
                try {
                    SharedLibrary library = Library.loadNative(OsMesaContext.class, "org.lwjgl.opengl", name);
                    api = new Api(library, function(library, "OSMesaCreateContextAttribs"), function(library, "OSMesaDestroyContext"),
                            function(library, "OSMesaMakeCurrent"), function(library, "OSMesaGetCurrentContext"),
                            function(library, "OSMesaGetProcAddress"));
                    break;
                } catch (UnsatisfiedLinkError | IllegalStateException e) {
                    failures.add(name + ": " + e.getMessage());
                }
            }
            if (api == null) {
                throw new IllegalStateException("libOSMesa not found (" + String.join("; ", failures) + ")");
            }
        }
        return api;
    }

    private static long function(SharedLibrary library, String name) {
        long address = library.getFunctionAddress(name);
        if (address == NULL) {
            throw new IllegalStateException(library.getName() + " has no " + name);
        }
        return address;
    }

    /** OSMesaMakeCurrent returns a GLboolean (one byte): only the low byte of the int is defined. */
    private static boolean makeCurrent(Api a, long ctx, ByteBuffer buffer) {
        return (JNI.callPPI(ctx, memAddress(buffer), GL_UNSIGNED_BYTE, 1, 1, a.makeCurrent) & 0xFF) != 0;
    }

    @Override
    public RenderBackend backend() {
        return RenderBackend.OSMESA;
    }

    @Override
    public String rendererInfo() {
        return rendererInfo;
    }

    @Override
    public void makeCurrent() {
        if (!makeCurrent(api, context, colourBuffer)) {
            throw new IllegalStateException("OSMesaMakeCurrent failed");
        }
        GL.setCapabilities(capabilities);
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (JNI.callP(api.getCurrentContext) == context) {
            JNI.callPPI(NULL, NULL, 0, 0, 0, api.makeCurrent); // Mesa: a NULL context unbinds
            GL.setCapabilities(null);
        }
        JNI.callPV(context, api.destroyContext);
        MemoryUtil.memFree(colourBuffer);
        GlLibrary.release(GlLibrary.Kind.OSMESA);
    }
}
