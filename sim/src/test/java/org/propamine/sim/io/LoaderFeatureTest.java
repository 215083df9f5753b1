package org.propamine.sim.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.propamine.sim.robot.Inertia;
import org.propamine.sim.robot.Joint;
import org.propamine.sim.robot.JointType;
import org.propamine.sim.robot.Link;
import org.propamine.sim.robot.RobotDescription;

/** MJCF defaults/childclass/radians/inertial and URDF rpy/box/cylinder give hand-computed descriptions. */
class LoaderFeatureTest {

    private static RobotDescription mjcf(String xml) {
        return MjcfLoader.load(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "f.xml");
    }

    private static RobotDescription urdf(String xml) {
        return UrdfLoader.load(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "f.urdf");
    }

    @Test
    void mjcfDefaultClassesRadiansAndInertial() {
        RobotDescription d = mjcf("""
                <mujoco model="m">
                  <compiler angle="radian" inertiafromgeom="auto"/>
                  <default>
                    <joint armature="2" damping="0.5"/>
                    <geom density="1000"/>
                    <default class="leg">
                      <joint damping="3" range="-1 1"/>
                      <geom type="box" size="0.1 0.2 0.3"/>
                    </default>
                  </default>
                  <worldbody>
                    <body name="base" pos="0 0 1">
                      <freejoint/>
                      <inertial pos="0 0 0.1" mass="4" diaginertia="1 2 3"/>
                      <geom type="sphere" size="0.1"/>
                      <body name="a" childclass="leg">
                        <joint name="ja" axis="1 0 0"/>
                        <geom/>
                      </body>
                      <body name="b">
                        <joint name="jb" class="leg"/>
                        <geom type="cylinder" size="0.1 0.25"/>
                      </body>
                    </body>
                  </worldbody>
                  <actuator><motor joint="ja" gear="20"/></actuator>
                </mujoco>
                """);
        Link base = d.links().get(0);
        assertEquals(4, base.mass(), 0);                 // <inertial> wins over geoms (inertiafromgeom auto)
        assertEquals(0.1, base.centerOfMass().z(), 1e-15);
        assertEquals(2, base.inertia().yy(), 1e-15);
        // box half sizes 0.1 0.2 0.3, density 1000: m = 8·0.006·1000 = 48 kg, Ixx = m/3·(0.2² + 0.3²) = 2.08
        Link a = d.links().get(1);
        assertEquals(48, a.mass(), 1e-9);
        assertEquals(2.08, a.inertia().xx(), 1e-9);
        assertEquals(16 * (0.01 + 0.09), a.inertia().yy(), 1e-9);
        // cylinder r 0.1, half length 0.25: m = π·0.01·0.5·1000 = 15.70796 kg, Izz = m r²/2
        Link b = d.links().get(2);
        assertEquals(Math.PI * 5, b.mass(), 1e-9);
        assertEquals(Math.PI * 5 * 0.01 / 2, b.inertia().zz(), 1e-12);
        Joint ja = d.joints().get(0), jb = d.joints().get(1);
        assertEquals(JointType.HINGE, ja.type());
        assertEquals(-1, ja.lower(), 0);                 // radians, from class "leg" via childclass
        assertEquals(3, ja.damping(), 0);
        assertEquals(2, ja.armature(), 0);               // inherited from the main class
        assertEquals(3, jb.damping(), 0);                // class attribute on the joint itself
        assertEquals(1, d.actuators().size());
        assertEquals(20, d.actuators().get(0).gear(), 0);
        assertEquals(Double.NEGATIVE_INFINITY, d.actuators().get(0).ctrlMin());   // ctrllimited auto, no range
    }

    @Test
    void urdfOriginsAndShapes() {
        RobotDescription d = urdf("""
                <robot name="u">
                  <link name="base">
                    <inertial><origin xyz="0 0 0" rpy="0 0 1.5707963267948966"/><mass value="2"/>
                      <inertia ixx="1" ixy="0" ixz="0" iyy="3" iyz="0" izz="5"/></inertial>
                    <collision><geometry><box size="0.2 0.4 0.6"/></geometry></collision>
                  </link>
                  <link name="arm">
                    <inertial><mass value="1"/><inertia ixx="1" ixy="0" ixz="0" iyy="1" iyz="0" izz="1"/></inertial>
                  </link>
                  <joint name="root" type="floating"><parent link="world"/><child link="base"/><origin xyz="0 0 0.5"/></joint>
                  <joint name="j" type="continuous"><parent link="base"/><child link="arm"/><origin xyz="0.1 0 0" rpy="0 0 0"/>
                    <axis xyz="0 0 2"/><limit effort="7" velocity="1"/><dynamics damping="0.2"/></joint>
                </robot>
                """);
        // inertia given in a frame turned 90° about z: link-frame Ixx = 3, Iyy = 1
        Inertia i = d.links().get(0).inertia();
        assertEquals(3, i.xx(), 1e-12);
        assertEquals(1, i.yy(), 1e-12);
        assertEquals(5, i.zz(), 1e-12);
        assertEquals(0.1, d.links().get(0).geoms().get(0).size(0), 0);        // box half size
        assertEquals(0.5, d.rootPose().position().z(), 0);
        Joint j = d.joints().get(0);
        assertEquals(1, j.axis().z(), 0);                                    // normalised
        assertEquals(Double.NEGATIVE_INFINITY, j.lower());                   // continuous
        assertEquals(UrdfLoader.DEFAULT_ARMATURE, j.armature(), 0);
        assertEquals(7, d.actuators().get(0).gear(), 0);                     // gear = effort
        assertEquals("m_j", d.actuators().get(0).name());
    }
}
