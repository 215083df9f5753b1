package org.propamine.sim.robot;

/** A rigid transform: {@code apply(v) = rotation·v + position}. Child-in-parent when used for frames. */
public record Pose(Vec3 position, Quat rotation) {

    public static final Pose IDENTITY = new Pose(Vec3.ZERO, Quat.IDENTITY);

    public Pose {
        if (position == null || rotation == null) throw new IllegalArgumentException("pose needs a position and a rotation");
    }

    /** This ∘ inner: the pose of a frame given in this frame's coordinates, expressed in the outer frame. */
    public Pose compose(Pose inner) {
        return new Pose(apply(inner.position), rotation.mul(inner.rotation));
    }

    public Pose inverse() {
        Quat ri = rotation.conjugate();
        return new Pose(ri.rotate(position).times(-1), ri);
    }

    public Vec3 apply(Vec3 v) { return rotation.rotate(v).plus(position); }
}
