package org.propamine.render.draw;

import static org.lwjgl.opengl.GL11C.*;

import org.joml.Matrix4f;
import org.joml.Vector3f;
import org.propamine.render.scene.Scene;
import org.propamine.render.scene.SceneBody;

/**
 * Draws a {@link Scene} into the bound framebuffer: sky clear, ground grid, planar shadows, then the bodies with
 * Blinn–Phong shading under one directional light plus a hemisphere ambient term:
 * {@code c = k·(a·(0.6 + 0.4·(n_z+1)/2) + (1 − a)·max(n·l, 0)) + 0.3·max(n·h, 0)^32}, with albedo k, ambient
 * weight a = 0.35, light direction l and half vector h. Preallocates every matrix; a frame allocates nothing.
 */
public final class SceneRenderer {
    /** Sky / fog colour, linear RGB in [0, 1]. */
    public static final float[] SKY = {0.80f, 0.86f, 0.92f};

    private static final String VERTEX = """
            #version 330 core
            layout(location = 0) in vec3 aPos;
            layout(location = 1) in vec3 aNormal;
            uniform mat4 uViewProj;
            uniform mat4 uModel;
            uniform mat4 uNormalMatrix;
            out vec3 vNormal;
            out vec3 vWorld;
            void main() {
                vec4 world = uModel * vec4(aPos, 1.0);
                vWorld = world.xyz;
                vNormal = mat3(uNormalMatrix) * aNormal;
                gl_Position = uViewProj * world;
            }
            """;
    private static final String FRAGMENT = """
            #version 330 core
            in vec3 vNormal;
            in vec3 vWorld;
            uniform vec3 uAlbedo;
            uniform vec3 uLight;
            uniform vec3 uEye;
            uniform float uAmbient;
            out vec4 fragColour;
            void main() {
                vec3 n = normalize(vNormal);
                float diffuse = max(dot(n, uLight), 0.0);
                vec3 v = normalize(uEye - vWorld);
                vec3 h = normalize(uLight + v);
                float specular = diffuse > 0.0 ? 0.3 * pow(max(dot(n, h), 0.0), 32.0) : 0.0;
                float hemisphere = 0.6 + 0.4 * (0.5 + 0.5 * n.z);
                vec3 c = uAlbedo * (uAmbient * hemisphere + (1.0 - uAmbient) * diffuse) + vec3(specular);
                fragColour = vec4(min(c, vec3(1.0)), 1.0);
            }
            """;

    private final ShaderProgram lit = new ShaderProgram("lit", VERTEX, FRAGMENT);
    private final PrimitiveMeshes meshes = new PrimitiveMeshes();
    private final GroundGrid ground = new GroundGrid(40f);
    private final PlanarShadow shadow = new PlanarShadow();
    private final Vector3f light = new Vector3f(0.45f, 0.3f, 1f).normalize();
    private final Matrix4f viewProjection = new Matrix4f();
    private final Matrix4f normalMatrix = new Matrix4f();
    private final Matrix4f[] models = {new Matrix4f(), new Matrix4f(), new Matrix4f()};
    private final Mesh[] partMeshes = new Mesh[PrimitiveMeshes.MAX_PARTS];
    private final Vector3f eye = new Vector3f();
    private final double[] pose = new double[7];

    /**
     * Clears the viewport {@code (0, 0, width, height)} of the bound framebuffer and draws the scene.
     *
     * @param width  viewport width in pixels (≥ 1)
     * @param height viewport height in pixels (≥ 1)
     */
    public void render(Scene scene, Camera camera, int width, int height) {
        glViewport(0, 0, width, height);
        glClearColor(SKY[0], SKY[1], SKY[2], 1f);
        glClearStencil(0);
        glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT | GL_STENCIL_BUFFER_BIT);
        glEnable(GL_DEPTH_TEST);
        glDepthFunc(GL_LEQUAL);
        camera.viewProjection((float) width / height, viewProjection);
        camera.eyePosition(eye);

        ground.draw(viewProjection, camera.targetX(), camera.targetY(), eye.x, eye.y, eye.z, SKY);

        shadow.begin(viewProjection, light.x, light.y, light.z, 0.35f);
        for (int i = 0; i < scene.bodyCount(); i++) {
            scene.bodyPose(i, pose);
            int n = meshes.parts(scene.body(i), pose, models, partMeshes);
            for (int p = 0; p < n; p++) {
                shadow.draw(models[p], partMeshes[p]);
            }
        }
        shadow.end();

        glEnable(GL_CULL_FACE);
        glCullFace(GL_BACK);
        lit.use();
        lit.setMatrix("uViewProj", viewProjection);
        lit.setVec3("uLight", light.x, light.y, light.z);
        lit.setVec3("uEye", eye.x, eye.y, eye.z);
        lit.setFloat("uAmbient", 0.35f);
        for (int i = 0; i < scene.bodyCount(); i++) {
            SceneBody body = scene.body(i);
            scene.bodyPose(i, pose);
            int rgb = body.rgb();
            lit.setVec3("uAlbedo", ((rgb >> 16) & 0xFF) / 255f, ((rgb >> 8) & 0xFF) / 255f, (rgb & 0xFF) / 255f);
            int n = meshes.parts(body, pose, models, partMeshes);
            for (int p = 0; p < n; p++) {
                lit.setMatrix("uModel", models[p]);
                lit.setMatrix("uNormalMatrix", models[p].normal(normalMatrix));
                partMeshes[p].draw();
            }
        }
        glDisable(GL_CULL_FACE);
        glDisable(GL_DEPTH_TEST);
    }

    public void destroy() {
        lit.destroy();
        meshes.destroy();
        ground.destroy();
        shadow.destroy();
    }
}
