package org.propamine.render.gl;

/** The ways this module obtains an OpenGL context, in the order {@link OffscreenContexts#create} tries them. */
public enum RenderBackend {
    /** EGL on Mesa's surfaceless platform: no display, no X server; renders into a framebuffer object. */
    EGL_SURFACELESS("EGL surfaceless (Mesa, no display)"),
    /** EGL's default display with a 1×1 pbuffer surface (drivers without the surfaceless platform). */
    EGL_PBUFFER("EGL default display + pbuffer"),
    /** A hidden GLFW window on the X display named by {@code DISPLAY} (typically Xvfb). */
    GLFW_HIDDEN_WINDOW("GLFW window (hidden when offscreen) on X display"),
    /** Mesa's off-screen renderer libOSMesa (software, no display, no EGL); renders into a framebuffer object. */
    OSMESA("OSMesa (Mesa off-screen, software, no display)");

    private final String description;

    RenderBackend(String description) {
        this.description = description;
    }

    /** A short human-readable description for log lines. */
    public String description() {
        return description;
    }
}
