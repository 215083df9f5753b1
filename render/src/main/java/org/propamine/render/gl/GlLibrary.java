package org.propamine.render.gl;

import org.lwjgl.opengl.GL;
import org.lwjgl.system.Configuration;
import org.lwjgl.system.FunctionProvider;

/**
 * Owns LWJGL's process-wide OpenGL function provider ({@link GL#create}), which {@link GL#createCapabilities}
 * reads: the system {@code libGL.so.1} for EGL and GLX contexts ({@link Kind#SYSTEM}), or libOSMesa's
 * {@code OSMesaGetProcAddress} for OSMesa contexts ({@link Kind#OSMESA}, which carry their own GL). LWJGL holds
 * one provider at a time, so it is switched only while no context of the other kind is open; contexts
 * {@link #acquire} before creating their capabilities and {@link #release} when closed.
 *
 * <p>GL's automatic initialisation is turned off before GL's class is first used, so that a machine with
 * libOSMesa but no libGL does not fail in GL's static initialiser. Call from the rendering thread.
 */
final class GlLibrary {

    /** Where GL function addresses come from. */
    enum Kind { SYSTEM, OSMESA }

    static {
        Configuration.OPENGL_EXPLICIT_INIT.set(true);
    }

    private static Kind loaded;
    private static final int[] USERS = new int[Kind.values().length];

    private GlLibrary() {
    }

    /**
     * Makes {@code kind} LWJGL's GL function provider (loading it if needed) and counts one more context of it.
     *
     * @param osmesa the provider for {@link Kind#OSMESA}; ignored for {@link Kind#SYSTEM}
     * @throws IllegalStateException when a context of the other kind is still open
     */
    static synchronized void acquire(Kind kind, FunctionProvider osmesa) {
        if (loaded == null && GL.getFunctionProvider() != null) {
            loaded = Kind.SYSTEM; // GL was initialised before this class (not through it)
        }
        if (loaded != kind) {
            if (loaded != null) {
                Kind other = loaded;
                if (USERS[other.ordinal()] > 0) {
                    throw new IllegalStateException(USERS[other.ordinal()] + " " + other + " GL context(s) still open; close them before opening a "
                            + kind + " one (LWJGL holds one GL library per process)");
                }
                GL.destroy();
                loaded = null;
            }
            if (kind == Kind.SYSTEM) {
                GL.create();
            } else {
                GL.create(osmesa);
            }
            loaded = kind;
        }
        USERS[kind.ordinal()]++;
    }

    /** Counts one context of {@code kind} less; the provider stays loaded for the next context. */
    static synchronized void release(Kind kind) {
        if (USERS[kind.ordinal()] > 0) {
            USERS[kind.ordinal()]--;
        }
    }
}
