package org.propamine.envs.locomotion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.propamine.sim.RobotState;

/** Golden values of the observation formula, computed by hand. */
class LocomotionObservationTest {

    @Test
    void eachElementMatchesTheDocumentedFormula() {
        double d = Math.toRadians(1);
        // joint 0: limits [30°, 70°] (mid 50°, half range 20°); joint 1: unlimited (q/π)
        LocomotionObservation o = new LocomotionObservation(new double[] {30 * d, Double.NEGATIVE_INFINITY},
                new double[] {70 * d, Double.POSITIVE_INFINITY}, 1);
        assertEquals(8 + 4 + 1, o.space().size());
        RobotState s = new RobotState(2, 1);
        s.basePosition[0] = 0;
        s.basePosition[1] = 0;
        s.basePosition[2] = 0.6;
        // yaw +90° about z: q = (0, 0, sin 45°, cos 45°)
        s.baseOrientation[2] = Math.sqrt(0.5);
        s.baseOrientation[3] = Math.sqrt(0.5);
        s.baseLinearVelocity[1] = 2; // world +y = heading +x after a 90° yaw
        s.baseLinearVelocity[2] = -1;
        s.jointPositions[0] = 60 * d;      // (60 − 50)/20 = 0.5
        s.jointPositions[1] = Math.PI / 4; // 0.25
        s.jointVelocities[0] = 3;          // 0.3
        s.jointVelocities[1] = 100;        // 10 → clipped to 5
        s.footContacts[0] = 1;
        double[] out = new double[o.space().size()];
        o.write(s, 0.75, out);
        double[] expected = {
            -0.15,          // 0.6 − 0.75
            -1, 0,          // angle to target = atan2(0, 1000) − π/2 = −π/2
            0.6, 0, -0.3,   // 0.3·(2, 0, −1) in the heading frame
            0, 0,           // roll, pitch
            0.5, 0.25,      // normalised joint angles
            0.3, 5,         // 0.1·speeds, the second clipped
            1               // foot contact
        };
        for (int i = 0; i < expected.length; i++) assertEquals(expected[i], out[i], 1e-12, "element " + i);
    }

    @Test
    void nonFiniteValuesBecomeZero() {
        LocomotionObservation o = new LocomotionObservation(new double[] {-1}, new double[] {1}, 0);
        RobotState s = new RobotState(1, 0);
        s.baseOrientation[3] = 1;
        s.basePosition[2] = Double.NaN;
        s.jointVelocities[0] = Double.POSITIVE_INFINITY;
        double[] out = new double[o.space().size()];
        o.write(s, 0.75, out);
        assertEquals(0, out[0]);
        assertEquals(0, out[9]);
        for (double v : out) assertEquals(true, Double.isFinite(v));
    }
}
