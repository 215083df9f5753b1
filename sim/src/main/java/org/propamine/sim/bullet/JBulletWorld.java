package org.propamine.sim.bullet;

import com.bulletphysics.collision.broadphase.SimpleBroadphase;
import com.bulletphysics.collision.dispatch.CollisionDispatcher;
import com.bulletphysics.collision.dispatch.CollisionObject;
import com.bulletphysics.collision.dispatch.DefaultCollisionConfiguration;
import com.bulletphysics.collision.narrowphase.PersistentManifold;
import com.bulletphysics.collision.shapes.StaticPlaneShape;
import com.bulletphysics.dynamics.DiscreteDynamicsWorld;
import com.bulletphysics.dynamics.RigidBody;
import com.bulletphysics.dynamics.RigidBodyConstructionInfo;
import com.bulletphysics.dynamics.constraintsolver.SequentialImpulseConstraintSolver;
import com.bulletphysics.linearmath.Transform;
import java.util.SplittableRandom;
import javax.vecmath.AxisAngle4f;
import javax.vecmath.Matrix3f;
import javax.vecmath.Quat4f;
import javax.vecmath.Vector3f;
import org.propamine.sim.JointMode;
import org.propamine.sim.PhysicsConfig;
import org.propamine.sim.RobotState;
import org.propamine.sim.SimWorld;
import org.propamine.sim.robot.LinkShortening;
import org.propamine.sim.robot.RobotDescription;

/**
 * {@link SimWorld} on jBullet rigid bodies: one {@link DiscreteDynamicsWorld} per instance (use one instance
 * per thread), a static ground plane z = 0, one rigid body per group of welded links ({@link RigidPlan}),
 * a {@link SimpleBroadphase} (all-pairs AABB tests: for ~10 bodies cheaper than the dynamic AABB tree, and
 * allocation-free, where jBullet's DbvtBroadphase allocated ~20 kB per env step), one two-body
 * {@link RotorHinge} per hinge, collision groups so that the robot touches only the ground,
 * deactivation disabled on every body.
 *
 * <p><b>Rotor actuator</b> (SPEC §2, as the native anchor {@code bullet_ant.cc}): before every internal step
 * of length h, for each actuated hinge with relative speed q̇ = (ω_child − ω_parent)·axis,
 * τ = gear·strength·ctrl − damping·q̇ and the hinge's velocity motor gets target q̇ + h·τ/armature and a
 * total impulse cap gear·strength·h (N·m·s), clamped on the accumulated impulse as in native Bullet
 * ({@link RotorHinge}); the target never drives q further past a limit within the step.
 *
 * <p>{@link JointMode#DISABLED} (and hinges without an actuator): the motor only damps, target 0 with cap
 * damping·|q̇|·h (explicit viscous damping that cannot reverse the motion); ctrl is ignored.
 * {@link JointMode#LOCKED}: both hinge limits are pinned to the lock angle q_L (the angle when locked,
 * clamped into the limits), so the uncapped limit row holds it; the motor is off.
 *
 * <p><b>Determinism</b>: {@link #reset(long)} rebuilds the Bullet world from the plan (no broadphase, manifold
 * or warm-start state survives an episode), then re-applies the perturbation settings, so an episode depends
 * only on the description, config, perturbations, seed and controls, never on earlier episodes or threads.
 * Each step allocates nothing on the Java heap outside jBullet's own pooled temporaries.
 */
public final class JBulletWorld implements SimWorld {

    /** A contact point at most this far apart (m) counts as touching for the foot flags. */
    public static final float CONTACT_DISTANCE = 0.005f;
    /** Standard gravity, m/s². */
    public static final double GRAVITY = 9.81;
    private static final short GROUND = 1, ROBOT = 2;

    private final PhysicsConfig config;
    /** The robot as loaded; {@link #plan} is built from it with the current link length scales. */
    private final RobotDescription nominal;
    private final RigidPlan nominalPlan;
    private RigidPlan plan;
    private final int hingeCount, actuatorCount, footCount;
    private final double h;
    private final int substeps;
    private final float maxSpeed2;

    // perturbation state (survives reset)
    private double gravityScale = 1, frictionScale = 1, massScale = 1;
    private final double[] strength;
    private final JointMode[] modes;
    private final double[] lockAngle;
    private final int[] hingeActuator;
    private final double[] lengthScale;

    // physics, rebuilt at every reset
    private DiscreteDynamicsWorld world;
    private CollisionDispatcher dispatcher;
    private RigidBody[] bodies;
    private RotorHinge[] constraints;
    private final double[] hingeCtrl;
    private final boolean[] footContact;
    private double time;
    private boolean diverged;
    /** True from a reset (or construction) until the first step or impulse: the world is still in its start state. */
    private boolean pristine;
    private long resetSeed;
    private boolean seeded;

    private final Transform tmpT = new Transform();
    private final Vector3f tmpA = new Vector3f(), tmpB = new Vector3f(), tmpAxis = new Vector3f();
    private final Quat4f tmpQ = new Quat4f();
    private final double[] tmpQuat = new double[4];

    /** Builds the world in the file's pose (all joints at 0, no reset noise); {@link #reset(long)} adds the noise. */
    public JBulletWorld(RobotDescription description, PhysicsConfig config) {
        this.config = config;
        this.nominal = description;
        this.nominalPlan = new RigidPlan(description);
        this.plan = nominalPlan;
        lengthScale = new double[description.links().size()];
        java.util.Arrays.fill(lengthScale, 1);
        hingeCount = plan.hinges.size();
        actuatorCount = plan.actuatorHinge.length;
        footCount = plan.footGroup.length;
        h = config.dt();
        substeps = config.substeps();
        maxSpeed2 = (float) (config.maxBodySpeed() * config.maxBodySpeed());
        strength = new double[actuatorCount];
        java.util.Arrays.fill(strength, 1);
        modes = new JointMode[hingeCount];
        java.util.Arrays.fill(modes, JointMode.ACTUATED);
        lockAngle = new double[hingeCount];
        hingeActuator = new int[hingeCount];
        java.util.Arrays.fill(hingeActuator, -1);
        for (int a = 0; a < actuatorCount; a++) hingeActuator[plan.actuatorHinge[a]] = a;
        hingeCtrl = new double[hingeCount];
        footContact = new boolean[footCount];
        rebuild();
        pristine = true;
    }

    /** Same as the constructor: a world for an already loaded description with the given settings. */
    public static JBulletWorld create(RobotDescription description, PhysicsConfig config) {
        return new JBulletWorld(description, config);
    }

    // ------------------------------------------------------------------ construction

    private void rebuild() {
        DefaultCollisionConfiguration cc = new DefaultCollisionConfiguration();
        dispatcher = new CollisionDispatcher(cc);
        world = new DiscreteDynamicsWorld(dispatcher, new SimpleBroadphase(16), new SequentialImpulseConstraintSolver(), cc);
        world.getSolverInfo().numIterations = config.iterations();
        // as native Bullet 3 (the anchor): penetration is resolved by a separate position impulse
        world.getSolverInfo().splitImpulse = true;
        RigidBodyConstructionInfo gi = new RigidBodyConstructionInfo(0, null, new StaticPlaneShape(new Vector3f(0, 0, 1), 0), new Vector3f());
        gi.friction = 1;
        RigidBody ground = new RigidBody(gi);
        world.addRigidBody(ground, GROUND, ROBOT);
        bodies = new RigidBody[plan.groups.size()];
        for (int g = 0; g < bodies.length; g++) {
            RigidPlan.Group group = plan.groups.get(g);
            Vector3f inertia = new Vector3f(group.localInertia);
            inertia.scale((float) massScale);
            RigidBodyConstructionInfo info = new RigidBodyConstructionInfo((float) (group.mass * massScale), null, group.shape, inertia);
            info.startWorldTransform.set(group.initial);
            info.friction = (float) frictionScale;
            RigidBody b = new RigidBody(info);
            b.setActivationState(CollisionObject.DISABLE_DEACTIVATION);
            world.addRigidBody(b, ROBOT, GROUND);
            bodies[g] = b;
        }
        constraints = new RotorHinge[hingeCount];
        for (int i = 0; i < hingeCount; i++) {
            RigidPlan.Hinge hp = plan.hinges.get(i);
            RotorHinge c = new RotorHinge(bodies[hp.groupA], bodies[hp.groupB], hp.frameInA, hp.frameInB);
            c.setTimeStep((float) h);
            c.setLimits(hp.lower, hp.upper);
            world.addConstraint(c, true);
            constraints[i] = c;
        }
        applyGravity();
        time = 0;
        diverged = false;
        java.util.Arrays.fill(footContact, false);
        for (int i = 0; i < hingeCount; i++) {
            if (modes[i] == JointMode.LOCKED) {
                lockAngle[i] = clampToLimits(i, jointAngle(i));
                constraints[i].setLimits(lockAngle[i], lockAngle[i]);
            }
        }
    }

    private void applyGravity() {
        world.setGravity(new Vector3f(0, 0, (float) (-GRAVITY * gravityScale)));
    }

    // ------------------------------------------------------------------ SimWorld

    @Override
    public PhysicsConfig config() { return config; }

    @Override
    public RobotDescription description() { return plan.description; }

    @Override
    public void reset(long seed) {
        rebuild();
        addResetNoise(seed);
        resetSeed = seed;
        seeded = true;
        pristine = true;
    }

    private void addResetNoise(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        float dx = (float) rng.nextDouble(-0.1, 0.1), dy = (float) rng.nextDouble(-0.1, 0.1), dz = (float) rng.nextDouble(-0.1, 0.1);
        Vector3f v = new Vector3f((float) (0.1 * rng.nextGaussian()), (float) (0.1 * rng.nextGaussian()), (float) (0.1 * rng.nextGaussian()));
        Vector3f w = new Vector3f((float) (0.1 * rng.nextGaussian()), (float) (0.1 * rng.nextGaussian()), (float) (0.1 * rng.nextGaussian()));
        Vector3f c0 = new Vector3f(plan.groups.get(0).initial.origin);
        c0.x += dx;
        c0.y += dy;
        c0.z += dz;
        Transform t = new Transform();
        Vector3f r = new Vector3f(), vel = new Vector3f();
        for (RigidBody b : bodies) {
            b.getWorldTransform(t);
            t.origin.x += dx;
            t.origin.y += dy;
            t.origin.z += dz;
            b.setWorldTransform(t);
            b.setInterpolationWorldTransform(t);
            r.sub(t.origin, c0);
            vel.cross(w, r);
            vel.add(v);
            b.setLinearVelocity(vel);
            b.setAngularVelocity(w);
            b.setInterpolationLinearVelocity(vel);
            b.setInterpolationAngularVelocity(w);
        }
        // keep broadphase bounds in sync with the moved bodies
        world.updateAabbs();
    }

    @Override
    public void step(double[] ctrl) {
        if (ctrl.length != actuatorCount) throw new IllegalArgumentException("ctrl has " + ctrl.length + " values, expected " + actuatorCount);
        if (diverged) return;
        pristine = false;
        java.util.Arrays.fill(hingeCtrl, 0);
        for (int a = 0; a < actuatorCount; a++) {
            double c = ctrl[a];
            if (Double.isNaN(c)) throw new IllegalArgumentException("ctrl[" + a + "] is NaN, expected a number in [" + plan.ctrlMin[a] + ", " + plan.ctrlMax[a] + "]");
            hingeCtrl[plan.actuatorHinge[a]] = Math.max(plan.ctrlMin[a], Math.min(plan.ctrlMax[a], c));
        }
        float hf = (float) h;
        for (int s = 0; s < substeps; s++) {
            driveMotors();
            world.stepSimulation(hf, 0);
            time += h;
            if (checkDiverged()) {
                diverged = true;
                break;
            }
        }
        updateContacts();
    }

    private void driveMotors() {
        for (int i = 0; i < hingeCount; i++) {
            double qdot = jointVelocity(i);
            int a = hingeActuator[i];
            JointMode mode = a < 0 && modes[i] == JointMode.ACTUATED ? JointMode.DISABLED : modes[i];
            RigidPlan.Hinge hp = plan.hinges.get(i);
            double target, cap;
            switch (mode) {
                case ACTUATED -> {
                    double g = plan.gear[a] * strength[a];
                    double tau = g * hingeCtrl[i] - hp.damping * qdot;
                    target = qdot + h * tau / hp.armature;
                    cap = g * h;
                    // the rotor is rigidly coupled to the joint, so it cannot carry the joint past a limit: its
                    // target speed never moves q further out than the limit within this step (without this the
                    // motor, solved after the limit row in jBullet's Gauss-Seidel order, re-adds speed into it)
                    double q = jointAngle(i);
                    target = Math.min(target, Math.max(0, (hp.upper - q) / h));
                    target = Math.max(target, Math.min(0, (hp.lower - q) / h));
                }
                case DISABLED -> {
                    target = 0;
                    cap = hp.damping * Math.abs(qdot) * h;
                }
                default -> { // LOCKED
                    target = 0; // the limits pinned at the lock angle hold it (a two-sided row, see RotorHinge)
                    cap = 0;
                }
            }
            constraints[i].setMotor(target, cap);
        }
    }

    private boolean checkDiverged() {
        for (RigidBody b : bodies) {
            b.getLinearVelocity(tmpA);
            b.getAngularVelocity(tmpB);
            b.getWorldTransform(tmpT);
            float v2 = tmpA.lengthSquared();
            if (!(v2 <= maxSpeed2) || !Float.isFinite(tmpB.x + tmpB.y + tmpB.z) || !Float.isFinite(tmpT.origin.x + tmpT.origin.y + tmpT.origin.z)) return true;
        }
        return false;
    }

    private void updateContacts() {
        java.util.Arrays.fill(footContact, false);
        int nm = dispatcher.getNumManifolds();
        for (int m = 0; m < nm; m++) {
            PersistentManifold pm = dispatcher.getManifoldByIndexInternal(m);
            int nc = pm.getNumContacts();
            boolean touching = false;
            for (int k = 0; k < nc && !touching; k++) touching = pm.getContactPoint(k).getDistance() <= CONTACT_DISTANCE;
            if (!touching) continue;
            Object b0 = pm.getBody0(), b1 = pm.getBody1();
            for (int f = 0; f < footCount; f++) {
                RigidBody foot = bodies[plan.footGroup[f]];
                if (foot == b0 || foot == b1) footContact[f] = true;
            }
        }
    }

    /** q of hinge {@code i} in rad, robot-file sign convention. */
    private double jointAngle(int i) {
        return constraints[i].angle();
    }

    /** q̇ = (ω_child − ω_parent)·axis in rad/s. */
    private double jointVelocity(int i) {
        return constraints[i].velocity();
    }

    private double clampToLimits(int i, double q) {
        RigidPlan.Hinge hp = plan.hinges.get(i);
        return Math.max(hp.lower, Math.min(hp.upper, q));
    }

    @Override
    public void readState(RobotState dest) {
        RigidBody root = bodies[0];
        root.getWorldTransform(tmpT);
        dest.basePosition[0] = tmpT.origin.x;
        dest.basePosition[1] = tmpT.origin.y;
        dest.basePosition[2] = tmpT.origin.z;
        double[] off = plan.linkInBody[0];
        tmpT.getRotation(tmpQ);
        quatMul(tmpQ.x, tmpQ.y, tmpQ.z, tmpQ.w, off[3], off[4], off[5], off[6], dest.baseOrientation);
        root.getLinearVelocity(tmpA);
        dest.baseLinearVelocity[0] = tmpA.x;
        dest.baseLinearVelocity[1] = tmpA.y;
        dest.baseLinearVelocity[2] = tmpA.z;
        root.getAngularVelocity(tmpA);
        dest.baseAngularVelocity[0] = tmpA.x;
        dest.baseAngularVelocity[1] = tmpA.y;
        dest.baseAngularVelocity[2] = tmpA.z;
        for (int i = 0; i < hingeCount; i++) {
            dest.jointPositions[i] = jointAngle(i);
            dest.jointVelocities[i] = jointVelocity(i);
        }
        for (int f = 0; f < footCount; f++) dest.footContacts[f] = footContact[f] ? 1 : 0;
        dest.time = time;
    }

    @Override
    public RobotState newState() { return new RobotState(hingeCount, footCount); }

    @Override
    public double time() { return time; }

    @Override
    public boolean diverged() { return diverged; }

    @Override
    public int jointCount() { return hingeCount; }

    @Override
    public int actuatorCount() { return actuatorCount; }

    @Override
    public int footCount() { return footCount; }

    @Override
    public double jointLower(int j) { return plan.hinges.get(j).lower; }

    @Override
    public double jointUpper(int j) { return plan.hinges.get(j).upper; }

    @Override
    public int actuatorJoint(int a) { return plan.actuatorHinge[a]; }

    @Override
    public String jointName(int j) { return plan.hinges.get(j).name; }

    @Override
    public int linkCount() { return plan.linkGroup.length; }

    @Override
    public void linkPose(int link, double[] dest7) {
        bodies[plan.linkGroup[link]].getWorldTransform(tmpT);
        double[] off = plan.linkInBody[link];
        Matrix3f m = tmpT.basis;
        dest7[0] = m.m00 * off[0] + m.m01 * off[1] + m.m02 * off[2] + tmpT.origin.x;
        dest7[1] = m.m10 * off[0] + m.m11 * off[1] + m.m12 * off[2] + tmpT.origin.y;
        dest7[2] = m.m20 * off[0] + m.m21 * off[1] + m.m22 * off[2] + tmpT.origin.z;
        tmpT.getRotation(tmpQ);
        quatMul(tmpQ.x, tmpQ.y, tmpQ.z, tmpQ.w, off[3], off[4], off[5], off[6], tmpQuat);
        System.arraycopy(tmpQuat, 0, dest7, 3, 4);
    }

    private static void quatMul(double ax, double ay, double az, double aw, double bx, double by, double bz, double bw, double[] out) {
        out[0] = aw * bx + ax * bw + ay * bz - az * by;
        out[1] = aw * by - ax * bz + ay * bw + az * bx;
        out[2] = aw * bz + ax * by - ay * bx + az * bw;
        out[3] = aw * bw - ax * bx - ay * by - az * bz;
    }

    // ------------------------------------------------------------------ perturbations

    @Override
    public void setGravityScale(double scale) {
        if (!(scale >= 0) || !Double.isFinite(scale)) throw new IllegalArgumentException("gravity scale = " + scale + ", expected >= 0");
        gravityScale = scale;
        applyGravity();
    }

    @Override
    public void setFrictionScale(double scale) {
        if (!(scale >= 0) || !Double.isFinite(scale)) throw new IllegalArgumentException("friction scale = " + scale + ", expected >= 0");
        frictionScale = scale;
        for (RigidBody b : bodies) b.setFriction((float) scale);
    }

    @Override
    public void setMassScale(double scale) {
        if (!(scale > 0) || !Double.isFinite(scale)) throw new IllegalArgumentException("mass scale = " + scale + ", expected > 0");
        massScale = scale;
        for (int g = 0; g < bodies.length; g++) {
            RigidPlan.Group group = plan.groups.get(g);
            Vector3f inertia = new Vector3f(group.localInertia);
            inertia.scale((float) scale);
            bodies[g].setMassProps((float) (group.mass * scale), inertia);
            bodies[g].updateInertiaTensor();
        }
        applyGravity(); // jBullet stores gravity as a force m·g per body
    }

    @Override
    public void setMotorStrength(int a, double scale) {
        if (!(scale >= 0) || !Double.isFinite(scale)) throw new IllegalArgumentException("motor strength = " + scale + ", expected >= 0");
        strength[a] = scale;
    }

    @Override
    public void setJointMode(int j, JointMode mode) {
        if (mode == JointMode.LOCKED && modes[j] != JointMode.LOCKED) {
            lockAngle[j] = clampToLimits(j, jointAngle(j));
            constraints[j].setLimits(lockAngle[j], lockAngle[j]);
        } else if (mode != JointMode.LOCKED && modes[j] == JointMode.LOCKED) {
            constraints[j].setLimits(plan.hinges.get(j).lower, plan.hinges.get(j).upper);
        }
        modes[j] = mode;
    }

    @Override
    public void applyRootImpulse(double ix, double iy, double iz) {
        tmpA.set((float) ix, (float) iy, (float) iz); // applyCentralImpulse only reads it
        bodies[0].applyCentralImpulse(tmpA);
        pristine = false;
    }

    /**
     * {@inheritDoc}
     *
     * <p>Implementation: the plan is rebuilt from the nominal description with the new scales
     * ({@link LinkShortening}). In its start state (after a reset or construction, before any step or impulse)
     * the world is then rebuilt and the last reset's noise re-applied, which is bit for bit the world of a robot
     * file with the shortened link. Otherwise the link's rigid body is changed in place ({@link #swapShape}).
     */
    @Override
    public void setLinkLengthScale(int link, double scale) {
        if (link <= 0 || link >= lengthScale.length) {
            throw new IllegalArgumentException("link = " + link + ", expected 1.." + (lengthScale.length - 1) + " (the root link cannot be shortened)");
        }
        if (!(scale > 0 && scale <= 1)) throw new IllegalArgumentException("length scale = " + scale + ", expected 0 < scale <= 1");
        if (scale == lengthScale[link]) return;
        double[] next = lengthScale.clone();
        next[link] = scale;
        boolean nominalLengths = java.util.Arrays.stream(next).allMatch(v -> v == 1);
        RigidPlan nextPlan = nominalLengths ? nominalPlan : new RigidPlan(LinkShortening.apply(nominal, next));
        System.arraycopy(next, 0, lengthScale, 0, next.length);
        if (pristine) {
            plan = nextPlan;
            rebuild();
            if (seeded) addResetNoise(resetSeed);
        } else {
            swapShape(plan.linkGroup[link], nextPlan);
        }
    }

    /**
     * Moves rigid body {@code g} to {@code next}'s shape, mass, inertia and body frame without disturbing the
     * motion: the body frame (centre of mass, principal axes) moves by the constant offset D = B_old⁻¹·B_new
     * between the two plans' initial poses, so the new transform is T·D and the linear velocity becomes
     * v + ω × (o_new − o_old) (the same rigid motion); hinges attached to the body get their frames in the new
     * body frame; contact manifolds of the body are dropped (their points are in the old frame) and re-found
     * by the next step.
     */
    private void swapShape(int g, RigidPlan next) {
        RigidPlan prev = plan;
        plan = next;
        RigidPlan.Group group = next.groups.get(g);
        Transform offset = new Transform();
        RigidPlan.setTransform(offset, RigidPlan.poseOf(prev.groups.get(g).initial).inverse().compose(RigidPlan.poseOf(group.initial)));
        RigidBody b = bodies[g];
        Transform old = b.getWorldTransform(new Transform());
        Transform moved = new Transform();
        moved.mul(old, offset);
        Vector3f w = b.getAngularVelocity(new Vector3f()), v = b.getLinearVelocity(new Vector3f()), r = new Vector3f(), dv = new Vector3f();
        r.sub(moved.origin, old.origin);
        dv.cross(w, r);
        v.add(dv);
        world.getBroadphase().getOverlappingPairCache().cleanProxyFromPairs(b.getBroadphaseHandle(), dispatcher);
        b.setCollisionShape(group.shape);
        Vector3f inertia = new Vector3f(group.localInertia);
        inertia.scale((float) massScale);
        b.setMassProps((float) (group.mass * massScale), inertia);
        b.setLinearVelocity(v);
        b.setCenterOfMassTransform(moved); // also the interpolation transform/velocities and the world inertia
        applyGravity(); // jBullet stores gravity as a force m·g per body
        world.updateSingleAabb(b);
        for (int i = 0; i < hingeCount; i++) {
            RigidPlan.Hinge hp = next.hinges.get(i);
            if (hp.groupA == g || hp.groupB == g) constraints[i].setFrames(hp.frameInA, hp.frameInB);
        }
    }

    @Override
    public long stateHash() {
        long hash = 0xcbf29ce484222325L;
        for (RigidBody b : bodies) {
            b.getWorldTransform(tmpT);
            Matrix3f m = tmpT.basis;
            hash = mix(hash, tmpT.origin.x, tmpT.origin.y, tmpT.origin.z);
            hash = mix(hash, m.m00, m.m01, m.m02);
            hash = mix(hash, m.m10, m.m11, m.m12);
            hash = mix(hash, m.m20, m.m21, m.m22);
            b.getLinearVelocity(tmpA);
            hash = mix(hash, tmpA.x, tmpA.y, tmpA.z);
            b.getAngularVelocity(tmpA);
            hash = mix(hash, tmpA.x, tmpA.y, tmpA.z);
        }
        return hash;
    }

    private static long mix(long hash, float a, float b, float c) {
        hash = (hash ^ Float.floatToRawIntBits(a)) * 0x100000001b3L;
        hash = (hash ^ Float.floatToRawIntBits(b)) * 0x100000001b3L;
        hash = (hash ^ Float.floatToRawIntBits(c)) * 0x100000001b3L;
        return hash ^ (hash >>> 29);
    }

    @Override
    public void close() {
        world = null;
        bodies = new RigidBody[0];
    }
}
