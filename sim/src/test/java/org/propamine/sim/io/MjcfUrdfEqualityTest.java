package org.propamine.sim.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.propamine.sim.RobotFiles;
import org.propamine.sim.robot.Actuator;
import org.propamine.sim.robot.Inertia;
import org.propamine.sim.robot.Joint;
import org.propamine.sim.robot.Link;
import org.propamine.sim.robot.RobotDescription;
import org.propamine.sim.robot.Vec3;

/** ant.xml (MJCF) and ant.urdf describe the same robot. */
class MjcfUrdfEqualityTest {

    private static final double TOL = 1e-9;

    @Test
    void antFromMjcfAndUrdfAreTheSame() {
        RobotDescription m = RobotFiles.loadResource("assets/robots/ant.xml");
        RobotDescription u = RobotFiles.loadResource("assets/robots/ant.urdf");
        assertEquals(m.links().size(), u.links().size());
        for (int i = 0; i < m.links().size(); i++) {
            Link a = m.links().get(i), b = u.links().get(i);
            assertEquals(a.name(), b.name());
            assertEquals(a.mass(), b.mass(), TOL, a.name());
            assertVec(a.centerOfMass(), b.centerOfMass(), a.name());
            Inertia x = a.inertia(), y = b.inertia();
            double[] ex = {x.xx(), x.yy(), x.zz(), x.xy(), x.xz(), x.yz()}, ey = {y.xx(), y.yy(), y.zz(), y.xy(), y.xz(), y.yz()};
            for (int k = 0; k < 6; k++) assertEquals(ex[k], ey[k], TOL, a.name() + " inertia " + k);
            assertEquals(a.geoms().size(), b.geoms().size());
            for (int g = 0; g < a.geoms().size(); g++) {
                assertEquals(a.geoms().get(g).type(), b.geoms().get(g).type());
                assertEquals(a.geoms().get(g).volume(), b.geoms().get(g).volume(), TOL);
            }
        }
        assertEquals(m.joints().size(), u.joints().size());
        for (int i = 0; i < m.joints().size(); i++) {
            Joint a = m.joints().get(i), b = u.joints().get(i);
            assertEquals(a.name(), b.name());
            assertEquals(a.type(), b.type());
            assertEquals(a.parent(), b.parent());
            assertEquals(a.child(), b.child());
            assertVec(a.origin().position(), b.origin().position(), a.name());
            assertVec(a.anchor(), b.anchor(), a.name());
            if (a.type() == org.propamine.sim.robot.JointType.HINGE) {
                assertVec(a.axis(), b.axis(), a.name());
                assertEquals(a.lower(), b.lower(), TOL);
                assertEquals(a.upper(), b.upper(), TOL);
                assertEquals(a.damping(), b.damping(), TOL);
                assertEquals(a.armature(), b.armature(), TOL);
            }
        }
        assertEquals(m.actuators().size(), u.actuators().size());
        for (int i = 0; i < m.actuators().size(); i++) {
            Actuator a = m.actuators().get(i), b = u.actuators().get(i);
            assertEquals(a, b);
        }
        assertVec(m.rootPose().position(), u.rootPose().position(), "root");
        // hand-computed golden values (density 5): torso sphere 5·4/3·π·0.25³ = 0.32725 kg;
        // shin capsule r 0.08, length 0.4·√2: 5·(π·0.08²·0.5657 + 4/3·π·0.08³) = 0.067592 kg; total 0.9109 kg
        assertEquals(0.3272492347, m.links().get(0).mass(), 1e-9);
        assertEquals(0.0675922045, m.links().get(3).mass(), 1e-9);
        assertEquals(0.9109, m.totalMass(), 1e-4);
        // shin principal moments from the README of the anchors: 0.000209 (axis) and 0.002675 (perpendicular)
        Inertia.Principal p = m.links().get(3).inertia().principal();
        double[] mom = {p.moments().x(), p.moments().y(), p.moments().z()};
        java.util.Arrays.sort(mom);
        assertEquals(0.000209, mom[0], 1e-6);
        assertEquals(0.002675, mom[2], 1e-6);
    }

    private static void assertVec(Vec3 a, Vec3 b, String what) {
        assertEquals(a.x(), b.x(), TOL, what);
        assertEquals(a.y(), b.y(), TOL, what);
        assertEquals(a.z(), b.z(), TOL, what);
    }
}
