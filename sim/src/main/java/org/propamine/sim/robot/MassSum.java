package org.propamine.sim.robot;

/**
 * Accumulates point-mass-with-inertia parts of one link and returns the link's mass, centre of mass and
 * inertia about it: M = Σ mᵢ, c = Σ mᵢ pᵢ / M, I = Σ (Rᵢ Iᵢ Rᵢᵀ + mᵢ(|pᵢ−c|² E − (pᵢ−c)(pᵢ−c)ᵀ)).
 */
public final class MassSum {
    private record Part(double mass, Vec3 position, Inertia inertia) { }

    private final java.util.List<Part> parts = new java.util.ArrayList<>();

    /** Adds a solid geom of mass {@code m} (inertia from its shape). */
    public void addGeom(Geom g, double m) {
        Vec3 d = g.principalInertia(m);
        parts.add(new Part(m, g.pose().position(), Inertia.diagonal(d.x(), d.y(), d.z()).rotated(g.pose().rotation())));
    }

    /** Adds an explicit inertial: mass {@code m} at {@code com}, tensor {@code inertia} about it in link axes. */
    public void add(double m, Vec3 com, Inertia inertia) {
        parts.add(new Part(m, com, inertia));
    }

    public double mass() {
        double m = 0;
        for (Part p : parts) m += p.mass;
        return m;
    }

    public Vec3 centerOfMass() {
        double m = mass();
        if (!(m > 0)) return Vec3.ZERO;
        Vec3 c = Vec3.ZERO;
        for (Part p : parts) c = c.plus(p.position.times(p.mass));
        return c.times(1 / m);
    }

    public Inertia inertia() {
        Vec3 c = centerOfMass();
        Inertia sum = Inertia.ZERO;
        for (Part p : parts) sum = sum.plus(p.inertia).plus(Inertia.pointMass(p.mass, p.position.minus(c)));
        return sum;
    }

}
