package org.propamine.render.gl;

import static org.lwjgl.opengl.GL30C.*;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.nio.IntBuffer;
import org.lwjgl.system.MemoryUtil;

/**
 * Copies a framebuffer's colour pixels into a {@code TYPE_INT_RGB} image with {@code glReadPixels}, flipping GL's
 * bottom-up rows. Buffers are sized once for {@code width × height}; reads allocate nothing.
 */
public final class PixelReadback {
    private final int width;
    private final int height;
    private final IntBuffer pixels;
    private final int[] row;

    public PixelReadback(int width, int height) {
        this.width = width;
        this.height = height;
        pixels = MemoryUtil.memAllocInt(width * height);
        row = new int[width];
    }

    /**
     * Reads {@code (0, 0, width, height)} of framebuffer {@code framebuffer} (0 = the window's) from colour buffer
     * {@code readBuffer} ({@code GL_COLOR_ATTACHMENT0} for an FBO, {@code GL_BACK} for a window before swapping).
     */
    public void read(int framebuffer, int readBuffer, BufferedImage dest) {
        if (dest.getWidth() != width || dest.getHeight() != height || dest.getType() != BufferedImage.TYPE_INT_RGB) {
            throw new IllegalArgumentException("destination must be a " + width + "x" + height + " TYPE_INT_RGB image");
        }
        glBindFramebuffer(GL_READ_FRAMEBUFFER, framebuffer);
        glReadBuffer(readBuffer);
        glPixelStorei(GL_PACK_ALIGNMENT, 4);
        pixels.clear();
        // BGRA + UNSIGNED_INT_8_8_8_8_REV gives 0xAARRGGBB ints, the layout of TYPE_INT_RGB (alpha masked off).
        glReadPixels(0, 0, width, height, GL_BGRA, GL_UNSIGNED_INT_8_8_8_8_REV, pixels);
        int[] target = ((DataBufferInt) dest.getRaster().getDataBuffer()).getData();
        for (int y = 0; y < height; y++) {
            pixels.position((height - 1 - y) * width);
            pixels.get(row);
            int o = y * width;
            for (int x = 0; x < width; x++) {
                target[o + x] = row[x] & 0xFFFFFF;
            }
        }
        pixels.clear();
    }

    public void destroy() {
        MemoryUtil.memFree(pixels);
    }
}
