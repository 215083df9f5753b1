package org.propamine.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.propamine.sim.bullet.JBulletWorld;
import org.propamine.sim.robot.Pose;
import org.propamine.sim.robot.RobotDescription;

/** Link poses, foot contacts, the hinge sign convention and the shipped robots. */
class WorldGeometryTest {

    @Test
    void linkPosesStartAtTheFilePose() {
        try (JBulletWorld w = SimTestSupport.ant()) {
            Pose[] expected = w.description().initialLinkPoses();
            assertEquals(expected.length, w.linkCount());
            for (int i = 0; i < expected.length; i++) {
                Pose p = SimTestSupport.linkPose(w, i);
                assertEquals(expected[i].position().x(), p.position().x(), 1e-6);
                assertEquals(expected[i].position().y(), p.position().y(), 1e-6);
                assertEquals(expected[i].position().z(), p.position().z(), 1e-6);
                double dot = Math.abs(expected[i].rotation().x() * p.rotation().x() + expected[i].rotation().y() * p.rotation().y()
                        + expected[i].rotation().z() * p.rotation().z() + expected[i].rotation().w() * p.rotation().w());
                assertEquals(1, dot, 1e-6, "link " + i);
            }
            // shin 1 starts at the end of thigh 1: torso (0, 0, 0.75) + (0.4, 0.4, 0)
            Pose shin1 = SimTestSupport.linkPose(w, w.description().linkIndex("shin1"));
            assertEquals(0.4, shin1.position().x(), 1e-6);
            assertEquals(0.75, shin1.position().z(), 1e-6);
        }
    }

    @Test
    void feetTouchTheGroundOnlyWhenStanding() {
        try (JBulletWorld w = SimTestSupport.ant()) {
            RobotState s = w.newState();
            double[] zero = new double[w.actuatorCount()];
            w.step(zero);
            w.readState(s);
            assertEquals(4, s.footContacts.length);
            for (double c : s.footContacts) assertEquals(0, c, "in the air at t = 0.05 s");
            for (int i = 0; i < 40; i++) w.step(zero);
            w.readState(s);
            for (double c : s.footContacts) assertEquals(1, c, "standing at t = 2 s");
            assertTrue(s.basePosition[2] > 0.3 && s.upZ() > 0.9, "standing upright");
        }
    }

    /** Positive ctrl turns the child about the joint axis by the right-hand rule (q grows), negative the other way. */
    @Test
    void positiveControlIncreasesTheJointAngle() {
        for (int sign : new int[] {1, -1}) {
            try (JBulletWorld w = SimTestSupport.ant()) {
                w.reset(0);
                double[] ctrl = new double[w.actuatorCount()];
                for (int i = 0; i < 40; i++) w.step(ctrl);
                int a = SimTestSupport.actuatorOf(w, "hip_1");
                RobotState s = w.newState();
                w.readState(s);
                double q0 = s.jointPositions[w.actuatorJoint(a)];
                ctrl[a] = sign;
                for (int i = 0; i < 10; i++) w.step(ctrl);
                w.readState(s);
                double dq = s.jointPositions[w.actuatorJoint(a)] - q0;
                assertTrue(sign * dq > 0.2, "ctrl " + sign + " moved hip_1 by " + dq + " rad");
            }
        }
    }

    @Test
    void shippedRobotsLoadAndStand() {
        RobotDescription hex = RobotFiles.load("hexapod");
        assertEquals(12, hex.actuators().size());
        assertEquals(6, hex.leafLinks().length);
        RobotDescription three = RobotFiles.load("ant_three_legs");
        assertEquals(6, three.actuators().size());
        assertEquals(3, three.leafLinks().length);
        RobotDescription ant = RobotFiles.load("ant"), shortLeg = RobotFiles.load("ant_short_leg");
        // half a shin: 5·π·0.08²·(0.4·√2)/2 kg less
        assertEquals(ant.totalMass() - 5 * Math.PI * 0.0064 * 0.2 * Math.sqrt(2), shortLeg.totalMass(), 1e-9);
        for (String name : RobotFiles.SHIPPED) {
            try (JBulletWorld w = new JBulletWorld(RobotFiles.load(name), PhysicsConfig.defaults())) {
                w.reset(1);
                double[] zero = new double[w.actuatorCount()];
                for (int i = 0; i < 60; i++) w.step(zero);
                RobotState s = w.newState();
                w.readState(s);
                assertTrue(!w.diverged() && s.basePosition[2] > 0.2, name + ": z " + s.basePosition[2]);
                // three legs at 90° spacing leave the centre of mass on the edge of the support: it may tip over
                if (!name.equals("ant_three_legs")) assertTrue(s.upZ() > 0.8, name + " stands upright: up_z " + s.upZ());
            }
        }
        assertTrue(RobotInfo.format(hex).contains("ankle_fl"));
    }
}
