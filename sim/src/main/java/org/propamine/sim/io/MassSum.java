package org.propamine.sim.io;

import org.propamine.sim.robot.Geom;
import org.propamine.sim.robot.Inertia;
import org.propamine.sim.robot.Vec3;

/**
 * Accumulates point-mass-with-inertia parts of one link and returns the link's mass, centre of mass and
 * inertia about it: M = Σ mᵢ, c = Σ mᵢ pᵢ / M, I = Σ (Rᵢ Iᵢ Rᵢᵀ + mᵢ(|pᵢ−c|² E − (pᵢ−c)(pᵢ−c)ᵀ)).
 */
final class MassSum {
    private record Part(double mass, Vec3 position, Inertia inertia) { }

    private final java.util.List<Part> parts = new java.util.ArrayList<>();

    /** Adds a solid geom of mass {@code m} (inertia from its shape). */
    void addGeom(Geom g, double m) {
        Vec3 d = g.principalInertia(m);
        parts.add(new Part(m, g.pose().position(), Inertia.diagonal(d.x(), d.y(), d.z()).rotated(g.pose().rotation())));
    }

    /** Adds an explicit inertial: mass {@code m} at {@code com}, tensor {@code inertia} about it in link axes. */
    void add(double m, Vec3 com, Inertia inertia) {
        parts.add(new Part(m, com, inertia));
    }

    double mass() {
        double m = 0;
        for (Part p : parts) m += p.mass;
        return m;
    }

    Vec3 centerOfMass() {
        double m = mass();
        if (!(m > 0)) return Vec3.ZERO;
        Vec3 c = Vec3.ZERO;
        for (Part p : parts) c = c.plus(p.position.times(p.mass));
        return c.times(1 / m);
    }

    Inertia inertia() {
        Vec3 c = centerOfMass();
        Inertia sum = Inertia.ZERO;
        for (Part p : parts) sum = sum.plus(p.inertia).plus(Inertia.pointMass(p.mass, p.position.minus(c)));
        return sum;
    }

}
