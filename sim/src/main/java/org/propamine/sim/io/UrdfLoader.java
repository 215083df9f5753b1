package org.propamine.sim.io;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.propamine.sim.robot.Actuator;
import org.propamine.sim.robot.Geom;
import org.propamine.sim.robot.GeomType;
import org.propamine.sim.robot.Inertia;
import org.propamine.sim.robot.Joint;
import org.propamine.sim.robot.JointType;
import org.propamine.sim.robot.Link;
import org.propamine.sim.robot.Pose;
import org.propamine.sim.robot.Quat;
import org.propamine.sim.robot.RobotDescription;
import org.propamine.sim.robot.Vec3;

/**
 * Loads the URDF subset of SPEC §2 into a {@link RobotDescription}.
 *
 * <p>Supported: {@code <link>} with {@code <inertial>} (origin xyz rpy, mass value &gt; 0, inertia
 * ixx..izz, required) and {@code <collision>} (origin, geometry sphere|box|cylinder|capsule; a box's
 * {@code size} is the full size); {@code <joint>} revolute|continuous|fixed with origin xyz rpy, axis
 * (default 1 0 0), {@code <limit lower upper effort>} (required for revolute) and
 * {@code <dynamics damping armature>}; a {@code floating} joint from the virtual link {@code world} places
 * the root link (else the root starts at the origin). Angles are radians.
 *
 * <p>Actuators (URDF has none of its own): every revolute/continuous joint whose {@code <limit>} has
 * {@code effort} &gt; 0 gets a motor with gear = effort (N·m per unit ctrl) and ctrl range [−1, 1]. They
 * are ordered like the {@code <transmission>} elements that name them ({@code <joint name>} inside,
 * transmission {@code name} = actuator name) when any exist, else in joint order with name
 * {@code m_<joint>}. Armature (rotor inertia of the actuator model) comes from the non-standard
 * {@code <dynamics armature="...">} attribute, default 1 kg·m². Ignored: visual, material, gazebo,
 * calibration, safety_controller. Anything else is an error naming the file and line.
 */
public final class UrdfLoader {

    /** Rotor inertia used when a joint's {@code <dynamics>} gives no {@code armature} (kg·m²). */
    public static final double DEFAULT_ARMATURE = 1.0;

    private UrdfLoader() { }

    public static RobotDescription load(Path file) {
        return new UrdfLoader().read(XmlTreeReader.read(file));
    }

    public static RobotDescription load(InputStream in, String source) {
        return new UrdfLoader().read(XmlTreeReader.read(in, source));
    }

    private RobotDescription read(XmlNode robot) {
        if (!robot.name().equals("robot")) throw robot.error("root element is <" + robot.name() + ">, expected <robot>");
        Map<String, XmlNode> linkNodes = new LinkedHashMap<>();
        List<XmlNode> jointNodes = new ArrayList<>(), transmissions = new ArrayList<>();
        for (XmlNode c : robot.children()) {
            switch (c.name()) {
                case "link" -> {
                    String name = c.string("name");
                    XmlNode prev = linkNodes.put(name, c);
                    if (prev != null) throw c.error("duplicate link name '" + name + "' (first at line " + prev.line() + "), expected unique names");
                }
                case "joint" -> jointNodes.add(c);
                case "transmission" -> transmissions.add(c);
                case "material", "gazebo" -> { }
                default -> throw c.unknown("robot", "link|joint|transmission|material|gazebo");
            }
        }
        if (linkNodes.isEmpty()) throw robot.error("no <link>, expected at least one");
        // structure: parents, root, cycles
        Map<String, XmlNode> parentJoint = new HashMap<>();
        Pose rootPose = Pose.IDENTITY;
        XmlNode floating = null;
        List<XmlNode> treeJoints = new ArrayList<>();
        Set<String> jointNames = new java.util.HashSet<>();
        for (XmlNode j : jointNodes) {
            String name = j.string("name");
            if (!jointNames.add(name)) throw j.error("duplicate joint name '" + name + "', expected unique names");
            String type = j.string("type");
            String parent = child(j, "parent").string("link"), childName = child(j, "child").string("link");
            if (type.equals("floating")) {
                if (!parent.equals("world")) throw j.error("floating joint from '" + parent + "', expected a floating joint only from the virtual link 'world' to the root");
                if (floating != null) throw j.error("second floating joint, expected at most one");
                if (!linkNodes.containsKey(childName)) throw j.error("unknown child link '" + childName + "', expected a declared <link>");
                floating = j;
                rootPose = origin(j);
                continue;
            }
            if (!Set.of("revolute", "continuous", "fixed").contains(type)) {
                if (Set.of("prismatic", "planar").contains(type)) throw j.error("joint type '" + type + "' is not supported, expected revolute|continuous|fixed");
                throw j.error("unknown joint type '" + type + "', expected revolute|continuous|fixed (or floating from 'world')");
            }
            if (!linkNodes.containsKey(parent)) throw j.error("unknown parent link '" + parent + "', expected a declared <link>");
            if (!linkNodes.containsKey(childName)) throw j.error("unknown child link '" + childName + "', expected a declared <link>");
            if (parent.equals(childName)) throw j.error("joint connects link '" + parent + "' to itself, expected a tree of links");
            XmlNode prev = parentJoint.put(childName, j);
            if (prev != null) throw j.error("link '" + childName + "' already has a parent joint (line " + prev.line() + "), expected a tree of links");
            treeJoints.add(j);
        }
        String root = null;
        for (String l : linkNodes.keySet()) {
            if (!parentJoint.containsKey(l)) {
                if (root != null) throw linkNodes.get(l).error("second root link '" + l + "' (first '" + root + "'), expected all links connected in one tree");
                root = l;
            }
        }
        if (root == null) throw jointNodes.get(0).error("every link has a parent: the links form a cycle, expected a tree");
        for (String l : linkNodes.keySet()) {
            String k = l;
            for (int hops = 0; !k.equals(root); hops++) {
                XmlNode pj = parentJoint.get(k);
                if (hops > linkNodes.size()) throw pj.error("the links form a cycle through '" + l + "', expected a tree");
                k = child(pj, "parent").string("link");
            }
        }
        if (floating != null && !child(floating, "child").string("link").equals(root)) throw floating.error("floating joint to '" + child(floating, "child").string("link") + "', expected the root link '" + root + "'");
        // links: root first, then file order
        List<String> order = new ArrayList<>();
        order.add(root);
        for (String l : linkNodes.keySet()) if (!l.equals(root)) order.add(l);
        List<Link> links = new ArrayList<>();
        for (String l : order) links.add(readLink(linkNodes.get(l)));
        List<Joint> joints = new ArrayList<>();
        List<Actuator> autoActuators = new ArrayList<>();
        Map<String, Double> gears = new HashMap<>();
        for (XmlNode j : treeJoints) {
            Joint joint = readJoint(j, order.indexOf(child(j, "parent").string("link")), order.indexOf(child(j, "child").string("link")), gears);
            joints.add(joint);
            if (gears.containsKey(joint.name())) autoActuators.add(new Actuator("m_" + joint.name(), joints.size() - 1, gears.get(joint.name()), -1, 1));
        }
        List<Actuator> actuators = transmissions.isEmpty() ? autoActuators : readTransmissions(transmissions, joints, gears);
        try {
            return new RobotDescription(robot.string("name", "robot"), links, joints, actuators, rootPose);
        } catch (IllegalArgumentException e) {
            throw robot.error(e.getMessage());
        }
    }

    private List<Actuator> readTransmissions(List<XmlNode> transmissions, List<Joint> joints, Map<String, Double> gears) {
        List<Actuator> out = new ArrayList<>();
        for (XmlNode t : transmissions) {
            String jointName = child(t, "joint").string("name");
            int index = -1;
            for (int i = 0; i < joints.size(); i++) if (joints.get(i).name().equals(jointName)) index = i;
            if (index < 0) throw t.error("unknown joint '" + jointName + "', expected a revolute or continuous joint");
            if (!gears.containsKey(jointName)) throw t.error("joint '" + jointName + "' has no <limit effort> > 0, expected the effort to give the motor's gear");
            for (Actuator a : out) if (a.joint() == index) throw t.error("second transmission for joint '" + jointName + "', expected one");
            out.add(new Actuator(t.string("name"), index, gears.get(jointName), -1, 1));
        }
        return out;
    }

    private Link readLink(XmlNode link) {
        String name = link.string("name");
        XmlNode inertial = null;
        List<Geom> geoms = new ArrayList<>();
        for (XmlNode c : link.children()) {
            switch (c.name()) {
                case "inertial" -> {
                    if (inertial != null) throw c.error("second <inertial>, expected one per link");
                    inertial = c;
                }
                case "collision" -> geoms.add(readCollision(c));
                case "visual" -> { }
                default -> throw c.unknown("link", "inertial|collision|visual");
            }
        }
        if (inertial == null) throw link.error("link '" + name + "' has no <inertial>, expected a mass > 0 kg");
        double mass = child(inertial, "mass").number("value");
        if (!(mass > 0)) throw child(inertial, "mass").error("mass = " + mass + ", expected > 0 kg");
        XmlNode in = child(inertial, "inertia");
        Inertia local = new Inertia(in.number("ixx"), in.number("iyy"), in.number("izz"), in.number("ixy"), in.number("ixz"), in.number("iyz"));
        Pose frame = origin(inertial);
        for (XmlNode c : inertial.children()) if (!Set.of("origin", "mass", "inertia").contains(c.name())) throw c.unknown("inertial", "origin|mass|inertia");
        try {
            return new Link(name, mass, frame.position(), local.rotated(frame.rotation()), geoms);
        } catch (IllegalArgumentException e) {
            throw link.error(e.getMessage());
        }
    }

    private Geom readCollision(XmlNode col) {
        Pose pose = origin(col);
        XmlNode geometry = child(col, "geometry");
        if (geometry.children().size() != 1) throw geometry.error("has " + geometry.children().size() + " shapes, expected exactly one of sphere|box|cylinder|capsule");
        XmlNode s = geometry.children().get(0);
        try {
            return switch (s.name()) {
                case "sphere" -> new Geom(GeomType.SPHERE, new double[] {s.number("radius")}, pose);
                case "cylinder" -> new Geom(GeomType.CYLINDER, new double[] {s.number("radius"), s.number("length")}, pose);
                case "capsule" -> new Geom(GeomType.CAPSULE, new double[] {s.number("radius"), s.number("length")}, pose);
                case "box" -> {
                    double[] full = s.numbers("size", 3);
                    yield new Geom(GeomType.BOX, new double[] {full[0] / 2, full[1] / 2, full[2] / 2}, pose);
                }
                case "mesh" -> throw s.error("mesh geometry is not supported, expected sphere|box|cylinder|capsule");
                default -> throw s.unknown("geometry", "sphere|box|cylinder|capsule");
            };
        } catch (IllegalArgumentException e) {
            throw s.error(e.getMessage());
        }
    }

    private Joint readJoint(XmlNode j, int parent, int child, Map<String, Double> gears) {
        String name = j.string("name"), type = j.string("type");
        Vec3 axis = new Vec3(1, 0, 0);
        double lo = Double.NEGATIVE_INFINITY, hi = Double.POSITIVE_INFINITY, damping = 0, armature = DEFAULT_ARMATURE;
        for (XmlNode c : j.children()) {
            switch (c.name()) {
                case "parent", "child", "origin", "calibration", "safety_controller" -> { }
                case "axis" -> {
                    double[] a = c.numbers("xyz", 3);
                    axis = new Vec3(a[0], a[1], a[2]);
                    if (axis.norm() < 1e-9) throw c.error("attribute 'xyz' is zero, expected a non-zero axis");
                }
                case "limit" -> {
                    if (type.equals("revolute")) {
                        lo = c.number("lower");
                        hi = c.number("upper");
                        if (lo >= hi) throw c.error("lower = " + lo + " >= upper = " + hi + ", expected lower < upper (radians)");
                    }
                    if (!type.equals("fixed")) {
                        double effort = c.number("effort");
                        if (effort < 0) throw c.error("effort = " + effort + ", expected >= 0 N m");
                        if (effort > 0) gears.put(name, effort);
                    }
                }
                case "dynamics" -> {
                    damping = c.number("damping", 0);
                    if (damping < 0) throw c.error("damping = " + damping + ", expected >= 0");
                    armature = c.number("armature", DEFAULT_ARMATURE);
                    if (!(armature > 0)) throw c.error("armature = " + armature + ", expected > 0 kg m^2");
                }
                default -> throw c.unknown("joint", "parent|child|origin|axis|limit|dynamics|calibration|safety_controller");
            }
        }
        if (type.equals("revolute") && Double.isInfinite(lo)) throw j.error("revolute joint '" + name + "' has no <limit lower upper>, expected one (or type continuous)");
        try {
            if (type.equals("fixed")) return new Joint(name, JointType.FIXED, parent, child, origin(j), Vec3.ZERO, new Vec3(0, 0, 1), 0, 0, 0, 0);
            return new Joint(name, JointType.HINGE, parent, child, origin(j), Vec3.ZERO, axis.normalized(), lo, hi, damping, armature);
        } catch (IllegalArgumentException e) {
            throw j.error(e.getMessage());
        }
    }

    /** The {@code <origin xyz rpy>} child of {@code e} (identity when absent). */
    private Pose origin(XmlNode e) {
        for (XmlNode c : e.children()) {
            if (c.name().equals("origin")) {
                double[] xyz = c.numbers("xyz", new double[3]), rpy = c.numbers("rpy", new double[3]);
                return new Pose(new Vec3(xyz[0], xyz[1], xyz[2]), Quat.rpy(rpy[0], rpy[1], rpy[2]));
            }
        }
        return Pose.IDENTITY;
    }

    private XmlNode child(XmlNode e, String name) {
        for (XmlNode c : e.children()) if (c.name().equals(name)) return c;
        throw e.error("missing <" + name + ">, expected one inside <" + e.name() + ">");
    }
}
