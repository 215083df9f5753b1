package org.propamine.render.overlay;

import static org.lwjgl.opengl.GL11C.*;
import static org.lwjgl.opengl.GL12C.GL_CLAMP_TO_EDGE;
import static org.lwjgl.opengl.GL30C.GL_R8;
import static org.lwjgl.opengl.GL30C.GL_RED;

import java.nio.ByteBuffer;

/**
 * A 2D texture with nearest-neighbour or linear filtering, clamped at the edges, in RGBA8 (images) or R8 (glyph
 * atlases). {@link #upload} replaces the whole content from a caller-owned buffer.
 */
public final class Texture {
    private final int id;
    private final int width;
    private final int height;
    private final boolean singleChannel;

    /**
     * @param singleChannel true for an R8 texture (1 byte per texel), false for RGBA8 (4 bytes per texel)
     * @param linear        linear filtering (text) instead of nearest (cell images)
     */
    public Texture(int width, int height, boolean singleChannel, boolean linear) {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("texture size must be positive, got " + width + "x" + height);
        }
        this.width = width;
        this.height = height;
        this.singleChannel = singleChannel;
        id = glGenTextures();
        glBindTexture(GL_TEXTURE_2D, id);
        int filter = linear ? GL_LINEAR : GL_NEAREST;
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, filter);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, filter);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
        glTexImage2D(GL_TEXTURE_2D, 0, singleChannel ? GL_R8 : GL_RGBA8, width, height, 0,
                singleChannel ? GL_RED : GL_RGBA, GL_UNSIGNED_BYTE, (ByteBuffer) null);
        glBindTexture(GL_TEXTURE_2D, 0);
    }

    /** Replaces all texels; {@code texels} holds rows top to bottom, {@code width·height·(1 or 4)} bytes from its position. */
    public void upload(ByteBuffer texels) {
        int needed = width * height * (singleChannel ? 1 : 4);
        if (texels.remaining() < needed) {
            throw new IllegalArgumentException("texture upload needs " + needed + " bytes, got " + texels.remaining());
        }
        glBindTexture(GL_TEXTURE_2D, id);
        glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
        glTexSubImage2D(GL_TEXTURE_2D, 0, 0, 0, width, height, singleChannel ? GL_RED : GL_RGBA, GL_UNSIGNED_BYTE,
                texels);
        glBindTexture(GL_TEXTURE_2D, 0);
    }

    public int id() {
        return id;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public void destroy() {
        glDeleteTextures(id);
    }
}
