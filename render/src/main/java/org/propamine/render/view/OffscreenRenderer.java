package org.propamine.render.view;

import java.awt.image.BufferedImage;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;
import org.propamine.render.draw.Camera;
import org.propamine.render.gl.Framebuffer;
import org.propamine.render.gl.GlContext;
import org.propamine.render.gl.OffscreenContexts;
import org.propamine.render.gl.RenderBackend;
import org.propamine.render.overlay.HudInfo;
import org.propamine.render.scene.Scene;

/**
 * Headless frames: an offscreen GL context ({@link OffscreenContexts}), a framebuffer of the requested size and a
 * {@link FrameView}; {@link #render} draws and reads back into one reused image. All GL work happens on the
 * thread that constructed this object. Close to release everything (context last).
 */
public final class OffscreenRenderer implements AutoCloseable {
    private final GlContext context;
    private final Framebuffer framebuffer;
    private final FrameView view;
    private final BufferedImage image;

    /**
     * @param width   frame width in pixels (16..8192)
     * @param height  frame height in pixels (16..8192)
     * @param samples MSAA samples (0 = off, up to 8; 4 looks smooth, 0 is about twice as fast on llvmpipe)
     * @param log     receives the one line naming the backend in use
     */
    public OffscreenRenderer(int width, int height, int samples, Consumer<String> log) {
        this(width, height, samples, EnumSet.allOf(RenderBackend.class), log);
    }

    /** As {@link #OffscreenRenderer(int, int, int, Consumer)}, trying only the {@code allowed} backends. */
    public OffscreenRenderer(int width, int height, int samples, Set<RenderBackend> allowed, Consumer<String> log) {
        if (width < 16 || height < 16 || width > 8192 || height > 8192) {
            throw new IllegalArgumentException("frame size must be 16..8192 pixels, got " + width + "x" + height);
        }
        context = OffscreenContexts.create(allowed, log);
        try {
            framebuffer = new Framebuffer(width, height, samples);
            view = new FrameView(Math.max(10, Math.min(24, height / 34)));
        } catch (RuntimeException e) {
            context.close();
            throw e;
        }
        image = framebuffer.newImage();
    }

    /** The frame view, to attach overlays. */
    public FrameView view() {
        return view;
    }

    /** Backend and renderer description of the context in use. */
    public GlContext context() {
        return context;
    }

    public int width() {
        return framebuffer.width();
    }

    public int height() {
        return framebuffer.height();
    }

    /** Draws one frame and returns the reused image holding it (overwritten by the next call). */
    public BufferedImage render(Scene scene, Camera camera, HudInfo hud) {
        framebuffer.bind();
        view.draw(scene, camera, hud, framebuffer.width(), framebuffer.height());
        framebuffer.readInto(image);
        return image;
    }

    @Override
    public void close() {
        view.destroy();
        framebuffer.destroy();
        context.close();
    }
}
