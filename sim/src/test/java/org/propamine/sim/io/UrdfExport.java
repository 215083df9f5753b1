package org.propamine.sim.io;

import java.util.Locale;
import org.propamine.sim.RobotFiles;
import org.propamine.sim.robot.Actuator;
import org.propamine.sim.robot.Geom;
import org.propamine.sim.robot.Inertia;
import org.propamine.sim.robot.Joint;
import org.propamine.sim.robot.JointType;
import org.propamine.sim.robot.Link;
import org.propamine.sim.robot.Pose;
import org.propamine.sim.robot.RobotDescription;

/**
 * Tool (not a test): prints a robot as URDF in Propamine's subset, with 17 significant digits so that the
 * URDF loads back to the same description. Used to write {@code assets/robots/ant.urdf} from {@code ant.xml}:
 * {@code java -cp ... org.propamine.sim.io.UrdfExport ant > assets/robots/ant.urdf}.
 */
public final class UrdfExport {

    public static void main(String[] args) {
        System.out.print(toUrdf(RobotFiles.load(args[0])));
    }

    static String toUrdf(RobotDescription d) {
        StringBuilder b = new StringBuilder();
        b.append("<?xml version=\"1.0\"?>\n");
        b.append("<!-- ").append(d.name()).append(" as URDF (Propamine subset), written by org.propamine.sim.io.UrdfExport from the MJCF file;\n")
                .append("     motors: gear = limit effort, ctrl in [-1, 1], order of the <transmission> elements;\n")
                .append("     armature (rotor inertia) in <dynamics armature>. -->\n");
        b.append("<robot name=\"").append(d.name()).append("\">\n");
        for (Link l : d.links()) {
            b.append("  <link name=\"").append(l.name()).append("\">\n");
            Inertia i = l.inertia();
            b.append("    <inertial>\n      <origin xyz=\"").append(n(l.centerOfMass().x())).append(' ').append(n(l.centerOfMass().y())).append(' ').append(n(l.centerOfMass().z())).append("\"/>\n");
            b.append("      <mass value=\"").append(n(l.mass())).append("\"/>\n");
            b.append(String.format(Locale.ROOT, "      <inertia ixx=\"%s\" ixy=\"%s\" ixz=\"%s\" iyy=\"%s\" iyz=\"%s\" izz=\"%s\"/>%n", n(i.xx()), n(i.xy()), n(i.xz()), n(i.yy()), n(i.yz()), n(i.zz())));
            b.append("    </inertial>\n");
            for (Geom g : l.geoms()) {
                b.append("    <collision>\n      ").append(origin(g.pose())).append("\n      <geometry>");
                switch (g.type()) {
                    case SPHERE -> b.append("<sphere radius=\"").append(n(g.size(0))).append("\"/>");
                    case CAPSULE -> b.append("<capsule radius=\"").append(n(g.size(0))).append("\" length=\"").append(n(g.size(1))).append("\"/>");
                    case CYLINDER -> b.append("<cylinder radius=\"").append(n(g.size(0))).append("\" length=\"").append(n(g.size(1))).append("\"/>");
                    case BOX -> b.append("<box size=\"").append(n(2 * g.size(0))).append(' ').append(n(2 * g.size(1))).append(' ').append(n(2 * g.size(2))).append("\"/>");
                }
                b.append("</geometry>\n    </collision>\n");
            }
            b.append("  </link>\n");
        }
        b.append("  <joint name=\"root\" type=\"floating\">\n    <parent link=\"world\"/>\n    <child link=\"").append(d.links().get(0).name()).append("\"/>\n    ")
                .append(origin(d.rootPose())).append("\n  </joint>\n");
        for (int ji = 0; ji < d.joints().size(); ji++) {
            Joint j = d.joints().get(ji);
            boolean hinge = j.type() == JointType.HINGE;
            String type = !hinge ? "fixed" : j.limited() ? "revolute" : "continuous";
            b.append("  <joint name=\"").append(j.name()).append("\" type=\"").append(type).append("\">\n");
            b.append("    <parent link=\"").append(d.links().get(j.parent()).name()).append("\"/>\n");
            b.append("    <child link=\"").append(d.links().get(j.child()).name()).append("\"/>\n");
            b.append("    ").append(origin(j.origin())).append('\n');
            if (hinge) {
                b.append("    <axis xyz=\"").append(n(j.axis().x())).append(' ').append(n(j.axis().y())).append(' ').append(n(j.axis().z())).append("\"/>\n");
                double effort = 0;
                for (Actuator a : d.actuators()) if (a.joint() == ji) effort = a.gear();
                b.append("    <limit");
                if (j.limited()) b.append(" lower=\"").append(n(j.lower())).append("\" upper=\"").append(n(j.upper())).append('"');
                b.append(" effort=\"").append(n(effort)).append("\" velocity=\"100\"/>\n");
                b.append("    <dynamics damping=\"").append(n(j.damping())).append("\" armature=\"").append(n(j.armature())).append("\"/>\n");
            }
            b.append("  </joint>\n");
        }
        for (Actuator a : d.actuators()) {
            b.append("  <transmission name=\"").append(a.name()).append("\">\n    <type>transmission_interface/SimpleTransmission</type>\n")
                    .append("    <joint name=\"").append(d.joints().get(a.joint()).name()).append("\"/>\n  </transmission>\n");
        }
        b.append("</robot>\n");
        return b.toString();
    }

    private static String origin(Pose p) {
        double[][] r = p.rotation().matrix();
        double pitch = Math.asin(Math.max(-1, Math.min(1, -r[2][0])));
        double roll = Math.atan2(r[2][1], r[2][2]), yaw = Math.atan2(r[1][0], r[0][0]);
        return "<origin xyz=\"" + n(p.position().x()) + ' ' + n(p.position().y()) + ' ' + n(p.position().z()) + "\" rpy=\"" + n(roll) + ' ' + n(pitch) + ' ' + n(yaw) + "\"/>";
    }

    private static String n(double v) {
        if (v == 0) return "0";
        String s = String.format(Locale.ROOT, "%.17g", v);
        if (s.contains("e")) return s;
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
