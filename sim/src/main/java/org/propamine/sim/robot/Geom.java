package org.propamine.sim.robot;

import java.util.Arrays;

/**
 * One primitive shape of a link.
 *
 * @param type  primitive kind
 * @param size  dimensions in m as documented on {@link GeomType}; each > 0 (a capsule's length may be 0)
 * @param pose  pose of the geom's own frame (symmetry axis z) relative to the link frame
 */
public record Geom(GeomType type, double[] size, Pose pose) {

    public Geom {
        if (type == null || pose == null) throw new IllegalArgumentException("geom needs a type and a pose");
        if (size == null || size.length != type.sizeCount()) {
            throw new IllegalArgumentException(type + " geom needs " + type.sizeCount() + " size values");
        }
        size = size.clone();
        for (int i = 0; i < size.length; i++) {
            boolean lengthMayBeZero = type == GeomType.CAPSULE && i == 1;
            if (!Double.isFinite(size[i]) || size[i] < 0 || (size[i] == 0 && !lengthMayBeZero)) {
                throw new IllegalArgumentException(type + " geom size " + Arrays.toString(size) + " must be finite and > 0");
            }
        }
    }

    @Override
    public double[] size() { return size.clone(); }

    /** Size element {@code i} without copying. */
    public double size(int i) { return size[i]; }

    /** Volume in m³ (capsule = cylinder + two hemispheres). */
    public double volume() {
        double r = size[0];
        return switch (type) {
            case SPHERE -> 4.0 / 3.0 * Math.PI * r * r * r;
            case CAPSULE -> Math.PI * r * r * size[1] + 4.0 / 3.0 * Math.PI * r * r * r;
            case CYLINDER -> Math.PI * r * r * size[1];
            case BOX -> 8 * size[0] * size[1] * size[2];
        };
    }

    /**
     * Principal moments about the geom's centre, in the geom frame, for a solid of mass {@code m}:
     * sphere 2/5·m·r²; cylinder (axis z) m·r²/2 and m·(L²/12 + r²/4); box m/3·(b² + c²) with half sizes;
     * capsule exact: cylinder part m_c plus two hemispheres m_s, I_z = m_c·r²/2 + m_s·2r²/5,
     * I_x = m_c·(L²/12 + r²/4) + m_s·(2r²/5 + L²/4 + 3Lr/8), mass split by volume.
     */
    public Vec3 principalInertia(double m) {
        double r = size[0];
        switch (type) {
            case SPHERE: {
                double i = 0.4 * m * r * r;
                return new Vec3(i, i, i);
            }
            case CYLINDER: {
                double l = size[1];
                double ip = m * (l * l / 12 + r * r / 4);
                return new Vec3(ip, ip, m * r * r / 2);
            }
            case BOX: {
                double a = size[0], b = size[1], c = size[2];
                return new Vec3(m / 3 * (b * b + c * c), m / 3 * (a * a + c * c), m / 3 * (a * a + b * b));
            }
            case CAPSULE: {
                double l = size[1];
                double vc = Math.PI * r * r * l, vs = 4.0 / 3.0 * Math.PI * r * r * r, v = vc + vs;
                double mc = m * vc / v, ms = m * vs / v;
                double ia = mc * r * r / 2 + ms * 2 * r * r / 5;
                double ip = mc * (l * l / 12 + r * r / 4) + ms * (2 * r * r / 5 + l * l / 4 + 3 * l * r / 8);
                return new Vec3(ip, ip, ia);
            }
            default:
                throw new IllegalStateException();
        }
    }

    /** Half extent of the geom along its own z axis (for a sphere, r). */
    public double halfHeight() {
        return switch (type) {
            case SPHERE -> size[0];
            case CAPSULE -> size[0] + size[1] / 2;
            case CYLINDER -> size[1] / 2;
            case BOX -> size[2];
        };
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Geom g && g.type == type && Arrays.equals(g.size, size) && g.pose.equals(pose);
    }

    @Override
    public int hashCode() { return type.hashCode() * 31 + Arrays.hashCode(size) * 7 + pose.hashCode(); }

    @Override
    public String toString() { return type + Arrays.toString(size) + "@" + pose; }
}
