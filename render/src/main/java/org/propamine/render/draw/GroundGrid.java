package org.propamine.render.draw;

import static org.lwjgl.opengl.GL30C.*;

import org.joml.Matrix4fc;

/**
 * The ground plane z = 0 drawn as one large quad centred under the camera target: a 1 m checkerboard with thin
 * lines every metre and a thicker one every 5 m, fading into the sky colour with distance (fog).
 */
public final class GroundGrid {
    private static final String VERTEX = """
            #version 330 core
            layout(location = 0) in vec2 aCorner;
            uniform mat4 uViewProj;
            uniform vec2 uCentre;
            uniform float uHalfSize;
            out vec2 vWorld;
            void main() {
                vWorld = uCentre + aCorner * uHalfSize;
                gl_Position = uViewProj * vec4(vWorld, 0.0, 1.0);
            }
            """;
    private static final String FRAGMENT = """
            #version 330 core
            in vec2 vWorld;
            uniform vec3 uEye;
            uniform vec3 uSky;
            uniform float uFogDistance;
            out vec4 fragColour;
            float line(vec2 p, float spacing, float width) {
                vec2 g = abs(fract(p / spacing - 0.5) - 0.5) * spacing;
                vec2 w = fwidth(p) * width;
                vec2 a = 1.0 - smoothstep(vec2(0.0), w, g);
                return max(a.x, a.y);
            }
            void main() {
                vec2 cell = floor(vWorld);
                float checker = mod(cell.x + cell.y, 2.0);
                vec3 colour = mix(vec3(0.56, 0.58, 0.60), vec3(0.66, 0.68, 0.70), checker);
                colour = mix(colour, vec3(0.35, 0.37, 0.40), line(vWorld, 1.0, 1.0) * 0.6);
                colour = mix(colour, vec3(0.25, 0.27, 0.30), line(vWorld, 5.0, 1.6) * 0.8);
                float d = length(vec3(vWorld, 0.0) - uEye);
                float fog = clamp(d / uFogDistance, 0.0, 1.0);
                fragColour = vec4(mix(colour, uSky, fog * fog), 1.0);
            }
            """;

    private final ShaderProgram program;
    private final int vao;
    private final int vbo;
    private final float halfSize;

    /** @param halfSize half the quad's side in metres (default 40; the fog reaches the sky colour at this distance) */
    public GroundGrid(float halfSize) {
        if (!(halfSize > 0)) {
            throw new IllegalArgumentException("ground half size must be positive, got " + halfSize);
        }
        this.halfSize = halfSize;
        program = new ShaderProgram("ground", VERTEX, FRAGMENT);
        vao = glGenVertexArrays();
        glBindVertexArray(vao);
        vbo = glGenBuffers();
        glBindBuffer(GL_ARRAY_BUFFER, vbo);
        glBufferData(GL_ARRAY_BUFFER, new float[] {-1, -1, 1, -1, 1, 1, -1, -1, 1, 1, -1, 1}, GL_STATIC_DRAW);
        glEnableVertexAttribArray(0);
        glVertexAttribPointer(0, 2, GL_FLOAT, false, 2 * Float.BYTES, 0);
        glBindVertexArray(0);
    }

    /**
     * Draws the ground (depth test on, writes depth).
     *
     * @param centreX centre of the quad (usually the camera target), m
     * @param eyeX    camera position for the fog, m
     * @param skyRgb  fog colour, components in [0, 1]
     */
    public void draw(Matrix4fc viewProjection, float centreX, float centreY, float eyeX, float eyeY, float eyeZ,
                     float[] skyRgb) {
        program.use();
        program.setMatrix("uViewProj", viewProjection);
        program.setVec3("uEye", eyeX, eyeY, eyeZ);
        program.setVec3("uSky", skyRgb[0], skyRgb[1], skyRgb[2]);
        program.setFloat("uHalfSize", halfSize);
        program.setFloat("uFogDistance", halfSize);
        program.setVec2("uCentre", centreX, centreY);
        glBindVertexArray(vao);
        glDrawArrays(GL_TRIANGLES, 0, 6);
        glBindVertexArray(0);
    }

    public void destroy() {
        program.destroy();
        glDeleteBuffers(vbo);
        glDeleteVertexArrays(vao);
    }
}
