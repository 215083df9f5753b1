package org.propamine.render.scene;

import java.util.Arrays;

/**
 * One drawable primitive: its shape, its size (see {@link Shape}: positive, finite metres) and its colour.
 * The size array is copied on construction and by {@link #size()}, so the record stays immutable.
 *
 * @param shape primitive kind
 * @param size  {@link Shape#sizeCount()} positive values
 * @param rgb   colour as 0xRRGGBB
 */
public record SceneBody(Shape shape, double[] size, int rgb) {

    public SceneBody {
        if (shape == null) {
            throw new IllegalArgumentException("scene body shape is null");
        }
        if (size == null || size.length != shape.sizeCount()) {
            throw new IllegalArgumentException(shape + " needs " + shape.sizeCount() + " size values, got "
                    + (size == null ? "none" : Arrays.toString(size)));
        }
        for (double s : size) {
            if (!(s > 0) || Double.isInfinite(s)) {
                throw new IllegalArgumentException(shape + " size values must be positive and finite, got "
                        + Arrays.toString(size));
            }
        }
        size = size.clone();
        if ((rgb & ~0xFFFFFF) != 0) {
            throw new IllegalArgumentException("colour must be 0xRRGGBB, got 0x" + Integer.toHexString(rgb));
        }
    }

    public static SceneBody sphere(double radius, int rgb) {
        return new SceneBody(Shape.SPHERE, new double[] {radius}, rgb);
    }

    public static SceneBody capsule(double radius, double halfLength, int rgb) {
        return new SceneBody(Shape.CAPSULE, new double[] {radius, halfLength}, rgb);
    }

    public static SceneBody cylinder(double radius, double halfLength, int rgb) {
        return new SceneBody(Shape.CYLINDER, new double[] {radius, halfLength}, rgb);
    }

    public static SceneBody box(double halfX, double halfY, double halfZ, int rgb) {
        return new SceneBody(Shape.BOX, new double[] {halfX, halfY, halfZ}, rgb);
    }

    /** Size value {@code i} in metres. */
    public double size(int i) {
        return size[i];
    }

    @Override
    public double[] size() {
        return size.clone();
    }
}
