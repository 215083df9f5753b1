package org.propamine.sim.robot;

/** An immutable unit quaternion (x, y, z, w) representing a rotation; {@code rotate(v)} = q v q*. */
public record Quat(double x, double y, double z, double w) {

    public static final Quat IDENTITY = new Quat(0, 0, 0, 1);

    public Quat {
        double n = Math.sqrt(x * x + y * y + z * z + w * w);
        if (!(n > 1e-9) || !Double.isFinite(n)) throw new IllegalArgumentException("quaternion has zero or non-finite length");
        if (Math.abs(n - 1) > 1e-12) { x /= n; y /= n; z /= n; w /= n; }
    }

    /** Rotation by {@code angle} radians about the unit-length {@code axis} (right-hand rule). */
    public static Quat axisAngle(Vec3 axis, double angle) {
        Vec3 a = axis.normalized();
        double s = Math.sin(angle / 2);
        return new Quat(a.x() * s, a.y() * s, a.z() * s, Math.cos(angle / 2));
    }

    /** URDF roll-pitch-yaw: R = Rz(yaw) · Ry(pitch) · Rx(roll) (fixed axes x, y, z). */
    public static Quat rpy(double roll, double pitch, double yaw) {
        return axisAngle(new Vec3(0, 0, 1), yaw).mul(axisAngle(new Vec3(0, 1, 0), pitch)).mul(axisAngle(new Vec3(1, 0, 0), roll));
    }

    /** The shortest rotation that takes +z to the unit direction {@code d}. */
    public static Quat zTo(Vec3 d) {
        Vec3 u = d.normalized();
        double c = u.z();
        if (c > 1 - 1e-12) return IDENTITY;
        if (c < -1 + 1e-12) return new Quat(1, 0, 0, 0);
        Vec3 axis = new Vec3(0, 0, 1).cross(u);
        return axisAngle(axis, Math.acos(Math.max(-1, Math.min(1, c))));
    }

    /** Hamilton product: this ∘ o (apply o first). */
    public Quat mul(Quat o) {
        return new Quat(
                w * o.x + x * o.w + y * o.z - z * o.y,
                w * o.y - x * o.z + y * o.w + z * o.x,
                w * o.z + x * o.y - y * o.x + z * o.w,
                w * o.w - x * o.x - y * o.y - z * o.z);
    }

    public Quat conjugate() { return new Quat(-x, -y, -z, w); }

    /** Rotates {@code v} by this rotation. */
    public Vec3 rotate(Vec3 v) {
        double[][] m = matrix();
        return new Vec3(m[0][0] * v.x() + m[0][1] * v.y() + m[0][2] * v.z(),
                m[1][0] * v.x() + m[1][1] * v.y() + m[1][2] * v.z(),
                m[2][0] * v.x() + m[2][1] * v.y() + m[2][2] * v.z());
    }

    /** The 3×3 rotation matrix, row-major. */
    public double[][] matrix() {
        return new double[][] {
            {1 - 2 * (y * y + z * z), 2 * (x * y - z * w), 2 * (x * z + y * w)},
            {2 * (x * y + z * w), 1 - 2 * (x * x + z * z), 2 * (y * z - x * w)},
            {2 * (x * z - y * w), 2 * (y * z + x * w), 1 - 2 * (x * x + y * y)}};
    }

    /** The rotation of an orthonormal, right-handed row-major matrix (Shepperd's method). */
    public static Quat fromMatrix(double[][] m) {
        double tr = m[0][0] + m[1][1] + m[2][2];
        if (tr > 0) {
            double s = Math.sqrt(tr + 1) * 2;
            return new Quat((m[2][1] - m[1][2]) / s, (m[0][2] - m[2][0]) / s, (m[1][0] - m[0][1]) / s, 0.25 * s);
        } else if (m[0][0] > m[1][1] && m[0][0] > m[2][2]) {
            double s = Math.sqrt(1 + m[0][0] - m[1][1] - m[2][2]) * 2;
            return new Quat(0.25 * s, (m[0][1] + m[1][0]) / s, (m[0][2] + m[2][0]) / s, (m[2][1] - m[1][2]) / s);
        } else if (m[1][1] > m[2][2]) {
            double s = Math.sqrt(1 + m[1][1] - m[0][0] - m[2][2]) * 2;
            return new Quat((m[0][1] + m[1][0]) / s, 0.25 * s, (m[1][2] + m[2][1]) / s, (m[0][2] - m[2][0]) / s);
        } else {
            double s = Math.sqrt(1 + m[2][2] - m[0][0] - m[1][1]) * 2;
            return new Quat((m[0][2] + m[2][0]) / s, (m[1][2] + m[2][1]) / s, 0.25 * s, (m[1][0] - m[0][1]) / s);
        }
    }
}
