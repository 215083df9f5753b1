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
            Framebuffer fb = new Framebuffer(64, 48, 0);
            try {
                fb.bind();
                // 0.2*255 = 51 = 0x33, 0.4*255 = 102 = 0x66, 0.6*255 = 153 = 0x99
                glClearColor(0.2f, 0.4f, 0.6f, 1f);
                glClear(GL_COLOR_BUFFER_BIT);
                // a scissored clear marks the bottom-left 8x8 pixels red: after the row flip they are the last rows
                glEnable(GL_SCISSOR_TEST);
                glScissor(0, 0, 8, 8);
                glClearColor(1f, 0f, 0f, 1f);
                glClear(GL_COLOR_BUFFER_BIT);
                glDisable(GL_SCISSOR_TEST);
                BufferedImage image = fb.newImage();
                fb.readInto(image);
                GlInfo.check("readInto");
                assertEquals(0x336699, image.getRGB(40, 10) & 0xFFFFFF);
                assertEquals(0xFF0000, image.getRGB(0, 47) & 0xFFFFFF, "bottom-left of GL is bottom-left of image");
                assertEquals(0x336699, image.getRGB(0, 0) & 0xFFFFFF, "top-left stays the clear colour");
            } finally {
                fb.destroy();
            }
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
