package org.propamine.render.gl;

/**
 * An OpenGL 3.3 core context current on the thread that created it. Created by {@link OffscreenContexts} or
 * by a window; {@link #close()} releases it (create/destroy in pairs). Not thread-safe: every GL call must come
 * from the creating thread.
 */
public interface GlContext extends AutoCloseable {

    /** How the context was obtained. */
    RenderBackend backend();

    /** {@code GL_RENDERER} and {@code GL_VERSION} as reported by the driver, e.g. "llvmpipe (LLVM 15) / 4.5 (Core Profile) Mesa 22.3.6". */
    String rendererInfo();

    /** Makes this context current on the calling thread again (after another context was used). */
    void makeCurrent();

    /** Destroys the context and any surface it owns; idempotent. */
    @Override
    void close();
}
