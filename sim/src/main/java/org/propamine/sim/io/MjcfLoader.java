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
import org.propamine.sim.robot.MassSum;
import org.propamine.sim.robot.Pose;
import org.propamine.sim.robot.Quat;
import org.propamine.sim.robot.RobotDescription;
import org.propamine.sim.robot.Vec3;

/**
 * Loads the MJCF subset of SPEC §2 into a {@link RobotDescription}.
 *
 * <p>Supported: {@code <compiler angle="degree|radian" inertiafromgeom="true|false|auto">};
 * {@code <default>} classes (nested, {@code class} and body {@code childclass}) for joint/geom/motor;
 * one root body with a free joint ({@code <joint type="free">} or {@code <freejoint>}); bodies with
 * {@code pos}, {@code quat} (w x y z); at most one hinge per body ({@code axis}, {@code pos}, {@code range},
 * {@code limited} true|false|auto (auto = limited when a range is given), {@code damping},
 * {@code armature} &gt; 0 required: it is the rotor inertia of the actuator model); a body without a joint
 * is welded to its parent (a FIXED joint, merged into one rigid body by the simulator); geoms sphere, capsule
 * and cylinder ({@code fromto} or {@code pos}+{@code quat}+{@code size} with half length), box (half sizes),
 * with {@code mass} or {@code density} (default 1000 kg/m³); {@code <inertial pos quat mass diaginertia>};
 * {@code <motor joint gear ctrlrange ctrllimited>}. A {@code plane} geom in the worldbody is the ground
 * (always at z = 0). Ignored because they do not change the mechanics: option, size, visual, asset,
 * statistic, contact, sensor, custom, keyframe elements and site/camera/light, and the geom appearance and
 * contact attributes (the simulator uses friction 1 and robot-ground contacts only). Anything else is an
 * error naming the file and line.
 */
public final class MjcfLoader {

    private static final Set<String> IGNORED_TOP = Set.of("option", "size", "visual", "asset", "statistic", "contact", "sensor", "custom", "keyframe");
    private static final Set<String> IGNORED_IN_BODY = Set.of("site", "camera", "light");

    private final String source;
    private boolean degrees = true;
    private String inertiaFromGeom = "auto";
    private final Map<String, DefaultClass> classes = new HashMap<>();
    private final List<Link> links = new ArrayList<>();
    private final List<Joint> joints = new ArrayList<>();
    private final List<Actuator> actuators = new ArrayList<>();
    private final Map<String, XmlNode> linkNodes = new HashMap<>();
    private Pose rootPose;
    private int unnamed;

    /** Attribute defaults of one class: element kind (joint, geom, motor) -> attribute -> value. */
    private record DefaultClass(String name, DefaultClass parent, Map<String, Map<String, String>> attributes) { }

    private MjcfLoader(String source) { this.source = source; }

    public static RobotDescription load(Path file) {
        return new MjcfLoader(file.toString()).read(XmlTreeReader.read(file));
    }

    /** Loads from a stream; {@code source} names the file in error messages. */
    public static RobotDescription load(InputStream in, String source) {
        return new MjcfLoader(source).read(XmlTreeReader.read(in, source));
    }

    private RobotDescription read(XmlNode root) {
        if (!root.name().equals("mujoco")) throw root.error("root element is <" + root.name() + ">, expected <mujoco>");
        classes.put("main", new DefaultClass("main", null, new HashMap<>()));
        XmlNode worldbody = null, actuator = null;
        for (XmlNode c : root.children()) {
            switch (c.name()) {
                case "compiler" -> readCompiler(c);
                case "default" -> readDefault(c, null);
                case "worldbody" -> {
                    if (worldbody != null) throw c.error("second <worldbody>, expected one");
                    worldbody = c;
                }
                case "actuator" -> actuator = c;
                default -> {
                    if (!IGNORED_TOP.contains(c.name())) throw c.unknown("mujoco", "compiler|default|worldbody|actuator|" + String.join("|", IGNORED_TOP));
                }
            }
        }
        if (worldbody == null) throw root.error("missing <worldbody>, expected one with the robot's root body");
        readWorldbody(worldbody);
        if (actuator != null) readActuators(actuator);
        try {
            return new RobotDescription(root.string("model", "robot"), links, joints, actuators, rootPose);
        } catch (IllegalArgumentException e) {
            throw root.error(e.getMessage());
        }
    }

    private void readCompiler(XmlNode c) {
        degrees = c.choice("angle", degrees ? "degree" : "radian", "degree", "radian").equals("degree");
        inertiaFromGeom = c.choice("inertiafromgeom", inertiaFromGeom, "true", "false", "auto");
        c.choice("coordinate", "local", "local");
    }

    private void readDefault(XmlNode d, DefaultClass parent) {
        String name = parent == null ? d.string("class", "main") : d.string("class");
        DefaultClass cls = parent == null && name.equals("main") ? classes.get("main") : new DefaultClass(name, parent, new HashMap<>());
        if (cls != classes.get("main")) {
            if (classes.containsKey(name)) throw d.error("duplicate default class '" + name + "'");
            classes.put(name, cls);
        }
        for (XmlNode c : d.children()) {
            switch (c.name()) {
                case "joint", "geom", "motor" -> cls.attributes.computeIfAbsent(c.name(), k -> new LinkedHashMap<>()).putAll(c.attributes);
                case "default" -> readDefault(c, cls);
                case "site", "camera", "light" -> { }
                default -> throw c.unknown("default", "joint|geom|motor|default|site|camera|light");
            }
        }
    }

    /** The element with class defaults applied: defaults of its class chain, overridden by its own attributes. */
    private XmlNode resolved(XmlNode e, String childclass) {
        String clsName = e.string("class", childclass == null ? "main" : childclass);
        DefaultClass cls = classes.get(clsName);
        if (cls == null) throw e.error("unknown default class '" + clsName + "', expected one declared in <default>");
        List<DefaultClass> chain = new ArrayList<>();
        for (DefaultClass k = cls; k != null; k = k.parent) chain.add(0, k);
        if (chain.get(0) != classes.get("main")) chain.add(0, classes.get("main"));
        XmlNode out = new XmlNode(source, e.name(), e.line());
        for (DefaultClass k : chain) out.attributes.putAll(k.attributes.getOrDefault(e.name(), Map.of()));
        out.attributes.putAll(e.attributes);
        out.children.addAll(e.children());
        return out;
    }

    private void readWorldbody(XmlNode wb) {
        XmlNode rootBody = null;
        for (XmlNode c : wb.children()) {
            switch (c.name()) {
                case "body" -> {
                    if (rootBody != null) throw c.error("second root body, expected exactly one robot per file");
                    rootBody = c;
                }
                case "geom" -> {
                    XmlNode g = resolved(c, null);
                    if (!g.string("type", "sphere").equals("plane")) throw c.error("static geom of type '" + g.string("type", "sphere") + "', expected only a ground plane in <worldbody>");
                    double[] pos = g.numbers("pos", new double[3]);
                    if (pos[2] != 0) throw c.error("ground plane at z = " + pos[2] + ", expected z = 0");
                }
                default -> {
                    if (!IGNORED_IN_BODY.contains(c.name())) throw c.unknown("worldbody", "body|geom|site|camera|light");
                }
            }
        }
        if (rootBody == null) throw wb.error("no <body>, expected the robot's root body");
        readBody(rootBody, -1, null);
    }

    private Pose framePose(XmlNode e) {
        for (String unsupported : new String[] {"euler", "axisangle", "xyaxes", "zaxis"}) {
            if (e.has(unsupported)) throw e.error("attribute '" + unsupported + "' is not supported, expected 'quat' (w x y z)");
        }
        Vec3 p = vec(e.numbers("pos", new double[3]));
        double[] q = e.numbers("quat", new double[] {1, 0, 0, 0});
        try {
            return new Pose(p, new Quat(q[1], q[2], q[3], q[0]));
        } catch (IllegalArgumentException ex) {
            throw e.error("attribute 'quat' " + ex.getMessage() + ", expected a non-zero quaternion");
        }
    }

    private void readBody(XmlNode body, int parentLink, String childclass) {
        String cc = body.string("childclass", childclass);
        if (cc != null && !classes.containsKey(cc)) throw body.error("unknown childclass '" + cc + "', expected one declared in <default>");
        String name = body.has("name") ? body.string("name") : "body" + (unnamed++);
        if (linkNodes.containsKey(name)) throw body.error("duplicate body name '" + name + "' (first at line " + linkNodes.get(name).line() + "), expected unique names");
        linkNodes.put(name, body);
        Pose origin = framePose(body);
        int self = links.size();
        links.add(null); // placeholder keeps depth-first order
        XmlNode hinge = null;
        boolean free = false;
        XmlNode inertial = null;
        MassSum mass = new MassSum();
        List<Geom> geoms = new ArrayList<>();
        List<XmlNode> bodies = new ArrayList<>();
        for (XmlNode c : body.children()) {
            switch (c.name()) {
                case "freejoint" -> free = true;
                case "joint" -> {
                    XmlNode j = resolved(c, cc);
                    String type = j.string("type", "hinge");
                    switch (type) {
                        case "free" -> free = true;
                        case "hinge" -> {
                            if (hinge != null) throw c.error("second joint in body '" + name + "', expected at most one hinge per body");
                            hinge = j;
                        }
                        case "slide", "ball" -> throw c.error("joint type '" + type + "' is not supported, expected hinge|free");
                        default -> throw c.error("unknown joint type '" + type + "', expected hinge|free");
                    }
                }
                case "geom" -> readGeom(resolved(c, cc), geoms, mass);
                case "inertial" -> inertial = c;
                case "body" -> bodies.add(c);
                default -> {
                    if (!IGNORED_IN_BODY.contains(c.name())) throw c.unknown("body", "body|joint|freejoint|geom|inertial|site|camera|light");
                }
            }
        }
        if (parentLink < 0) {
            if (!free) throw body.error("root body '" + name + "' has no free joint, expected <freejoint/> (the robot's root floats)");
            if (hinge != null) throw body.error("root body '" + name + "' has a hinge, expected only a free joint");
            rootPose = origin;
        } else if (free) {
            throw body.error("free joint in non-root body '" + name + "', expected free joints only on the root body");
        }
        boolean useInertial = inertial != null && !inertiaFromGeom.equals("true");
        if (inertiaFromGeom.equals("false") && inertial == null) throw body.error("body '" + name + "' has no <inertial>, expected one (inertiafromgeom=\"false\")");
        if (useInertial) {
            mass = new MassSum();
            double m = inertial.number("mass");
            if (!(m > 0)) throw inertial.error("mass = " + m + ", expected > 0 kg");
            if (inertial.has("fullinertia")) throw inertial.error("attribute 'fullinertia' is not supported, expected 'diaginertia' with 'quat'");
            double[] d = inertial.numbers("diaginertia", 3);
            Pose ip = framePose(inertial);
            mass.add(m, ip.position(), Inertia.diagonal(d[0], d[1], d[2]).rotated(ip.rotation()));
        }
        if (!(mass.mass() > 0)) throw body.error("body '" + name + "' has zero mass, expected geoms or an <inertial> with mass > 0");
        try {
            links.set(self, new Link(name, mass.mass(), mass.centerOfMass(), mass.inertia(), geoms));
        } catch (IllegalArgumentException e) {
            throw body.error(e.getMessage());
        }
        if (parentLink >= 0) joints.add(hinge == null ? fixedJoint(name, parentLink, self, origin) : hingeJoint(hinge, parentLink, self, origin));
        for (XmlNode b : bodies) readBody(b, self, cc);
    }

    private Joint fixedJoint(String bodyName, int parent, int child, Pose origin) {
        return new Joint(bodyName + "_weld", JointType.FIXED, parent, child, origin, Vec3.ZERO, new Vec3(0, 0, 1), 0, 0, 0, 0);
    }

    private Joint hingeJoint(XmlNode j, int parent, int child, Pose origin) {
        String name = j.has("name") ? j.string("name") : "joint" + (unnamed++);
        for (Joint other : joints) if (other.name().equals(name)) throw j.error("duplicate joint name '" + name + "', expected unique names");
        Vec3 axis = vec(j.numbers("axis", new double[] {0, 0, 1}));
        if (axis.norm() < 1e-9) throw j.error("attribute 'axis' is zero, expected a non-zero direction");
        String limited = j.choice("limited", "auto", "true", "false", "auto");
        double lo = Double.NEGATIVE_INFINITY, hi = Double.POSITIVE_INFINITY;
        if (limited.equals("true") || (limited.equals("auto") && j.has("range"))) {
            double[] r = j.numbers("range", 2);
            double k = degrees ? Math.PI / 180 : 1;
            lo = r[0] * k;
            hi = r[1] * k;
            if (lo >= hi) throw j.error("attribute 'range' = \"" + j.raw("range") + "\", expected lower < upper");
        }
        double damping = j.number("damping", 0);
        if (damping < 0) throw j.error("damping = " + damping + ", expected >= 0");
        if (!j.has("armature")) throw j.error("missing attribute 'armature', expected the rotor inertia > 0 kg m^2 (e.g. 1 for the ant)");
        double armature = j.number("armature");
        if (!(armature > 0)) throw j.error("armature = " + armature + ", expected > 0 kg m^2 (rotor actuator inertia)");
        if (j.number("stiffness", 0) != 0) throw j.error("attribute 'stiffness' is not supported, expected 0 or absent");
        try {
            return new Joint(name, JointType.HINGE, parent, child, origin, vec(j.numbers("pos", new double[3])), axis.normalized(), lo, hi, damping, armature);
        } catch (IllegalArgumentException e) {
            throw j.error(e.getMessage());
        }
    }

    private void readGeom(XmlNode g, List<Geom> geoms, MassSum mass) {
        String typeName = g.string("type", "sphere");
        GeomType type = switch (typeName) {
            case "sphere" -> GeomType.SPHERE;
            case "capsule" -> GeomType.CAPSULE;
            case "cylinder" -> GeomType.CYLINDER;
            case "box" -> GeomType.BOX;
            case "plane" -> throw g.error("plane geom inside a body, expected planes only in <worldbody>");
            default -> throw g.error("geom type '" + typeName + "' is not supported, expected sphere|capsule|cylinder|box");
        };
        if (!g.has("size")) throw g.error("missing attribute 'size', expected the geom's dimensions");
        double[] size = g.parse("size", g.raw("size"), 1, 3);
        Pose pose;
        double[] dims;
        if (g.has("fromto")) {
            if (type == GeomType.SPHERE || type == GeomType.BOX) throw g.error("'fromto' on a " + typeName + ", expected it only on capsule|cylinder");
            double[] ft = g.numbers("fromto", 6);
            Vec3 a = new Vec3(ft[0], ft[1], ft[2]), b = new Vec3(ft[3], ft[4], ft[5]);
            Vec3 d = b.minus(a);
            if (d.norm() < 1e-9) throw g.error("'fromto' has zero length, expected two different points");
            pose = new Pose(a.plus(b).times(0.5), Quat.zTo(d));
            dims = new double[] {size[0], d.norm()};
        } else {
            pose = framePose(g);
            dims = switch (type) {
                case SPHERE -> new double[] {size[0]};
                case CAPSULE, CYLINDER -> {
                    if (size.length < 2) throw g.error("attribute 'size' = \"" + g.raw("size") + "\", expected 'radius half-length' (or use fromto)");
                    yield new double[] {size[0], 2 * size[1]};
                }
                case BOX -> {
                    if (size.length < 3) throw g.error("attribute 'size' = \"" + g.raw("size") + "\", expected 3 half sizes");
                    yield new double[] {size[0], size[1], size[2]};
                }
            };
        }
        Geom geom;
        try {
            geom = new Geom(type, dims, pose);
        } catch (IllegalArgumentException e) {
            throw g.error(e.getMessage());
        }
        double m;
        if (g.has("mass")) {
            m = g.number("mass");
            if (!(m > 0)) throw g.error("mass = " + m + ", expected > 0 kg");
        } else {
            double density = g.number("density", 1000);
            if (!(density > 0)) throw g.error("density = " + density + ", expected > 0 kg/m^3");
            m = density * geom.volume();
        }
        geoms.add(geom);
        mass.addGeom(geom, m);
    }

    private void readActuators(XmlNode act) {
        for (XmlNode c : act.children()) {
            if (!c.name().equals("motor")) {
                throw c.error("actuator type <" + c.name() + "> is not supported, expected <motor>");
            }
            XmlNode m = resolved(c, null);
            String jointName = m.string("joint");
            int joint = -1;
            for (int i = 0; i < joints.size(); i++) if (joints.get(i).name().equals(jointName)) joint = i;
            if (joint < 0 || joints.get(joint).type() != JointType.HINGE) throw c.error("unknown joint '" + jointName + "', expected the name of a hinge joint");
            double gear = m.parse("gear", m.string("gear", "1"), 1, 6)[0];
            if (!(gear > 0)) throw c.error("gear = " + gear + ", expected > 0");
            String limited = m.choice("ctrllimited", "auto", "true", "false", "auto");
            double lo = Double.NEGATIVE_INFINITY, hi = Double.POSITIVE_INFINITY;
            if (limited.equals("true") || (limited.equals("auto") && m.has("ctrlrange"))) {
                double[] r = m.numbers("ctrlrange", 2);
                if (r[0] >= r[1]) throw c.error("ctrlrange = \"" + m.raw("ctrlrange") + "\", expected lower < upper");
                lo = r[0];
                hi = r[1];
            }
            String name = m.string("name", "m_" + jointName);
            try {
                actuators.add(new Actuator(name, joint, gear, lo, hi));
            } catch (IllegalArgumentException e) {
                throw c.error(e.getMessage());
            }
        }
    }

    private static Vec3 vec(double[] v) { return new Vec3(v[0], v[1], v[2]); }
}
