package org.propamine.render.scene;

/**
 * Primitive geometry kinds, sized like MuJoCo geoms (all lengths in metres, along the body's local axes):
 * SPHERE {radius}; CAPSULE and CYLINDER {radius, halfLength along z}; BOX {halfX, halfY, halfZ}.
 */
public enum Shape {
    SPHERE(1), CAPSULE(2), BOX(3), CYLINDER(2);

    private final int sizeCount;

    Shape(int sizeCount) {
        this.sizeCount = sizeCount;
    }

    /** How many size values this shape takes. */
    public int sizeCount() {
        return sizeCount;
    }
}
