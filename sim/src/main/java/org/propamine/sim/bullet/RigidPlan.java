package org.propamine.sim.bullet;

import com.bulletphysics.collision.shapes.BoxShape;
import com.bulletphysics.collision.shapes.CapsuleShapeZ;
import com.bulletphysics.collision.shapes.CollisionShape;
import com.bulletphysics.collision.shapes.CompoundShape;
import com.bulletphysics.collision.shapes.CylinderShapeZ;
import com.bulletphysics.collision.shapes.SphereShape;
import com.bulletphysics.linearmath.Transform;
import java.util.ArrayList;
import java.util.List;
import javax.vecmath.Matrix3f;
import javax.vecmath.Vector3f;
import org.propamine.sim.robot.Actuator;
import org.propamine.sim.robot.Geom;
import org.propamine.sim.robot.Inertia;
import org.propamine.sim.robot.Joint;
import org.propamine.sim.robot.JointType;
import org.propamine.sim.robot.Link;
import org.propamine.sim.robot.Pose;
import org.propamine.sim.robot.Quat;
import org.propamine.sim.robot.RobotDescription;
import org.propamine.sim.robot.Vec3;

/**
 * The physics layout of a {@link RobotDescription}, computed once: links joined by FIXED joints are merged
 * into one rigid body ("group") whose frame is its principal frame at its centre of mass (so Bullet's
 * diagonal local inertia is exact), with a compound shape unless the group is a single geom centred on the
 * centre of mass with principal axes along its own (then the plain shape is used); hinge frames in both
 * bodies (frame z = hinge axis, so the Bullet hinge angle is 0 in the initial pose); actuator and foot maps.
 * Immutable after construction; {@link JBulletWorld} instantiates bodies from it at every reset.
 */
final class RigidPlan {

    /** One rigid body: merged links. */
    static final class Group {
        final List<Integer> links = new ArrayList<>();
        float mass;
        final Vector3f localInertia = new Vector3f();
        final Transform initial = new Transform();
        CollisionShape shape;
    }

    /** One hinge between two groups. */
    static final class Hinge {
        int joint, groupA, groupB;
        final Transform frameInA = new Transform(), frameInB = new Transform();
        final Vector3f axisInA = new Vector3f();
        /** Hinge-frame x and y axes in body A and the frame's y axis in body B (q = atan2 of their projections). */
        final Vector3f ref0InA = new Vector3f(), ref1InA = new Vector3f(), swingInB = new Vector3f();
        double lower, upper, damping, armature;
        String name;
    }

    final RobotDescription description;
    final List<Group> groups = new ArrayList<>();
    final int[] linkGroup;
    /** Link frame in its group's body frame: position (3) and rotation quaternion xyzw (4) per link. */
    final double[][] linkInBody;
    final List<Hinge> hinges = new ArrayList<>();
    /** Hinge index (simulator joint number) of each actuator. */
    final int[] actuatorHinge;
    final double[] gear, ctrlMin, ctrlMax;
    /** Group of each foot (leaf link), in leaf-link order. */
    final int[] footGroup;

    RigidPlan(RobotDescription d) {
        description = d;
        int n = d.links().size();
        Pose[] world = d.initialLinkPoses();
        // union links over FIXED joints: the group root is the link whose parent joint is a hinge (or the robot root)
        int[] parentFixed = new int[n];
        java.util.Arrays.fill(parentFixed, -1);
        for (Joint j : d.joints()) if (j.type() == JointType.FIXED) parentFixed[j.child()] = j.parent();
        linkGroup = new int[n];
        java.util.Arrays.fill(linkGroup, -1);
        for (int i = 0; i < n; i++) {
            int r = i;
            while (parentFixed[r] >= 0) r = parentFixed[r];
            if (linkGroup[r] < 0) {
                linkGroup[r] = groups.size();
                groups.add(new Group());
            }
            linkGroup[i] = linkGroup[r];
            if (i != r) groups.get(linkGroup[r]).links.add(i);
        }
        for (int i = 0; i < n; i++) {
            Group g = groups.get(linkGroup[i]);
            if (!g.links.contains(i)) g.links.add(0, i);
        }
        linkInBody = new double[n][];
        for (Group g : groups) buildGroup(g, d, world);
        for (int i = 0; i < n; i++) {
            Pose body = poseOf(groups.get(linkGroup[i]).initial);
            Pose rel = body.inverse().compose(world[i]);
            Quat q = rel.rotation();
            linkInBody[i] = new double[] {rel.position().x(), rel.position().y(), rel.position().z(), q.x(), q.y(), q.z(), q.w()};
        }
        int[] hingeOfJoint = new int[d.joints().size()];
        java.util.Arrays.fill(hingeOfJoint, -1);
        for (int ji = 0; ji < d.joints().size(); ji++) {
            Joint j = d.joints().get(ji);
            if (j.type() != JointType.HINGE) continue;
            hingeOfJoint[ji] = hinges.size();
            hinges.add(buildHinge(ji, j, world));
        }
        List<Actuator> acts = d.actuators();
        actuatorHinge = new int[acts.size()];
        gear = new double[acts.size()];
        ctrlMin = new double[acts.size()];
        ctrlMax = new double[acts.size()];
        for (int a = 0; a < acts.size(); a++) {
            actuatorHinge[a] = hingeOfJoint[acts.get(a).joint()];
            gear[a] = acts.get(a).gear();
            ctrlMin[a] = acts.get(a).ctrlMin();
            ctrlMax[a] = acts.get(a).ctrlMax();
        }
        int[] leaves = d.leafLinks();
        footGroup = new int[leaves.length];
        for (int f = 0; f < leaves.length; f++) footGroup[f] = linkGroup[leaves[f]];
    }

    private void buildGroup(Group g, RobotDescription d, Pose[] world) {
        double mass = 0;
        Vec3 com = Vec3.ZERO;
        for (int li : g.links) {
            Link l = d.links().get(li);
            mass += l.mass();
            com = com.plus(world[li].apply(l.centerOfMass()).times(l.mass()));
        }
        com = com.times(1 / mass);
        Inertia inertia = Inertia.ZERO; // world axes, about the group's centre of mass
        List<Geom> geoms = new ArrayList<>();
        List<Pose> geomWorld = new ArrayList<>();
        for (int li : g.links) {
            Link l = d.links().get(li);
            Vec3 c = world[li].apply(l.centerOfMass());
            inertia = inertia.plus(l.inertia().rotated(world[li].rotation())).plus(Inertia.pointMass(l.mass(), c.minus(com)));
            for (Geom geom : l.geoms()) {
                geoms.add(geom);
                geomWorld.add(world[li].compose(geom.pose()));
            }
        }
        Pose body = null;
        Vec3 moments = null;
        if (geoms.size() == 1 && geomWorld.get(0).position().minus(com).norm() < 1e-9) {
            // a lone centred geom: try its own frame as the principal frame
            Inertia local = inertia.rotated(geomWorld.get(0).rotation().conjugate());
            double scale = local.xx() + local.yy() + local.zz();
            if (Math.abs(local.xy()) + Math.abs(local.xz()) + Math.abs(local.yz()) <= 1e-9 * scale) {
                body = new Pose(com, geomWorld.get(0).rotation());
                moments = new Vec3(local.xx(), local.yy(), local.zz());
            }
        }
        boolean plain = body != null;
        if (!plain) {
            Inertia.Principal p = inertia.principal();
            body = new Pose(com, p.rotation());
            moments = p.moments();
        }
        g.mass = (float) mass;
        g.localInertia.set((float) moments.x(), (float) moments.y(), (float) moments.z());
        setTransform(g.initial, body);
        if (plain) {
            g.shape = shapeOf(geoms.get(0));
        } else {
            CompoundShape compound = new CompoundShape();
            Pose inv = body.inverse();
            for (int k = 0; k < geoms.size(); k++) {
                Transform t = new Transform();
                setTransform(t, inv.compose(geomWorld.get(k)));
                compound.addChildShape(t, shapeOf(geoms.get(k)));
            }
            g.shape = compound;
        }
    }

    private Hinge buildHinge(int ji, Joint j, Pose[] world) {
        Hinge h = new Hinge();
        h.joint = ji;
        h.name = j.name();
        h.groupA = linkGroup[j.parent()];
        h.groupB = linkGroup[j.child()];
        if (h.groupA == h.groupB) throw new IllegalArgumentException("hinge '" + j.name() + "' connects links of one rigid body");
        Vec3 anchor = world[j.child()].apply(j.anchor());
        Vec3 axis = world[j.child()].rotation().rotate(j.axis()).normalized();
        Vec3 helper = Math.abs(axis.x()) < 0.6 ? new Vec3(1, 0, 0) : new Vec3(0, 1, 0);
        Vec3 u = helper.minus(axis.times(helper.dot(axis))).normalized();
        Vec3 v = axis.cross(u);
        Quat frameRot = Quat.fromMatrix(new double[][] {{u.x(), v.x(), axis.x()}, {u.y(), v.y(), axis.y()}, {u.z(), v.z(), axis.z()}});
        Pose frame = new Pose(anchor, frameRot);
        Pose a = poseOf(groups.get(h.groupA).initial), b = poseOf(groups.get(h.groupB).initial);
        setTransform(h.frameInA, a.inverse().compose(frame));
        setTransform(h.frameInB, b.inverse().compose(frame));
        Vec3 axA = a.rotation().conjugate().rotate(axis);
        h.axisInA.set((float) axA.x(), (float) axA.y(), (float) axA.z());
        h.frameInA.basis.getColumn(0, h.ref0InA);
        h.frameInA.basis.getColumn(1, h.ref1InA);
        h.frameInB.basis.getColumn(1, h.swingInB);
        h.lower = j.lower();
        h.upper = j.upper();
        h.damping = j.damping();
        h.armature = j.armature();
        return h;
    }

    static CollisionShape shapeOf(Geom g) {
        return switch (g.type()) {
            case SPHERE -> new SphereShape((float) g.size(0));
            case CAPSULE -> new CapsuleShapeZ((float) g.size(0), (float) g.size(1));
            case CYLINDER -> new CylinderShapeZ(new Vector3f((float) g.size(0), (float) g.size(0), (float) (g.size(1) / 2)));
            case BOX -> new BoxShape(new Vector3f((float) g.size(0), (float) g.size(1), (float) g.size(2)));
        };
    }

    static void setTransform(Transform t, Pose p) {
        double[][] m = p.rotation().matrix();
        Matrix3f basis = new Matrix3f();
        for (int r = 0; r < 3; r++) for (int c = 0; c < 3; c++) basis.setElement(r, c, (float) m[r][c]);
        t.basis.set(basis);
        t.origin.set((float) p.position().x(), (float) p.position().y(), (float) p.position().z());
    }

    static Pose poseOf(Transform t) {
        double[][] m = new double[3][3];
        for (int r = 0; r < 3; r++) for (int c = 0; c < 3; c++) m[r][c] = t.basis.getElement(r, c);
        return new Pose(new Vec3(t.origin.x, t.origin.y, t.origin.z), Quat.fromMatrix(m));
    }
}
