package org.propamine.render.gl;

import static org.lwjgl.opengl.GL11C.*;

/** Reads driver identification strings from the current context. */
public final class GlInfo {
    private GlInfo() {
    }

    /** "GL_RENDERER / GL_VERSION" of the current context. */
    public static String describe() {
        return glGetString(GL_RENDERER) + " / " + glGetString(GL_VERSION);
    }

    /** Throws when {@code glGetError} reports an error; {@code where} names the call site for the message. */
    public static void check(String where) {
        int error = glGetError();
        if (error != GL_NO_ERROR) {
            throw new IllegalStateException("OpenGL error 0x" + Integer.toHexString(error) + " after " + where);
        }
    }
}
