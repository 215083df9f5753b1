package org.propamine.sim;

import java.util.Locale;
import org.propamine.sim.robot.Actuator;
import org.propamine.sim.robot.Geom;
import org.propamine.sim.robot.Inertia;
import org.propamine.sim.robot.Joint;
import org.propamine.sim.robot.JointType;
import org.propamine.sim.robot.Link;
import org.propamine.sim.robot.RobotDescription;

/** Plain-text tables of a robot's links, joints and actuators (the {@code propamine robot info FILE} output). */
public final class RobotInfo {

    private RobotInfo() { }

    /** Links (mass, inertia diagonal, geoms), joints (type, parent → child, axis, limits in degrees, damping, armature), actuators. */
    public static String format(RobotDescription d) {
        StringBuilder b = new StringBuilder();
        int hinges = d.hingeJoints().length;
        b.append(String.format(Locale.ROOT, "robot %s: %d links, %d joints (%d hinges), %d actuators, %d feet, total mass %.4f kg, root at (%.3f, %.3f, %.3f) m%n",
                d.name(), d.links().size(), d.joints().size(), hinges, d.actuators().size(), d.leafLinks().length, d.totalMass(),
                d.rootPose().position().x(), d.rootPose().position().y(), d.rootPose().position().z()));
        b.append("\nlinks\n");
        b.append(String.format(Locale.ROOT, "  %-3s %-14s %10s %-34s %s%n", "#", "name", "mass kg", "inertia Ixx Iyy Izz kg m^2 (at com)", "geoms (m)"));
        for (int i = 0; i < d.links().size(); i++) {
            Link l = d.links().get(i);
            Inertia in = l.inertia();
            StringBuilder g = new StringBuilder();
            for (Geom geom : l.geoms()) {
                if (g.length() > 0) g.append(", ");
                g.append(switch (geom.type()) {
                    case SPHERE -> String.format(Locale.ROOT, "sphere r %.3f", geom.size(0));
                    case CAPSULE -> String.format(Locale.ROOT, "capsule r %.3f len %.3f", geom.size(0), geom.size(1));
                    case CYLINDER -> String.format(Locale.ROOT, "cylinder r %.3f len %.3f", geom.size(0), geom.size(1));
                    case BOX -> String.format(Locale.ROOT, "box half %.3f %.3f %.3f", geom.size(0), geom.size(1), geom.size(2));
                });
            }
            b.append(String.format(Locale.ROOT, "  %-3d %-14s %10.5f %-34s %s%n", i, l.name(), l.mass(),
                    String.format(Locale.ROOT, "%.3e %.3e %.3e", in.xx(), in.yy(), in.zz()), g));
        }
        b.append("\njoints\n");
        b.append(String.format(Locale.ROOT, "  %-3s %-14s %-6s %-30s %-24s %-18s %8s %9s%n", "#", "name", "type", "parent -> child", "axis (child frame)", "range deg", "damping", "armature"));
        for (int i = 0; i < d.joints().size(); i++) {
            Joint j = d.joints().get(i);
            boolean hinge = j.type() == JointType.HINGE;
            String range = !hinge ? "-" : !j.limited() ? "unlimited" : String.format(Locale.ROOT, "%.1f .. %.1f", Math.toDegrees(j.lower()), Math.toDegrees(j.upper()));
            String axis = hinge ? String.format(Locale.ROOT, "(%.3f, %.3f, %.3f)", j.axis().x(), j.axis().y(), j.axis().z()) : "-";
            b.append(String.format(Locale.ROOT, "  %-3d %-14s %-6s %-30s %-24s %-18s %8s %9s%n", i, j.name(), hinge ? "hinge" : "fixed",
                    d.links().get(j.parent()).name() + " -> " + d.links().get(j.child()).name(), axis, range,
                    hinge ? fmt(j.damping()) : "-", hinge ? fmt(j.armature()) : "-"));
        }
        b.append("\nactuators (action order)\n");
        b.append(String.format(Locale.ROOT, "  %-3s %-16s %-14s %8s %-16s %s%n", "#", "name", "joint", "gear", "ctrl range", "max torque N m"));
        for (int a = 0; a < d.actuators().size(); a++) {
            Actuator act = d.actuators().get(a);
            double maxCtrl = Math.max(Math.abs(act.ctrlMin()), Math.abs(act.ctrlMax()));
            b.append(String.format(Locale.ROOT, "  %-3d %-16s %-14s %8s %-16s %s%n", a, act.name(), d.joints().get(act.joint()).name(), fmt(act.gear()),
                    "[" + fmt(act.ctrlMin()) + ", " + fmt(act.ctrlMax()) + "]", Double.isFinite(maxCtrl) ? fmt(act.gear() * maxCtrl) : "unlimited"));
        }
        return b.toString();
    }

    private static String fmt(double v) {
        if (Double.isInfinite(v)) return v > 0 ? "inf" : "-inf";
        return v == Math.rint(v) && Math.abs(v) < 1e9 ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.4g", v);
    }
}
