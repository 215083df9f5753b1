package org.propamine.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.propamine.sim.bullet.JBulletWorld;

/** Each perturbation hook changes what it claims, checked against hand-computed values where possible. */
class PerturbationTest {

    /** The ant standing after 2 s of zero controls. */
    private static JBulletWorld standingAnt() {
        JBulletWorld w = SimTestSupport.ant();
        w.reset(3);
        double[] zero = new double[w.actuatorCount()];
        for (int i = 0; i < 40; i++) w.step(zero);
        return w;
    }

    /**
     * Free fall before any contact: hinge impulses are internal, so the whole-robot centre of mass follows
     * Bullet's semi-implicit Euler exactly: after n internal steps of h, Δz = −g·h²·n(n+1)/2. With h = 1/120 s
     * and n = 12 (two env steps): Δz = −9.81·78/14400 = −0.0531375 m; gravity ×1.2: −0.0637650 m.
     */
    @Test
    void gravityScaleRaisesTheFallSpeed() {
        assertEquals(-0.0531375, fall(1.0, 1.0), 2e-5);
        assertEquals(-0.0637650, fall(1.2, 1.0), 2e-5);
        // the mass scale changes masses and inertias, but not the fall (gravity force is refreshed per body)
        assertEquals(-0.0531375, fall(1.0, 2.0), 2e-5);
    }

    private static double fall(double gravity, double mass) {
        try (JBulletWorld w = SimTestSupport.ant()) { // file pose, no reset noise, legs in the air
            w.setGravityScale(gravity);
            w.setMassScale(mass);
            double z0 = SimTestSupport.centerOfMass(w).z();
            double[] zero = new double[w.actuatorCount()];
            w.step(zero);
            w.step(zero);
            return SimTestSupport.centerOfMass(w).z() - z0;
        }
    }

    /**
     * A root impulse J changes the root body's velocity by J / m_root; m_root = torso + 4 welded hips =
     * 0.3272492 + 4·0.0391578 = 0.4838802 kg: J = 0.1 N·s gives 0.2066627 m/s, and half that at mass ×2.
     */
    @Test
    void massScaleAndRootImpulse() {
        for (double scale : new double[] {1, 2}) {
            try (JBulletWorld w = SimTestSupport.ant()) {
                w.setMassScale(scale);
                RobotState before = w.newState(), after = w.newState();
                w.readState(before);
                w.applyRootImpulse(0.1, 0, 0);
                w.readState(after);
                assertEquals(0.2066627 / scale, after.baseLinearVelocity[0] - before.baseLinearVelocity[0], 1e-5);
            }
        }
    }

    /**
     * Pushed sideways while standing: without friction nothing opposes the horizontal motion, so the centre of
     * mass keeps the momentum J / M (M = 0.9109 kg) and travels J/M·t; with friction it travels much less.
     */
    @Test
    void frictionScaleZeroLetsTheAntSlide() {
        double j = 0.3, t = 1.0;
        double slide0 = push(0.0, j), slide1 = push(1.0, j);
        double expected = j / 0.9109 * t;
        assertEquals(expected, slide0, 0.1 * expected);
        assertTrue(slide1 < 0.5 * slide0, "friction 1: " + slide1 + " m vs friction 0: " + slide0 + " m");
    }

    private static double push(double friction, double j) {
        try (JBulletWorld w = standingAnt()) {
            w.setFrictionScale(friction);
            double x0 = SimTestSupport.centerOfMass(w).x();
            w.applyRootImpulse(j, 0, 0);
            double[] zero = new double[w.actuatorCount()];
            for (int i = 0; i < 20; i++) w.step(zero);
            return SimTestSupport.centerOfMass(w).x() - x0;
        }
    }

    /** Motor strength 0: the controls have no effect at all (bit-identical states for ctrl +1 and −1). */
    @Test
    void motorStrengthZeroIgnoresControls() {
        assertEquals(runConstant(0, +1, null), runConstant(0, -1, null));
        assertNotEquals(runConstant(1, +1, null), runConstant(1, -1, null));
    }

    /** A DISABLED joint ignores its control: only that actuator's control differs between the two runs. */
    @Test
    void disabledJointIgnoresItsControl() {
        assertEquals(runConstant(1, +1, JointMode.DISABLED), runConstant(1, -1, JointMode.DISABLED));
        assertNotEquals(runConstant(1, +1, JointMode.ACTUATED), runConstant(1, -1, JointMode.ACTUATED));
    }

    /** Runs 20 steps with all strengths {@code strength}; ctrl of m_hip_1 = {@code c} when a mode is given, else all = c. */
    private static long runConstant(double strength, double c, JointMode hip1Mode) {
        try (JBulletWorld w = standingAnt()) {
            double[] ctrl = new double[w.actuatorCount()];
            if (hip1Mode == null) {
                java.util.Arrays.fill(ctrl, c);
                for (int a = 0; a < ctrl.length; a++) w.setMotorStrength(a, strength);
            } else {
                int a = SimTestSupport.actuatorOf(w, "hip_1");
                java.util.Arrays.fill(ctrl, 0.3);
                ctrl[a] = c;
                w.setJointMode(w.actuatorJoint(a), hip1Mode);
            }
            for (int i = 0; i < 20; i++) w.step(ctrl);
            return w.stateHash();
        }
    }

    /**
     * A LOCKED joint keeps the angle it had when locked (clamped into its limits: the standing ant rests its
     * ankles slightly past their limits) within 0.1 rad under random controls, after 0.5 s to settle there (the
     * same bar as the hinge limits: 10 sequential-impulse iterations leave a few hundredths of a radian of give
     * under the robot's weight); the same joint, actuated under the same controls, moves several times more.
     */
    @Test
    void lockedJointHoldsItsAngle() {
        double locked = worstDeviation(JointMode.LOCKED), actuated = worstDeviation(JointMode.ACTUATED);
        assertTrue(locked < 0.1, "locked joint moved " + locked + " rad");
        assertTrue(actuated > 3 * locked, "actuated " + actuated + " rad vs locked " + locked + " rad");
    }

    private static double worstDeviation(JointMode mode) {
        try (JBulletWorld w = standingAnt()) {
            int a = SimTestSupport.actuatorOf(w, "ankle_1");
            int j = w.actuatorJoint(a);
            RobotState s = w.newState();
            w.readState(s);
            double q0 = Math.max(w.jointLower(j), Math.min(w.jointUpper(j), s.jointPositions[j]));
            w.setJointMode(j, mode);
            SplittableRandom rng = new SplittableRandom(1);
            double[] ctrl = new double[w.actuatorCount()];
            double worst = 0;
            for (int i = 0; i < 100; i++) {
                for (int k = 0; k < ctrl.length; k++) ctrl[k] = rng.nextDouble(-1, 1);
                w.step(ctrl);
                w.readState(s);
                if (i >= 10) worst = Math.max(worst, Math.abs(s.jointPositions[j] - q0));
            }
            return worst;
        }
    }
}
