package org.propamine.sim.robot;

import java.util.List;

/**
 * A rigid link.
 *
 * @param name         unique name from the robot file
 * @param mass         kg, > 0
 * @param centerOfMass centre of mass in the link frame (m)
 * @param inertia      inertia tensor about the centre of mass, in link-frame axes (kg·m²)
 * @param geoms        collision/visual shapes, in file order (may be empty)
 */
public record Link(String name, double mass, Vec3 centerOfMass, Inertia inertia, List<Geom> geoms) {

    public Link {
        if (name == null || name.isEmpty()) throw new IllegalArgumentException("link needs a name");
        if (!(mass > 0) || !Double.isFinite(mass)) throw new IllegalArgumentException("link '" + name + "' mass = " + mass + ", expected > 0 kg");
        if (centerOfMass == null || inertia == null) throw new IllegalArgumentException("link '" + name + "' needs a centre of mass and an inertia");
        geoms = List.copyOf(geoms);
    }
}
