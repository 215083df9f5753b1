package org.propamine.sim.robot;

/**
 * Collision/visual primitive. Sizes ({@link Geom#size()}), all in metres, symmetry axis = local z:
 * SPHERE {radius}; CAPSULE {radius, length of the cylindrical part}; CYLINDER {radius, length};
 * BOX {half x, half y, half z}.
 */
public enum GeomType {
    SPHERE(1), CAPSULE(2), CYLINDER(2), BOX(3);

    private final int sizeCount;

    GeomType(int sizeCount) { this.sizeCount = sizeCount; }

    /** How many numbers {@link Geom#size()} holds for this type. */
    public int sizeCount() { return sizeCount; }
}
