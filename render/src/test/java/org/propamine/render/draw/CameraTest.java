package org.propamine.render.draw;

import static org.junit.jupiter.api.Assertions.*;

import org.joml.Matrix4f;
import org.joml.Vector3f;
import org.joml.Vector4f;
import org.junit.jupiter.api.Test;

class CameraTest {

    @Test
    void followIsExponentialSmoothingWithTheGivenTimeConstant() {
        Camera camera = new Camera().smoothing(0.5f);
        camera.follow(0, 0, 0, 0.1f); // first call snaps
        camera.follow(1, 0, 0, 0.5f);
        // alpha = 1 - exp(-0.5 / 0.5) = 1 - 1/e = 0.63212
        assertEquals(1 - Math.exp(-1), camera.targetX(), 1e-6);
    }

    @Test
    void constantSpeedTargetLagsBySpeedTimesTau() {
        Camera camera = new Camera().smoothing(0.4f);
        float dt = 1f / 60;
        for (int i = 0; i <= 600; i++) { // 10 s at 2 m/s
            camera.follow(2f * i * dt, 0, 0.75f, dt);
        }
        // steady-state lag of a first-order filter on a ramp: v * tau = 0.8 m (discretisation changes it by < 2%)
        assertEquals(20f - 0.8f, camera.targetX(), 0.02f);
    }

    @Test
    void targetProjectsToTheViewportCentreAndPitchIsClamped() {
        Camera camera = new Camera().orbit(0.3f, 0.4f, 5f);
        camera.lookAt(3, -2, 0.5f);
        Vector4f clip = camera.viewProjection(4f / 3f, new Matrix4f()).transform(new Vector4f(3, -2, 0.5f, 1));
        assertEquals(0, clip.x / clip.w, 1e-5);
        assertEquals(0, clip.y / clip.w, 1e-5);
        Vector3f eye = camera.eyePosition(new Vector3f());
        assertEquals(5f, eye.distance(3, -2, 0.5f), 1e-4f);
        assertEquals(0.5f + 5f * (float) Math.sin(0.4f), eye.z, 1e-4f);

        camera.orbit(0, 3f, 1000f);
        assertEquals(Camera.MAX_DISTANCE, camera.distance());
        assertTrue(camera.eyePosition(new Vector3f()).z < 0.5f + Camera.MAX_DISTANCE, "pitch clamped below 90°");
        assertThrows(IllegalArgumentException.class, () -> camera.smoothing(-1));
    }
}
