package org.propamine.sim.robot;

/** An immutable 3-vector of doubles (metres, or a unit direction, depending on use). */
public record Vec3(double x, double y, double z) {

    public static final Vec3 ZERO = new Vec3(0, 0, 0);

    public Vec3 {
        if (!Double.isFinite(x) || !Double.isFinite(y) || !Double.isFinite(z)) {
            throw new IllegalArgumentException("vector (" + x + ", " + y + ", " + z + ") is not finite");
        }
    }

    public Vec3 plus(Vec3 o) { return new Vec3(x + o.x, y + o.y, z + o.z); }

    public Vec3 minus(Vec3 o) { return new Vec3(x - o.x, y - o.y, z - o.z); }

    public Vec3 times(double s) { return new Vec3(x * s, y * s, z * s); }

    public double dot(Vec3 o) { return x * o.x + y * o.y + z * o.z; }

    public Vec3 cross(Vec3 o) { return new Vec3(y * o.z - z * o.y, z * o.x - x * o.z, x * o.y - y * o.x); }

    public double norm() { return Math.sqrt(dot(this)); }

    /** This vector scaled to length 1; throws for a (near) zero vector. */
    public Vec3 normalized() {
        double n = norm();
        if (n < 1e-12) throw new IllegalArgumentException("zero-length direction");
        return times(1 / n);
    }

    public double get(int i) { return i == 0 ? x : i == 1 ? y : z; }
}
