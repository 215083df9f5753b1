package org.propamine.sim.bullet;

import com.bulletphysics.dynamics.RigidBody;
import com.bulletphysics.dynamics.constraintsolver.TypedConstraint;
import com.bulletphysics.dynamics.constraintsolver.TypedConstraintType;
import com.bulletphysics.linearmath.Transform;
import javax.vecmath.Matrix3f;
import javax.vecmath.Vector3f;

/**
 * A two-body hinge for jBullet's sequential-impulse solver, with the rows native Bullet's hinge has:
 * a 3×3 block point constraint at the pivot, a 2×2 block keeping the axes aligned, a one-sided limit row and
 * a velocity-motor row about the axis. Differences from jBullet's own {@code HingeConstraint}, measured to
 * matter here: the angle is exact ({@link StrictMath#atan2}, platform-independent bits; jBullet uses a linear atan2 approximation that is up
 * to 0.07 rad off, which moves the limits), the motor impulse is clamped on its accumulated value per step
 * like native Bullet (jBullet clips each iteration separately, so the cap grows with the iteration count),
 * and nothing is allocated per solver call (jBullet's version spends most of its time in its stack allocator).
 * As in native Bullet's hinge, while a limit is violated at the start of a step the axis row belongs to the
 * limit (one-sided, uncapped, target ERP·violation/h) and the motor is off for that step; the row is also
 * switched on when the current speed would cross the limit within the step, allowing exactly the speed that
 * reaches it (a speculative limit: no overshoot); otherwise a stiff
 * rotor (armature 1 kg·m² on a 0.003 kg·m² shin) would cancel every limit correction.
 *
 * <p>Convention: q is the rotation of body B relative to body A about the hinge axis, right-hand rule,
 * 0 in the pose the frames were given in; q̇ = (ω_B − ω_A)·axis. Position errors are corrected with the
 * Baumgarte factor {@link #ERP} (Bullet's default 0.2): target velocity −ERP·error/h.
 */
final class RotorHinge extends TypedConstraint {

    /** Fraction of a position error removed per internal step. */
    static final double ERP = 0.2;
    /** Baumgarte factor of the limit row (stiffer than {@link #ERP}: the ant's weight rests on the ankle limits). */
    static final double LIMIT_ERP = 0.8;
    /** Fraction of the previous step's impulses applied before the first iteration (Bullet's default 0.85). */
    static final double WARM_START = 0.85;

    // frames in body coordinates: pivot, axis (z), reference x axis
    private final double[] pivotA = new double[3], pivotB = new double[3], axisA = new double[3], axisB = new double[3],
            refA = new double[3], refB = new double[3];
    private double lower = Double.NEGATIVE_INFINITY, upper = Double.POSITIVE_INFINITY;
    private double motorTarget, motorMaxImpulse;
    private boolean motorOn, motorOverLimit;

    // per-step quantities (buildJacobian)
    private float h = 1f / 60;
    private final double[] rA = new double[3], rB = new double[3], ax = new double[3], p = new double[3], q = new double[3];
    private final double[] iA = new double[9], iB = new double[9], kLin = new double[9];
    private final double[] linBias = new double[3];
    private double limitSignUsed;
    private double mA, mB, k00, k01, k11, angBiasP, angBiasQ, kAxis, limitBias, limitSign, limitAcc, motorAcc;
    private boolean limitActive, warmPending;
    /** Impulses of the current step (sums) and of the previous step (warm start, scaled by {@link #WARM_START}). */
    private final double[] sumP = new double[3], sumL = new double[3], prevP = new double[3], prevL = new double[3];
    private double prevLimitAcc, prevLimitSign, prevMotorAcc;

    // scratch
    private final Transform tA = new Transform(), tB = new Transform(), qA = new Transform(), qB = new Transform();
    private final Vector3f qwA = new Vector3f(), qwB = new Vector3f();
    private final Matrix3f m3 = new Matrix3f();
    private final Vector3f vA = new Vector3f(), wA = new Vector3f(), vB = new Vector3f(), wB = new Vector3f();
    private final double[] t = new double[3], u = new double[3], kTmp = new double[9], axQuery = new double[3];

    /** Frames are given in each body's local coordinates: pivot point, unit hinge axis, unit reference axis ⟂ axis. */
    RotorHinge(RigidBody a, RigidBody b, Transform frameInA, Transform frameInB) {
        super(TypedConstraintType.HINGE_CONSTRAINT_TYPE, a, b);
        setFrames(frameInA, frameInB);
    }

    /**
     * Re-expresses the hinge in new body frames (a body's frame moved within the body, e.g. its centre of mass
     * after {@code JBulletWorld.setLinkLengthScale}); limits, motor and warm-start impulses are kept.
     */
    void setFrames(Transform frameInA, Transform frameInB) {
        vec(frameInA.origin, pivotA);
        vec(frameInB.origin, pivotB);
        column(frameInA, 2, axisA);
        column(frameInB, 2, axisB);
        column(frameInA, 0, refA);
        column(frameInB, 0, refB);
    }

    private static void vec(Vector3f v, double[] out) {
        out[0] = v.x;
        out[1] = v.y;
        out[2] = v.z;
    }

    private static void column(Transform f, int c, double[] out) {
        for (int r = 0; r < 3; r++) out[r] = f.basis.getElement(r, c);
    }

    void setLimits(double lo, double hi) {
        lower = lo;
        upper = hi;
    }

    /** Velocity motor: drive q̇ towards {@code target} rad/s with at most {@code maxImpulse} N·m·s per step. */
    void setMotor(double target, double maxImpulse) {
        setMotor(target, maxImpulse, false);
    }

    /** As {@link #setMotor(double, double)}; {@code overLimit} keeps the motor on while a limit row is active (a lock). */
    void setMotor(double target, double maxImpulse, boolean overLimit) {
        motorOverLimit = overLimit;
        motorOn = maxImpulse > 0;
        motorTarget = target;
        motorMaxImpulse = maxImpulse;
    }

    /** Exact hinge angle q in rad, (−π, π]. */
    double angle() {
        rbA.getWorldTransform(qA);
        rbB.getWorldTransform(qB);
        return angle(qA, qB, axQuery);
    }

    /** q from the two body transforms; writes the world hinge axis (of A) into {@code axis}. */
    private double angle(Transform a, Transform b, double[] axis) {
        rotate(a.basis, refA, t);     // x of the frame in A (world)
        rotate(b.basis, refB, u);     // x of the frame in B (world)
        rotate(a.basis, axisA, axis);
        // y of A's frame = axis × x
        double yx = axis[1] * t[2] - axis[2] * t[1], yy = axis[2] * t[0] - axis[0] * t[2], yz = axis[0] * t[1] - axis[1] * t[0];
        return StrictMath.atan2(u[0] * yx + u[1] * yy + u[2] * yz, u[0] * t[0] + u[1] * t[1] + u[2] * t[2]);
    }

    /** q̇ = (ω_B − ω_A)·axis in rad/s. */
    double velocity() {
        rbA.getWorldTransform(qA);
        rotate(qA.basis, axisA, axQuery);
        rbA.getAngularVelocity(qwA);
        rbB.getAngularVelocity(qwB);
        return (qwB.x - qwA.x) * axQuery[0] + (qwB.y - qwA.y) * axQuery[1] + (qwB.z - qwA.z) * axQuery[2];
    }

    /** Sets the step length used for the position corrections (the world's internal step). */
    void setTimeStep(float timeStep) { h = timeStep; }

    @Override
    public void buildJacobian() {
        rbA.getWorldTransform(tA);
        rbB.getWorldTransform(tB);
        mA = rbA.getInvMass();
        mB = rbB.getInvMass();
        rbA.getInvInertiaTensorWorld(m3);
        copy(m3, iA);
        rbB.getInvInertiaTensorWorld(m3);
        copy(m3, iB);
        rotate(tA.basis, pivotA, rA);
        rotate(tB.basis, pivotB, rB);
        // linear block K = (mA + mB) E + [rA]x^T IA [rA]x + [rB]x^T IB [rB]x
        double[] k = kTmp;
        java.util.Arrays.fill(k, 0);
        addCrossSandwich(rA, iA, k);
        addCrossSandwich(rB, iB, k);
        k[0] += mA + mB;
        k[4] += mA + mB;
        k[8] += mA + mB;
        invert3(k, kLin);
        linBias[0] = -ERP * ((tB.origin.x + rB[0]) - (tA.origin.x + rA[0])) / h;
        linBias[1] = -ERP * ((tB.origin.y + rB[1]) - (tA.origin.y + rA[1])) / h;
        linBias[2] = -ERP * ((tB.origin.z + rB[2]) - (tA.origin.z + rA[2])) / h;
        // angular block in the plane orthogonal to the axis
        double qAngle = angle(tA, tB, ax);
        double[] bAxis = u;
        rotate(tB.basis, axisB, bAxis);
        perpendicular(ax, p);
        q[0] = ax[1] * p[2] - ax[2] * p[1];
        q[1] = ax[2] * p[0] - ax[0] * p[2];
        q[2] = ax[0] * p[1] - ax[1] * p[0];
        double cx = ax[1] * bAxis[2] - ax[2] * bAxis[1], cy = ax[2] * bAxis[0] - ax[0] * bAxis[2], cz = ax[0] * bAxis[1] - ax[1] * bAxis[0];
        angBiasP = -ERP * (cx * p[0] + cy * p[1] + cz * p[2]) / h;
        angBiasQ = -ERP * (cx * q[0] + cy * q[1] + cz * q[2]) / h;
        double a00 = quad(p, p), a01 = quad(p, q), a11 = quad(q, q);
        double det = a00 * a11 - a01 * a01;
        k00 = a11 / det;
        k01 = -a01 / det;
        k11 = a00 / det;
        kAxis = 1 / quad(ax, ax);
        // limit row: active when violated, or when the current speed would cross the limit within this step
        // (then the allowed speed is exactly the one that reaches it: no overshoot)
        limitActive = false;
        rbA.getAngularVelocity(wA);
        rbB.getAngularVelocity(wB);
        double qdot0 = (wB.x - wA.x) * ax[0] + (wB.y - wA.y) * ax[1] + (wB.z - wA.z) * ax[2];
        double predicted = qAngle + h * qdot0;
        if (lower == upper) {
            // pinned (a locked joint): one two-sided row, target ERP·(q_L − q)/h
            limitActive = true;
            limitSign = 1;
            limitBias = LIMIT_ERP * (lower - qAngle) / h;
        } else if (qAngle < lower || predicted < lower) {
            limitActive = true;
            limitSign = 1;
            limitBias = qAngle < lower ? LIMIT_ERP * (lower - qAngle) / h : (lower - qAngle) / h;
        } else if (qAngle > upper || predicted > upper) {
            limitActive = true;
            limitSign = -1;
            limitBias = qAngle > upper ? LIMIT_ERP * (qAngle - upper) / h : (qAngle - upper) / h;
        }
        prevLimitSign = limitSignUsed;
        prevLimitAcc = limitAcc;
        prevMotorAcc = motorAcc;
        System.arraycopy(sumP, 0, prevP, 0, 3);
        System.arraycopy(sumL, 0, prevL, 0, 3);
        java.util.Arrays.fill(sumP, 0);
        java.util.Arrays.fill(sumL, 0);
        limitAcc = 0;
        motorAcc = 0;
        limitSignUsed = limitActive ? limitSign : 0;
        warmPending = true;
        appliedImpulse = 0;
    }

    @Override
    public void solveConstraint(float timeStep) {
        rbA.getLinearVelocity(vA);
        rbA.getAngularVelocity(wA);
        rbB.getLinearVelocity(vB);
        rbB.getAngularVelocity(wB);
        if (warmPending) {
            warmPending = false;
            warmStart();
        }
        // point constraint: relative pivot velocity -> linBias
        double dx = linBias[0] - ((vB.x + wB.y * rB[2] - wB.z * rB[1]) - (vA.x + wA.y * rA[2] - wA.z * rA[1]));
        double dy = linBias[1] - ((vB.y + wB.z * rB[0] - wB.x * rB[2]) - (vA.y + wA.z * rA[0] - wA.x * rA[2]));
        double dz = linBias[2] - ((vB.z + wB.x * rB[1] - wB.y * rB[0]) - (vA.z + wA.x * rA[1] - wA.y * rA[0]));
        double px = kLin[0] * dx + kLin[1] * dy + kLin[2] * dz;
        double py = kLin[3] * dx + kLin[4] * dy + kLin[5] * dz;
        double pz = kLin[6] * dx + kLin[7] * dy + kLin[8] * dz;
        applyLinear(px, py, pz);
        // axis alignment: relative angular velocity in the plane -> angBias
        double rx = wB.x - wA.x, ry = wB.y - wA.y, rz = wB.z - wA.z;
        double ep = angBiasP - (rx * p[0] + ry * p[1] + rz * p[2]);
        double eq = angBiasQ - (rx * q[0] + ry * q[1] + rz * q[2]);
        double lp = k00 * ep + k01 * eq, lq = k01 * ep + k11 * eq;
        double lx = lp * p[0] + lq * q[0], ly = lp * p[1] + lq * q[1], lz = lp * p[2] + lq * q[2];
        applyAngular(lx, ly, lz);
        if (limitActive) {
            double qdot = (wB.x - wA.x) * ax[0] + (wB.y - wA.y) * ax[1] + (wB.z - wA.z) * ax[2];
            double d = kAxis * (limitBias - limitSign * qdot);
            double acc = lower == upper ? limitAcc + d : Math.max(limitAcc + d, 0);
            d = (acc - limitAcc) * limitSign;
            limitAcc = acc;
            addAngular(wB, iB, d * ax[0], d * ax[1], d * ax[2], 1);
            addAngular(wA, iA, d * ax[0], d * ax[1], d * ax[2], -1);
        }
        if (motorRowOn()) {
            double qdot = (wB.x - wA.x) * ax[0] + (wB.y - wA.y) * ax[1] + (wB.z - wA.z) * ax[2];
            double d = kAxis * (motorTarget - qdot);
            double acc = Math.max(-motorMaxImpulse, Math.min(motorMaxImpulse, motorAcc + d));
            d = acc - motorAcc;
            motorAcc = acc;
            addAngular(wB, iB, d * ax[0], d * ax[1], d * ax[2], 1);
            addAngular(wA, iA, d * ax[0], d * ax[1], d * ax[2], -1);
        }
        rbA.setLinearVelocity(vA);
        rbA.setAngularVelocity(wA);
        rbB.setLinearVelocity(vB);
        rbB.setAngularVelocity(wB);
    }

    /**
     * The motor row runs unless a limit row is active (then the limit owns the axis for this step, as in native
     * Bullet). Letting a motor that pushes away from the limit act as well was measured to double the limit
     * violations under random controls (0.165 vs 0.088 rad at 1/120 s), so it waits one step.
     */
    private boolean motorRowOn() {
        return motorOn && (!limitActive || motorOverLimit);
    }

    /** Applies the scaled impulses of the previous step (all rows; limit only if the same limit is active). */
    private void warmStart() {
        applyLinear(WARM_START * prevP[0], WARM_START * prevP[1], WARM_START * prevP[2]);
        applyAngular(WARM_START * prevL[0], WARM_START * prevL[1], WARM_START * prevL[2]);
        if (limitActive && prevLimitSign == limitSign && (prevLimitAcc > 0 || lower == upper)) {
            limitAcc = WARM_START * prevLimitAcc;
            double d = limitAcc * limitSign;
            addAngular(wB, iB, d * ax[0], d * ax[1], d * ax[2], 1);
            addAngular(wA, iA, d * ax[0], d * ax[1], d * ax[2], -1);
        } else if (motorRowOn()) {
            motorAcc = Math.max(-motorMaxImpulse, Math.min(motorMaxImpulse, WARM_START * prevMotorAcc));
            addAngular(wB, iB, motorAcc * ax[0], motorAcc * ax[1], motorAcc * ax[2], 1);
            addAngular(wA, iA, motorAcc * ax[0], motorAcc * ax[1], motorAcc * ax[2], -1);
        }
    }

    /** Linear impulse P at the pivot: +P on B, −P on A. */
    private void applyLinear(double px, double py, double pz) {
        sumP[0] += px;
        sumP[1] += py;
        sumP[2] += pz;
        vB.x += mB * px; vB.y += mB * py; vB.z += mB * pz;
        vA.x -= mA * px; vA.y -= mA * py; vA.z -= mA * pz;
        addAngular(wB, iB, rB[1] * pz - rB[2] * py, rB[2] * px - rB[0] * pz, rB[0] * py - rB[1] * px, 1);
        addAngular(wA, iA, rA[1] * pz - rA[2] * py, rA[2] * px - rA[0] * pz, rA[0] * py - rA[1] * px, -1);
    }

    /** Angular impulse L: +L on B, −L on A. */
    private void applyAngular(double lx, double ly, double lz) {
        sumL[0] += lx;
        sumL[1] += ly;
        sumL[2] += lz;
        addAngular(wB, iB, lx, ly, lz, 1);
        addAngular(wA, iA, lx, ly, lz, -1);
    }

    /** Motor impulse accumulated in the last step (N·m·s, about the axis). */
    double motorImpulse() { return motorAcc; }

    private static void addAngular(Vector3f w, double[] inv, double x, double y, double z, double s) {
        w.x += s * (inv[0] * x + inv[1] * y + inv[2] * z);
        w.y += s * (inv[3] * x + inv[4] * y + inv[5] * z);
        w.z += s * (inv[6] * x + inv[7] * y + inv[8] * z);
    }

    /** a·(IA⁻¹ + IB⁻¹)·b. */
    private double quad(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < 3; i++) for (int j = 0; j < 3; j++) s += a[i] * (iA[3 * i + j] + iB[3 * i + j]) * b[j];
        return s;
    }

    private static void copy(Matrix3f m, double[] out) {
        out[0] = m.m00; out[1] = m.m01; out[2] = m.m02;
        out[3] = m.m10; out[4] = m.m11; out[5] = m.m12;
        out[6] = m.m20; out[7] = m.m21; out[8] = m.m22;
    }

    private static void rotate(Matrix3f m, double[] v, double[] out) {
        double x = v[0], y = v[1], z = v[2];
        out[0] = m.m00 * x + m.m01 * y + m.m02 * z;
        out[1] = m.m10 * x + m.m11 * y + m.m12 * z;
        out[2] = m.m20 * x + m.m21 * y + m.m22 * z;
    }

    /** k += [r]×ᵀ · I · [r]× (the angular part of a point constraint's effective-mass matrix). */
    private static void addCrossSandwich(double[] r, double[] inv, double[] k) {
        for (int j = 0; j < 3; j++) {
            // column j of [r]x is r x e_j; I times it; then [r]x^T applied = -(r x .)
            double ex = j == 0 ? 1 : 0, ey = j == 1 ? 1 : 0, ez = j == 2 ? 1 : 0;
            double cx = r[1] * ez - r[2] * ey, cy = r[2] * ex - r[0] * ez, cz = r[0] * ey - r[1] * ex;
            double ix = inv[0] * cx + inv[1] * cy + inv[2] * cz;
            double iy = inv[3] * cx + inv[4] * cy + inv[5] * cz;
            double iz = inv[6] * cx + inv[7] * cy + inv[8] * cz;
            k[j] += -(r[1] * iz - r[2] * iy);
            k[3 + j] += -(r[2] * ix - r[0] * iz);
            k[6 + j] += -(r[0] * iy - r[1] * ix);
        }
    }

    private static void invert3(double[] m, double[] out) {
        double c00 = m[4] * m[8] - m[5] * m[7], c01 = m[5] * m[6] - m[3] * m[8], c02 = m[3] * m[7] - m[4] * m[6];
        double det = m[0] * c00 + m[1] * c01 + m[2] * c02;
        double inv = 1 / det;
        out[0] = c00 * inv;
        out[1] = (m[2] * m[7] - m[1] * m[8]) * inv;
        out[2] = (m[1] * m[5] - m[2] * m[4]) * inv;
        out[3] = c01 * inv;
        out[4] = (m[0] * m[8] - m[2] * m[6]) * inv;
        out[5] = (m[2] * m[3] - m[0] * m[5]) * inv;
        out[6] = c02 * inv;
        out[7] = (m[1] * m[6] - m[0] * m[7]) * inv;
        out[8] = (m[0] * m[4] - m[1] * m[3]) * inv;
    }

    private static void perpendicular(double[] a, double[] out) {
        double hx = Math.abs(a[0]) < 0.6 ? 1 : 0, hy = 1 - hx;
        double d = hx * a[0] + hy * a[1];
        out[0] = hx - d * a[0];
        out[1] = hy - d * a[1];
        out[2] = -d * a[2];
        double n = Math.sqrt(out[0] * out[0] + out[1] * out[1] + out[2] * out[2]);
        out[0] /= n;
        out[1] /= n;
        out[2] /= n;
    }
}
