package org.propamine.render.gl;

import static org.lwjgl.opengl.GL11C.*;

import java.awt.image.BufferedImage;

/** Test helper: a framebuffer cleared to 0x336699 with a red 8×8 bottom-left corner, read back on the current context. */
final class ClearedFrame {
    /** The clear colour: 0.2·255 = 0x33, 0.4·255 = 0x66, 0.6·255 = 0x99. */
    static final int COLOUR = 0x336699;

    private ClearedFrame() {
    }

    /** Clears a {@code width}×{@code height} framebuffer (a scissored red clear marks the bottom-left 8×8 pixels) and reads it. */
    static BufferedImage read(int width, int height) {
        Framebuffer fb = new Framebuffer(width, height, 0);
        try {
            fb.bind();
            glClearColor(0.2f, 0.4f, 0.6f, 1f);
            glClear(GL_COLOR_BUFFER_BIT);
            glEnable(GL_SCISSOR_TEST);
            glScissor(0, 0, 8, 8);
            glClearColor(1f, 0f, 0f, 1f);
            glClear(GL_COLOR_BUFFER_BIT);
            glDisable(GL_SCISSOR_TEST);
            BufferedImage image = fb.newImage();
            fb.readInto(image);
            GlInfo.check("readInto");
            return image;
        } finally {
            fb.destroy();
        }
    }
}
