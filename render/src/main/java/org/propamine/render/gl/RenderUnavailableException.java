package org.propamine.render.gl;

/** No OpenGL backend could be created; the message is one line naming what was tried and what to install. */
public final class RenderUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RenderUnavailableException(String message) {
        super(message);
    }
}
