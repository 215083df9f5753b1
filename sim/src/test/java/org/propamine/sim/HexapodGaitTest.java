package org.propamine.sim;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.propamine.sim.bullet.JBulletWorld;

/**
 * The hexapod walks plausibly: an open-loop tripod gait (legs fl, rl, mr in phase, ml, rr, fr in antiphase;
 * hip ctrl = ±0.5·sin(2π·1 Hz·t + φ) with the sign mirrored on the right side so every hip swings the foot
 * the same way, ankle ctrl = 0.5·cos(2π·1 Hz·t + φ)) moves it more than 1 m along +x in 20 s, upright.
 */
class HexapodGaitTest {

    @Test
    void tripodGaitMovesForward() {
        try (JBulletWorld w = new JBulletWorld(RobotFiles.load("hexapod"), PhysicsConfig.defaults())) {
            w.reset(1);
            double[] ctrl = new double[w.actuatorCount()];
            int legs = ctrl.length / 2;
            for (int k = 0; k < 400; k++) {
                double t = k * 0.05;
                for (int l = 0; l < legs; l++) {
                    double phase = l % 2 == 0 ? 0 : Math.PI, side = l >= 3 ? -1 : 1;
                    ctrl[2 * l] = side * 0.5 * Math.sin(2 * Math.PI * t + phase);
                    ctrl[2 * l + 1] = 0.5 * Math.cos(2 * Math.PI * t + phase);
                }
                w.step(ctrl);
            }
            RobotState s = w.newState();
            w.readState(s);
            assertFalse(w.diverged());
            assertTrue(s.basePosition[0] > 1.0, "walked " + s.basePosition[0] + " m");
            assertTrue(s.upZ() > 0.9, "upright");
        }
    }
}
