package org.propamine.sim;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.propamine.sim.bullet.JBulletWorld;

/**
 * The ant at the default settings for 10,000 env steps (500 s) under zero and under seeded random controls:
 * never diverged (so no NaN and no body faster than 20 m/s at any internal step), hinge limits held within
 * 0.1 rad after the first second (the ankles start 30° outside their limits, as in the Gym model), no geom
 * more than 2 cm below the ground.
 */
class SimStabilityTest {

    @Test
    void zeroControls() { run(false); }

    @Test
    void randomControls() { run(true); }

    private static void run(boolean random) {
        try (JBulletWorld w = SimTestSupport.ant()) {
            w.reset(7);
            SplittableRandom rng = new SplittableRandom(42);
            double[] ctrl = new double[w.actuatorCount()];
            RobotState s = w.newState();
            double worstLimit = 0, lowest = Double.MAX_VALUE;
            for (int step = 0; step < 10_000; step++) {
                if (random) for (int a = 0; a < ctrl.length; a++) ctrl[a] = rng.nextDouble(-1, 1);
                w.step(ctrl);
                assertFalse(w.diverged(), "diverged at step " + step);
                w.readState(s);
                for (double v : s.basePosition) assertTrue(Double.isFinite(v));
                for (double v : s.jointVelocities) assertTrue(Double.isFinite(v));
                if (step >= 20) {
                    for (int j = 0; j < w.jointCount(); j++) {
                        double q = s.jointPositions[j];
                        worstLimit = Math.max(worstLimit, Math.max(w.jointLower(j) - q, q - w.jointUpper(j)));
                    }
                }
                if (step % 10 == 0) lowest = Math.min(lowest, SimTestSupport.lowestPoint(w));
            }
            System.out.printf("stability (%s controls): worst limit violation %.4f rad, lowest geom point %.4f m%n", random ? "random" : "zero", worstLimit, lowest);
            assertTrue(worstLimit <= 0.1, "limit violation " + worstLimit + " rad");
            assertTrue(lowest > -0.02, "geom below ground: " + lowest);
        }
    }
}
