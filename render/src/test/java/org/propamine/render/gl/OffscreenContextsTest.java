package org.propamine.render.gl;

import static org.junit.jupiter.api.Assertions.*;
import static org.lwjgl.opengl.GL11C.*;

import java.awt.image.BufferedImage;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class OffscreenContextsTest {

    @Test
    void surfacelessEglClearsFramebufferToExactColour() {
        try (GlContext context = OffscreenContexts.create(EnumSet.of(RenderBackend.EGL_SURFACELESS), System.out::println)) {
            assertEquals(RenderBackend.EGL_SURFACELESS, context.backend());
            // the red bottom-left 8x8 pixels of GL are the last rows of the image after the row flip
            BufferedImage image = ClearedFrame.read(64, 48);
            assertEquals(ClearedFrame.COLOUR, image.getRGB(40, 10) & 0xFFFFFF);
            assertEquals(0xFF0000, image.getRGB(0, 47) & 0xFFFFFF, "bottom-left of GL is bottom-left of image");
            assertEquals(ClearedFrame.COLOUR, image.getRGB(0, 0) & 0xFFFFFF, "top-left stays the clear colour");
        }
    }

    @Test
    void multisampledFramebufferResolvesBeforeReading() {
        try (GlContext context = OffscreenContexts.create(System.out::println)) {
            Framebuffer fb = new Framebuffer(32, 32, 4);
            try {
                fb.bind();
                glClearColor(0f, 1f, 0f, 1f);
                glClear(GL_COLOR_BUFFER_BIT);
                BufferedImage image = fb.newImage();
                fb.readInto(image);
                assertEquals(0x00FF00, image.getRGB(16, 16) & 0xFFFFFF);
            } finally {
                fb.destroy();
            }
        }
    }

    @Test
    void noAllowedBackendIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> OffscreenContexts.create(EnumSet.noneOf(RenderBackend.class), s -> { }));
    }

    @Test
    void closingOneOfTwoContextsLeavesTheOtherWorking() {
        try (GlContext survivor = OffscreenContexts.create(s -> { })) {
            GlContext closing = OffscreenContexts.create(s -> { }); // now current; survivor is not
            // same EGL display: terminating it here would leave the non-current survivor unusable
            closing.close();
            survivor.makeCurrent();
            Framebuffer fb = new Framebuffer(8, 8, 0);
            try {
                fb.bind();
                glClearColor(0f, 0f, 1f, 1f);
                glClear(GL_COLOR_BUFFER_BIT);
                BufferedImage image = fb.newImage();
                fb.readInto(image);
                assertEquals(0x0000FF, image.getRGB(4, 4) & 0xFFFFFF);
            } finally {
                fb.destroy();
            }
        }
    }
}
