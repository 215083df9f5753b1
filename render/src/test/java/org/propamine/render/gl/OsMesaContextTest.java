package org.propamine.render.gl;

import static org.junit.jupiter.api.Assertions.*;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The OSMesa backend (Debian libosmesa6), forced by allowing only it; and switching GL libraries in one process. */
class OsMesaContextTest {

    @Test
    void forcedOsMesaSaysSoAndClearsToExactColours() {
        List<String> log = new ArrayList<>();
        try (GlContext context = OffscreenContexts.create(EnumSet.of(RenderBackend.OSMESA), log::add)) {
            assertEquals(RenderBackend.OSMESA, context.backend());
            assertEquals(1, log.size(), log.toString());
            assertTrue(log.get(0).startsWith("render: using OSMesa (Mesa off-screen, software, no display) — "), log.get(0));
            assertTrue(context.rendererInfo().contains("Mesa"), context.rendererInfo());
            BufferedImage image = ClearedFrame.read(64, 48);
            assertEquals(ClearedFrame.COLOUR, image.getRGB(40, 10) & 0xFFFFFF);
            assertEquals(0xFF0000, image.getRGB(0, 47) & 0xFFFFFF, "bottom-left of GL is bottom-left of image");
        }
    }

    @Test
    void osMesaAndEglTakeTurnsButNeverOverlap() {
        try (GlContext egl = OffscreenContexts.create(EnumSet.of(RenderBackend.EGL_SURFACELESS), s -> { })) {
            RenderUnavailableException e = assertThrows(RenderUnavailableException.class,
                    () -> OffscreenContexts.create(EnumSet.of(RenderBackend.OSMESA), s -> { }));
            assertTrue(e.getMessage().contains("OSMESA: 1 SYSTEM GL context(s) still open"), e.getMessage());
            assertTrue(e.getMessage().contains("apt-get install ") && e.getMessage().contains("libosmesa6"), e.getMessage());
            assertFalse(e.getMessage().contains("\n"));
            egl.makeCurrent();
            assertEquals(ClearedFrame.COLOUR, ClearedFrame.read(64, 48).getRGB(1, 1) & 0xFFFFFF, "the EGL context still works");
        }
        try (GlContext osmesa = OffscreenContexts.create(EnumSet.of(RenderBackend.OSMESA), s -> { })) {
            assertEquals(ClearedFrame.COLOUR, ClearedFrame.read(64, 48).getRGB(1, 1) & 0xFFFFFF);
        }
        try (GlContext egl = OffscreenContexts.create(EnumSet.of(RenderBackend.EGL_SURFACELESS), s -> { })) {
            assertEquals(RenderBackend.EGL_SURFACELESS, egl.backend());
            assertEquals(0xFF0000, ClearedFrame.read(64, 48).getRGB(0, 47) & 0xFFFFFF, "EGL again after OSMesa");
        }
    }
}
