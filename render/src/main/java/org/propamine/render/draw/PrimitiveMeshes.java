package org.propamine.render.draw;

import org.joml.Matrix4f;
import org.joml.Quaternionf;
import org.propamine.render.scene.SceneBody;

/**
 * The three unit meshes every body is drawn from, and the model matrices that place them: a sphere, box or
 * cylinder is one scaled mesh; a capsule is a cylinder of its radius and half-length plus two spheres at
 * {@code z = ±halfLength}. Works into caller-supplied matrices, so per-frame use allocates nothing.
 */
public final class PrimitiveMeshes {
    /** Most parts one body needs (a capsule). */
    public static final int MAX_PARTS = 3;

    private final Mesh sphere;
    private final Mesh box;
    private final Mesh cylinder;
    private final Quaternionf rotation = new Quaternionf();

    public PrimitiveMeshes() {
        sphere = new Mesh(MeshFactory.sphere(16, 24));
        box = new Mesh(MeshFactory.box());
        cylinder = new Mesh(MeshFactory.cylinder(24));
    }

    /**
     * Fills {@code models[0..n)} and {@code meshes[0..n)} with the parts of {@code body} at world pose
     * {@code pose} (x, y, z, qx, qy, qz, qw) and returns n (1, or 3 for a capsule).
     */
    public int parts(SceneBody body, double[] pose, Matrix4f[] models, Mesh[] meshes) {
        rotation.set((float) pose[3], (float) pose[4], (float) pose[5], (float) pose[6]);
        Matrix4f base = models[0].translationRotate((float) pose[0], (float) pose[1], (float) pose[2], rotation);
        switch (body.shape()) {
            case SPHERE -> {
                float r = (float) body.size(0);
                base.scale(r);
                meshes[0] = sphere;
                return 1;
            }
            case BOX -> {
                base.scale((float) body.size(0), (float) body.size(1), (float) body.size(2));
                meshes[0] = box;
                return 1;
            }
            case CYLINDER -> {
                base.scale((float) body.size(0), (float) body.size(0), (float) body.size(1));
                meshes[0] = cylinder;
                return 1;
            }
            case CAPSULE -> {
                float r = (float) body.size(0);
                float h = (float) body.size(1);
                models[1].set(base).translate(0, 0, h).scale(r);
                models[2].set(base).translate(0, 0, -h).scale(r);
                base.scale(r, r, h);
                meshes[0] = cylinder;
                meshes[1] = sphere;
                meshes[2] = sphere;
                return 3;
            }
            default -> throw new IllegalStateException("unhandled shape " + body.shape());
        }
    }

    public void destroy() {
        sphere.destroy();
        box.destroy();
        cylinder.destroy();
    }
}
