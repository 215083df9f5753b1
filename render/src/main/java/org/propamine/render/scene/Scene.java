package org.propamine.render.scene;

/**
 * What the renderer draws: a fixed list of primitives whose world poses change every frame, plus the point the
 * follow camera tracks. World frame is z-up, metres; the ground is the plane z = 0.
 */
public interface Scene {

    int bodyCount();

    /** Shape, size and colour of body {@code i} (the count is constant; a size may change after an update, e.g. a shortened leg). */
    SceneBody body(int i);

    /**
     * Writes the world pose of body {@code i} into {@code dest[0..6]}: position x, y, z (m) and the unit
     * quaternion x, y, z, w of its orientation. Allocates nothing.
     */
    void bodyPose(int i, double[] dest);

    /** Writes the point the camera follows (the robot root, m) into {@code dest[0..2]}. */
    void focus(double[] dest);
}
