package org.propamine.render.overlay;

import static org.lwjgl.opengl.GL30C.*;

import java.nio.FloatBuffer;
import org.propamine.render.draw.ShaderProgram;
import org.lwjgl.system.MemoryUtil;

/**
 * Batched 2D quads in pixel coordinates (origin top-left, y down) for HUD text, panels and overlay images.
 * Each vertex carries position, texture coordinate and RGBA colour; a flush draws the batch with one texture in
 * one {@link Mode}. The vertex buffer is preallocated (capacity in quads), so a frame allocates nothing.
 */
public final class QuadBatch {
    /** How the fragment colour is formed from the vertex colour {@code c} and texel {@code t}. */
    public enum Mode {
        /** {@code c} (no texture). */
        SOLID,
        /** {@code (c.rgb, c.a·t.r)}: a single-channel glyph atlas. */
        GLYPH,
        /** {@code c·t}: an RGBA image. */
        IMAGE
    }

    private static final int FLOATS_PER_VERTEX = 8;
    private static final String VERTEX = """
            #version 330 core
            layout(location = 0) in vec2 aPos;
            layout(location = 1) in vec2 aUv;
            layout(location = 2) in vec4 aColour;
            uniform vec2 uScreen;
            out vec2 vUv;
            out vec4 vColour;
            void main() {
                vUv = aUv;
                vColour = aColour;
                gl_Position = vec4(aPos.x / uScreen.x * 2.0 - 1.0, 1.0 - aPos.y / uScreen.y * 2.0, 0.0, 1.0);
            }
            """;
    private static final String FRAGMENT = """
            #version 330 core
            in vec2 vUv;
            in vec4 vColour;
            uniform sampler2D uTexture;
            uniform int uMode;
            out vec4 fragColour;
            void main() {
                if (uMode == 0) {
                    fragColour = vColour;
                } else if (uMode == 1) {
                    fragColour = vec4(vColour.rgb, vColour.a * texture(uTexture, vUv).r);
                } else {
                    fragColour = vColour * texture(uTexture, vUv);
                }
            }
            """;

    private final ShaderProgram program = new ShaderProgram("overlay", VERTEX, FRAGMENT);
    private final int capacity;
    private final FloatBuffer vertices;
    private final int vao;
    private final int vbo;
    private int quads;
    private int screenWidth = 1;
    private int screenHeight = 1;

    /** @param capacity most quads per flush (≥ 1; 4096 holds a full HUD) */
    public QuadBatch(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("quad capacity must be >= 1, got " + capacity);
        }
        this.capacity = capacity;
        vertices = MemoryUtil.memAllocFloat(capacity * 6 * FLOATS_PER_VERTEX);
        vao = glGenVertexArrays();
        glBindVertexArray(vao);
        vbo = glGenBuffers();
        glBindBuffer(GL_ARRAY_BUFFER, vbo);
        glBufferData(GL_ARRAY_BUFFER, (long) vertices.capacity() * Float.BYTES, GL_STREAM_DRAW);
        int stride = FLOATS_PER_VERTEX * Float.BYTES;
        glEnableVertexAttribArray(0);
        glVertexAttribPointer(0, 2, GL_FLOAT, false, stride, 0);
        glEnableVertexAttribArray(1);
        glVertexAttribPointer(1, 2, GL_FLOAT, false, stride, 2L * Float.BYTES);
        glEnableVertexAttribArray(2);
        glVertexAttribPointer(2, 4, GL_FLOAT, false, stride, 4L * Float.BYTES);
        glBindVertexArray(0);
    }

    /** Starts a 2D pass over a {@code width × height} pixel viewport (blending on, depth off). */
    public void begin(int width, int height) {
        screenWidth = width;
        screenHeight = height;
        quads = 0;
        vertices.clear();
        glDisable(GL_DEPTH_TEST);
        glDisable(GL_CULL_FACE);
        glEnable(GL_BLEND);
        glBlendFunc(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA);
    }

    /** Adds an untextured rectangle; {@code argb} is 0xAARRGGBB. Flushes first if the texture mode differs. */
    public void rect(float x, float y, float w, float h, int argb) {
        quad(x, y, w, h, 0, 0, 0, 0, argb);
    }

    /** Adds a rectangle with texture coordinates (u0, v0) at its top-left and (u1, v1) at its bottom-right. */
    public void quad(float x, float y, float w, float h, float u0, float v0, float u1, float v1, int argb) {
        if (quads == capacity) {
            throw new IllegalStateException("quad batch full (" + capacity + "); flush more often");
        }
        float a = ((argb >>> 24) & 0xFF) / 255f;
        float r = ((argb >> 16) & 0xFF) / 255f;
        float g = ((argb >> 8) & 0xFF) / 255f;
        float b = (argb & 0xFF) / 255f;
        vertex(x, y, u0, v0, r, g, b, a);
        vertex(x + w, y, u1, v0, r, g, b, a);
        vertex(x + w, y + h, u1, v1, r, g, b, a);
        vertex(x, y, u0, v0, r, g, b, a);
        vertex(x + w, y + h, u1, v1, r, g, b, a);
        vertex(x, y + h, u0, v1, r, g, b, a);
        quads++;
    }

    private void vertex(float x, float y, float u, float v, float r, float g, float b, float a) {
        vertices.put(x).put(y).put(u).put(v).put(r).put(g).put(b).put(a);
    }

    /** Draws the queued quads with {@code texture} (0 for none) in {@code mode}, then empties the batch. */
    public void flush(int texture, Mode mode) {
        if (quads == 0) {
            return;
        }
        vertices.flip();
        program.use();
        program.setVec2("uScreen", screenWidth, screenHeight);
        program.setInt("uMode", mode.ordinal());
        program.setInt("uTexture", 0);
        glActiveTexture(GL_TEXTURE0);
        glBindTexture(GL_TEXTURE_2D, texture);
        glBindVertexArray(vao);
        glBindBuffer(GL_ARRAY_BUFFER, vbo);
        glBufferSubData(GL_ARRAY_BUFFER, 0, vertices);
        glDrawArrays(GL_TRIANGLES, 0, quads * 6);
        glBindVertexArray(0);
        quads = 0;
        vertices.clear();
    }

    /** Ends the 2D pass (blending off). Call after the last {@link #flush}. */
    public void end() {
        glDisable(GL_BLEND);
    }

    public void destroy() {
        program.destroy();
        glDeleteBuffers(vbo);
        glDeleteVertexArrays(vao);
        MemoryUtil.memFree(vertices);
    }
}
