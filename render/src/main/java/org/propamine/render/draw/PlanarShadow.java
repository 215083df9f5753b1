package org.propamine.render.draw;

import static org.lwjgl.opengl.GL11C.*;

import org.joml.Matrix4fc;

/**
 * Shadows of bodies on the ground by planar projection: every vertex {@code p} is moved along the light
 * direction {@code l} (unit, towards the light, {@code l.z > 0}) onto the plane z = 0:
 * {@code p' = p − l·(p.z / l.z)}, then drawn as translucent black. A stencil test lets each pixel darken once,
 * so overlapping parts do not make darker patches. Call {@link #begin}, {@link #draw} per part, {@link #end}.
 */
public final class PlanarShadow {
    private static final String VERTEX = """
            #version 330 core
            layout(location = 0) in vec3 aPos;
            uniform mat4 uViewProj;
            uniform mat4 uModel;
            uniform vec3 uLight;
            void main() {
                vec4 world = uModel * vec4(aPos, 1.0);
                vec3 p = world.xyz - uLight * (max(world.z, 0.0) / uLight.z);
                gl_Position = uViewProj * vec4(p.xy, 0.003, 1.0);
            }
            """;
    private static final String FRAGMENT = """
            #version 330 core
            uniform float uOpacity;
            out vec4 fragColour;
            void main() {
                fragColour = vec4(0.0, 0.0, 0.0, uOpacity);
            }
            """;

    private final ShaderProgram program = new ShaderProgram("shadow", VERTEX, FRAGMENT);

    /**
     * Sets GL state for the shadow pass.
     *
     * @param lightX  unit direction towards the light (z must be positive)
     * @param opacity darkness of the shadow in [0, 1] (default 0.35)
     */
    public void begin(Matrix4fc viewProjection, float lightX, float lightY, float lightZ, float opacity) {
        if (!(lightZ > 0)) {
            throw new IllegalArgumentException("light must come from above (z > 0), got " + lightZ);
        }
        program.use();
        program.setMatrix("uViewProj", viewProjection);
        program.setVec3("uLight", lightX, lightY, lightZ);
        program.setFloat("uOpacity", opacity);
        glDisable(GL_CULL_FACE);
        glDepthMask(false);
        glEnable(GL_BLEND);
        glBlendFunc(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA);
        glEnable(GL_STENCIL_TEST);
        glClearStencil(0);
        glClear(GL_STENCIL_BUFFER_BIT);
        glStencilFunc(GL_EQUAL, 0, 0xFF);
        glStencilOp(GL_KEEP, GL_KEEP, GL_INCR);
    }

    /** Draws one part's shadow with model matrix {@code model}. */
    public void draw(Matrix4fc model, Mesh mesh) {
        program.setMatrix("uModel", model);
        mesh.draw();
    }

    /** Restores the state {@link #begin} changed. */
    public void end() {
        glDisable(GL_STENCIL_TEST);
        glDisable(GL_BLEND);
        glDepthMask(true);
    }

    public void destroy() {
        program.destroy();
    }
}
