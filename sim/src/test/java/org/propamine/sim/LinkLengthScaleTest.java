package org.propamine.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.propamine.sim.bullet.JBulletWorld;
import org.propamine.sim.robot.Geom;
import org.propamine.sim.robot.Pose;
import org.propamine.sim.robot.Vec3;

/** {@link SimWorld#setLinkLengthScale}: from the start it is the short-leg robot file, mid-episode a smooth cut. */
class LinkLengthScaleTest {

    private static final int STEPS = 300, CUT_STEP = 100;

    /** Hash after each of {@code steps} steps of controls from SplittableRandom(seed); cut {@code link} at {@code cutStep}. */
    static long[] run(SimWorld w, long seed, int link, int cutStep, int steps) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] ctrl = new double[w.actuatorCount()];
        long[] out = new long[steps];
        for (int i = 0; i < steps; i++) {
            if (i == cutStep) w.setLinkLengthScale(link, 0.5);
            for (int a = 0; a < ctrl.length; a++) ctrl[a] = rng.nextDouble(-1, 1);
            w.step(ctrl);
            out[i] = w.stateHash();
            RobotState s = w.newState();
            w.readState(s);
            assertFalse(w.diverged(), "step " + i);
            for (double q : s.jointPositions) assertTrue(Double.isFinite(q), "step " + i);
            assertTrue(Double.isFinite(s.basePosition[2]) && s.basePosition[2] > 0.1, "step " + i + " torso z " + s.basePosition[2]);
        }
        return out;
    }

    /** World position of the far (distal) cap centre of {@code link}'s capsule, relative to its anchor at the link origin. */
    static Vec3 tip(SimWorld w, int link) {
        Geom g = w.description().links().get(link).geoms().get(0);
        Pose p = SimTestSupport.linkPose(w, link).compose(g.pose());
        return p.apply(new Vec3(0, 0, g.size(1) / 2));
    }

    @Test
    void cutBeforeTheFirstStepIsTheShortLegRobotFileBitForBit() {
        try (JBulletWorld cut = SimTestSupport.ant();
             JBulletWorld file = new JBulletWorld(RobotFiles.load("ant_short_leg"), PhysicsConfig.defaults())) {
            int shin = cut.description().linkIndex("shin1");
            cut.reset(7);
            cut.setLinkLengthScale(shin, 0.5);
            file.reset(7);
            assertEquals(file.stateHash(), cut.stateHash());
            long[] a = run(cut, 8, shin, -1, STEPS), b = run(file, 8, shin, -1, STEPS);
            for (int i = 0; i < STEPS; i++) assertEquals(b[i], a[i], "step " + i);
            // the cut survives a reset, as every perturbation does; scale 1 restores the nominal ant
            cut.reset(7);
            file.reset(7);
            assertEquals(file.stateHash(), cut.stateHash());
            cut.setLinkLengthScale(shin, 1);
            try (JBulletWorld nominal = SimTestSupport.ant()) {
                nominal.reset(7);
                assertEquals(nominal.stateHash(), cut.stateHash());
                assertEquals(nominal.description(), cut.description());
            }
        }
    }

    @Test
    void cutMidEpisodeChangesNothingBeforeAndHalvesTheShinAfter() {
        try (JBulletWorld nominal = SimTestSupport.ant(); JBulletWorld cut = SimTestSupport.ant()) {
            int shin = cut.description().linkIndex("shin1");
            double length = cut.description().links().get(shin).geoms().get(0).size(1);
            nominal.reset(3);
            cut.reset(3);
            long[] a = run(nominal, 4, shin, -1, CUT_STEP), b = run(cut, 4, shin, -1, CUT_STEP);
            for (int i = 0; i < CUT_STEP; i++) assertEquals(a[i], b[i], "identical before the cut, step " + i);
            // the cut itself: capsule length exactly halved, the kept (proximal) end and the joint angles stay
            Vec3 anchorBefore = SimTestSupport.linkPose(cut, shin).position(), tipBefore = tip(cut, shin);
            RobotState before = cut.newState(), after = cut.newState();
            cut.readState(before);
            cut.setLinkLengthScale(shin, 0.5);
            cut.readState(after);
            assertEquals(0.5 * length, cut.description().links().get(shin).geoms().get(0).size(1), 0.0);
            assertEquals(0, anchorBefore.minus(SimTestSupport.linkPose(cut, shin).position()).norm(), 1e-6, "anchor moves < 1 µm");
            for (int j = 0; j < before.jointPositions.length; j++) {
                assertEquals(before.jointPositions[j], after.jointPositions[j], 1e-6, "q" + j);
                assertEquals(before.jointVelocities[j], after.jointVelocities[j], 1e-4, "q̇" + j);
            }
            assertEquals(0.4 * Math.sqrt(2), tipBefore.minus(anchorBefore).norm(), 1e-5, "reach before: 0.566 m");
            assertEquals(0.2 * Math.sqrt(2), tip(cut, shin).minus(anchorBefore).norm(), 1e-5, "reach after: 0.283 m");
            // and it walks on: finite, not diverged, different from the nominal ant
            long[] c = run(cut, 5, shin, -1, STEPS - CUT_STEP), d = run(nominal, 5, shin, -1, STEPS - CUT_STEP);
            assertNotEquals(d[STEPS - CUT_STEP - 1], c[STEPS - CUT_STEP - 1]);
        }
    }

    @Test
    void sameSeedSameCutSameBits() {
        long[] first, second;
        try (JBulletWorld w = SimTestSupport.ant()) {
            int shin = w.description().linkIndex("shin3");
            w.reset(11);
            first = run(w, 12, shin, CUT_STEP, STEPS);
            w.setLinkLengthScale(shin, 1); // restored mid-episode, then a fresh episode
            w.reset(11);
            second = run(w, 12, shin, CUT_STEP, STEPS);
        }
        for (int i = 0; i < STEPS; i++) assertEquals(first[i], second[i], "step " + i);
    }

    /**
     * Standing under zero ctrl, cut (or not) at step 40: the shin tip's height right after the cut (m), then the
     * means over steps 20..59 after it of the torso height (m) and of the torso up axis' lean towards leg 0 (+x+y).
     */
    static double[] stand(boolean cut) {
        try (JBulletWorld w = SimTestSupport.ant()) {
            int shin = w.description().linkIndex("shin1");
            w.reset(1);
            double[] zero = new double[w.actuatorCount()], out = new double[3]; // tip z, torso z, lean
            RobotState s = w.newState();
            for (int i = 0; i < 40; i++) w.step(zero);
            if (cut) w.setLinkLengthScale(shin, 0.5);
            out[0] = tip(w, shin).z();
            for (int i = 0; i < 60; i++) {
                w.step(zero);
                w.readState(s);
                if (i < 20) continue;
                double[] q = s.baseOrientation; // up = R·z: x = 2(xz + yw), y = 2(yz − xw)
                double upX = 2 * (q[0] * q[2] + q[1] * q[3]), upY = 2 * (q[1] * q[2] - q[0] * q[3]);
                out[1] += s.basePosition[2] / 40;
                out[2] += (upX + upY) / Math.sqrt(2) / 40;
            }
            return out;
        }
    }

    @Test
    void standingStillTheTorsoSinksAndLeansTowardsTheCutLeg() {
        double[] nominal = stand(false), cut = stand(true);
        // measured: tip 0.080 → 0.217 m, torso 0.343 → 0.324 m, lean 0.001 → 0.041 (2.4° towards the short leg)
        assertEquals(0.08, nominal[0], 0.01, "the nominal shin tip rests on the ground (cap centre r = 0.08 m up)");
        assertTrue(cut[0] > nominal[0] + 0.1, "the cut lifts the tip: " + cut[0]);
        assertTrue(cut[1] < nominal[1] - 0.01, "torso height " + cut[1] + " vs " + nominal[1]);
        assertTrue(Math.abs(nominal[2]) < 0.01 && cut[2] > 0.02, "lean towards leg 0: " + cut[2] + " vs " + nominal[2]);
    }

    @Test
    void badArgumentsAreRefused() {
        try (JBulletWorld w = SimTestSupport.ant()) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> w.setLinkLengthScale(0, 0.5));
            assertEquals("link = 0, expected 1..12 (the root link cannot be shortened)", e.getMessage());
            e = assertThrows(IllegalArgumentException.class, () -> w.setLinkLengthScale(3, 0));
            assertEquals("length scale = 0.0, expected 0 < scale <= 1", e.getMessage());
        }
    }
}
