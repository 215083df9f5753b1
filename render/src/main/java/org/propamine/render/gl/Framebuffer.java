package org.propamine.render.gl;

import static org.lwjgl.opengl.GL30C.*;

import java.awt.image.BufferedImage;

/**
 * An offscreen render target: RGBA8 colour + 24-bit depth / 8-bit stencil renderbuffers, optionally multisampled
 * (then resolved into a single-sample FBO before reading). {@link #readInto(BufferedImage)} copies the pixels
 * into a {@code TYPE_INT_RGB} image through a {@link PixelReadback} (preallocated; reading allocates nothing). Create and {@link #destroy()} on the context's thread.
 */
public final class Framebuffer {
    private final int width;
    private final int height;
    private final int samples;
    private final int drawFbo;
    private final int drawColor;
    private final int drawDepth;
    private final int resolveFbo;
    private final int resolveColor;
    private final PixelReadback readback;

    /**
     * @param width   pixels (1..16384)
     * @param height  pixels (1..16384)
     * @param samples MSAA samples: 0 or 1 for none, otherwise 2..8 (default used by the renderer: 4)
     */
    public Framebuffer(int width, int height, int samples) {
        if (width < 1 || height < 1 || width > 16384 || height > 16384) {
            throw new IllegalArgumentException("framebuffer size must be 1..16384, got " + width + "x" + height);
        }
        if (samples < 0 || samples > 8) {
            throw new IllegalArgumentException("samples must be 0..8, got " + samples);
        }
        this.width = width;
        this.height = height;
        this.samples = samples <= 1 ? 0 : samples;
        drawFbo = glGenFramebuffers();
        glBindFramebuffer(GL_FRAMEBUFFER, drawFbo);
        drawColor = renderbuffer(GL_RGBA8, GL_COLOR_ATTACHMENT0);
        drawDepth = renderbuffer(GL_DEPTH24_STENCIL8, GL_DEPTH_STENCIL_ATTACHMENT);
        checkComplete("draw");
        if (this.samples > 0) {
            resolveFbo = glGenFramebuffers();
            glBindFramebuffer(GL_FRAMEBUFFER, resolveFbo);
            resolveColor = glGenRenderbuffers();
            glBindRenderbuffer(GL_RENDERBUFFER, resolveColor);
            glRenderbufferStorage(GL_RENDERBUFFER, GL_RGBA8, width, height);
            glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, resolveColor);
            checkComplete("resolve");
        } else {
            resolveFbo = 0;
            resolveColor = 0;
        }
        glBindFramebuffer(GL_FRAMEBUFFER, 0);
        readback = new PixelReadback(width, height);
    }

    private int renderbuffer(int format, int attachment) {
        int id = glGenRenderbuffers();
        glBindRenderbuffer(GL_RENDERBUFFER, id);
        if (samples > 0) {
            glRenderbufferStorageMultisample(GL_RENDERBUFFER, samples, format, width, height);
        } else {
            glRenderbufferStorage(GL_RENDERBUFFER, format, width, height);
        }
        glFramebufferRenderbuffer(GL_FRAMEBUFFER, attachment, GL_RENDERBUFFER, id);
        return id;
    }

    private static void checkComplete(String which) {
        int status = glCheckFramebufferStatus(GL_FRAMEBUFFER);
        if (status != GL_FRAMEBUFFER_COMPLETE) {
            throw new IllegalStateException(which + " framebuffer incomplete: 0x" + Integer.toHexString(status));
        }
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** Binds this framebuffer for drawing and sets the viewport to its full size. */
    public void bind() {
        glBindFramebuffer(GL_FRAMEBUFFER, drawFbo);
        glViewport(0, 0, width, height);
    }

    /** A {@code TYPE_INT_RGB} image of this framebuffer's size, to pass to {@link #readInto}. */
    public BufferedImage newImage() {
        return new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    }

    /** Resolves multisampling if any, reads the colour buffer and writes it top-down into {@code dest}. */
    public void readInto(BufferedImage dest) {
        int source = drawFbo;
        if (samples > 0) {
            glBindFramebuffer(GL_READ_FRAMEBUFFER, drawFbo);
            glBindFramebuffer(GL_DRAW_FRAMEBUFFER, resolveFbo);
            glBlitFramebuffer(0, 0, width, height, 0, 0, width, height, GL_COLOR_BUFFER_BIT, GL_NEAREST);
            source = resolveFbo;
        }
        readback.read(source, GL_COLOR_ATTACHMENT0, dest);
        glBindFramebuffer(GL_FRAMEBUFFER, drawFbo);
    }

    /** Deletes the GL objects and the pixel buffer; idempotent use is not supported (call once). */
    public void destroy() {
        glDeleteFramebuffers(drawFbo);
        glDeleteRenderbuffers(drawColor);
        glDeleteRenderbuffers(drawDepth);
        if (resolveFbo != 0) {
            glDeleteFramebuffers(resolveFbo);
            glDeleteRenderbuffers(resolveColor);
        }
        readback.destroy();
    }
}
