package org.propamine.render.draw;

import org.joml.Matrix4f;
import org.joml.Vector3f;

/**
 * A perspective orbit camera in a z-up world that follows a target point with exponential smoothing.
 *
 * <p>The eye sits at {@code target + distance·(cos p·cos y, cos p·sin y, sin p)} for yaw {@code y} and pitch
 * {@code p} (radians). {@link #follow} moves the target towards the tracked point with time constant
 * {@code tau}: {@code target += (1 − exp(−dt/tau))·(point − target)}, so a body moving at constant speed
 * {@code v} lags by {@code v·tau} at steady state and never leaves the view. Mutable; one per view.
 */
public final class Camera {
    /** Smallest and largest orbit distance in metres. */
    public static final float MIN_DISTANCE = 0.5f;
    public static final float MAX_DISTANCE = 100f;
    private static final float MAX_PITCH = (float) Math.toRadians(89);

    private final Vector3f target = new Vector3f();
    private final Vector3f eye = new Vector3f();
    private float yaw = (float) Math.toRadians(-60);
    private float pitch = (float) Math.toRadians(25);
    private float distance = 4f;
    private float fovY = (float) Math.toRadians(45);
    private float tau = 0.4f;
    private boolean snapped;

    /** Orbit angles in radians (pitch clamped to ±89°) and distance in metres (clamped to [0.5, 100]). */
    public Camera orbit(float yawRadians, float pitchRadians, float distanceMetres) {
        this.yaw = yawRadians;
        this.pitch = Math.max(-MAX_PITCH, Math.min(MAX_PITCH, pitchRadians));
        this.distance = Math.max(MIN_DISTANCE, Math.min(MAX_DISTANCE, distanceMetres));
        return this;
    }

    /** Adds to the orbit angles (mouse drag), keeping the distance. */
    public void rotate(float deltaYaw, float deltaPitch) {
        orbit(yaw + deltaYaw, pitch + deltaPitch, distance);
    }

    /** Multiplies the distance (scroll zoom), clamped to [0.5, 100] m. */
    public void zoom(float factor) {
        orbit(yaw, pitch, distance * factor);
    }

    /** Vertical field of view in radians (default 45°, range (0, π)). */
    public Camera fieldOfView(float fovYRadians) {
        if (!(fovYRadians > 0 && fovYRadians < Math.PI)) {
            throw new IllegalArgumentException("field of view must be in (0, pi), got " + fovYRadians);
        }
        this.fovY = fovYRadians;
        return this;
    }

    /** Follow time constant in seconds (default 0.4; 0 = rigidly attached). */
    public Camera smoothing(float tauSeconds) {
        if (!(tauSeconds >= 0)) {
            throw new IllegalArgumentException("smoothing time constant must be >= 0, got " + tauSeconds);
        }
        this.tau = tauSeconds;
        return this;
    }

    /** Jumps the target to a point (first frame, reset). */
    public void lookAt(float x, float y, float z) {
        target.set(x, y, z);
        snapped = true;
    }

    /** Moves the target towards {@code (x, y, z)} over {@code dt} seconds; the first call snaps to it. */
    public void follow(float x, float y, float z, float dt) {
        if (!snapped || tau == 0f) {
            lookAt(x, y, z);
            return;
        }
        float alpha = 1f - (float) Math.exp(-Math.max(0f, dt) / tau);
        target.add((x - target.x) * alpha, (y - target.y) * alpha, (z - target.z) * alpha);
    }

    /** Writes projection × view for a viewport of the given aspect ratio (width / height) into {@code dest}. */
    public Matrix4f viewProjection(float aspect, Matrix4f dest) {
        eyePosition(eye);
        float near = Math.max(0.02f, distance * 0.01f);
        return dest.setPerspective(fovY, aspect, near, 200f)
                .lookAt(eye.x, eye.y, eye.z, target.x, target.y, target.z, 0f, 0f, 1f);
    }

    /** Eye position in world coordinates into {@code dest}. */
    public Vector3f eyePosition(Vector3f dest) {
        float cp = (float) Math.cos(pitch);
        return dest.set(target.x + distance * cp * (float) Math.cos(yaw),
                target.y + distance * cp * (float) Math.sin(yaw),
                target.z + distance * (float) Math.sin(pitch));
    }

    public float targetX() {
        return target.x;
    }

    public float targetY() {
        return target.y;
    }

    public float targetZ() {
        return target.z;
    }

    public float distance() {
        return distance;
    }
}
