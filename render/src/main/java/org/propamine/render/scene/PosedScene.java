package org.propamine.render.scene;

import java.util.List;

/**
 * A {@link Scene} whose poses the caller sets directly: tests, demos and adapters that compute poses themselves.
 * The focus is body 0's position unless {@link #setFocus} was called.
 */
public final class PosedScene implements Scene {
    private final List<SceneBody> bodies;
    private final double[] poses;
    private final double[] focus = new double[3];
    private boolean explicitFocus;

    /** All bodies start at the origin with the identity orientation. */
    public PosedScene(List<SceneBody> bodies) {
        if (bodies.isEmpty()) {
            throw new IllegalArgumentException("a scene needs at least one body");
        }
        this.bodies = List.copyOf(bodies);
        this.poses = new double[bodies.size() * 7];
        for (int i = 0; i < bodies.size(); i++) {
            poses[i * 7 + 6] = 1;
        }
    }

    /** Sets body {@code i}'s pose; the quaternion is normalised (must not be zero). */
    public void setPose(int i, double x, double y, double z, double qx, double qy, double qz, double qw) {
        double norm = Math.sqrt(qx * qx + qy * qy + qz * qz + qw * qw);
        if (!(norm > 1e-12)) {
            throw new IllegalArgumentException("body " + i + " orientation quaternion is zero or not finite");
        }
        int o = i * 7;
        poses[o] = x;
        poses[o + 1] = y;
        poses[o + 2] = z;
        poses[o + 3] = qx / norm;
        poses[o + 4] = qy / norm;
        poses[o + 5] = qz / norm;
        poses[o + 6] = qw / norm;
    }

    /** Overrides the camera focus point (m). */
    public void setFocus(double x, double y, double z) {
        focus[0] = x;
        focus[1] = y;
        focus[2] = z;
        explicitFocus = true;
    }

    @Override
    public int bodyCount() {
        return bodies.size();
    }

    @Override
    public SceneBody body(int i) {
        return bodies.get(i);
    }

    @Override
    public void bodyPose(int i, double[] dest) {
        System.arraycopy(poses, i * 7, dest, 0, 7);
    }

    @Override
    public void focus(double[] dest) {
        if (explicitFocus) {
            System.arraycopy(focus, 0, dest, 0, 3);
        } else {
            System.arraycopy(poses, 0, dest, 0, 3);
        }
    }
}
