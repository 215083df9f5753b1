package org.propamine.sim.robot;

import java.util.ArrayList;
import java.util.List;

/**
 * Shortens links of a {@link RobotDescription} (leg damage). Each geom of a shortened link is cut along its
 * length axis to {@code scale} of its length, keeping the end nearer the link's anchor (the anchor of the joint
 * whose child it is) in place:
 * <ul>
 *   <li>capsule: the distance L between the cap centres becomes scale·L (radius unchanged);</li>
 *   <li>cylinder: the length L becomes scale·L;</li>
 *   <li>box: the half size along the box axis most parallel to (centre − anchor) becomes scale times itself;</li>
 *   <li>sphere: refused (it has no length).</li>
 * </ul>
 * With e the kept end and c the old centre, the new centre is c' = c + (scale − 1)·(c − e). The link is taken
 * as one solid of uniform density ρ = m / ΣVᵢ (the old mass over the old geom volumes), so the new mass is
 * m' = ρ·ΣVᵢ' and the centre of mass and inertia are recomputed from the cut geoms ({@link MassSum}, as MJCF's
 * {@code inertiafromgeom}); a link whose file gave an explicit inertial gets the geom-derived one. Cutting the
 * ant's shin capsule {@code fromto="0 0 0 0.4 0.4 0"} to scale 0.5 gives {@code fromto="0 0 0 0.2 0.2 0"} at
 * the same density, i.e. the shin of {@code ant_short_leg.xml} (up to the last bits of the doubles).
 */
public final class LinkShortening {
    private LinkShortening() {}

    /**
     * The description with every link {@code l} shortened to {@code scales[l]} of its length (1 = unchanged,
     * the link object is kept; 0 < scale ≤ 1). Joints, actuators and all other links are unchanged.
     *
     * @param base   the robot as loaded
     * @param scales one factor per link of {@code base}, each in (0, 1]
     */
    public static RobotDescription apply(RobotDescription base, double[] scales) {
        if (scales.length != base.links().size()) {
            throw new IllegalArgumentException("length scales for " + scales.length + " links, expected " + base.links().size());
        }
        List<Link> links = new ArrayList<>(base.links());
        for (int l = 0; l < scales.length; l++) {
            if (scales[l] != 1) links.set(l, shorten(base, l, scales[l]));
        }
        return new RobotDescription(base.name(), links, base.joints(), base.actuators(), base.rootPose());
    }

    /** Link {@code link} of {@code d} cut to {@code scale} of its length (see the class doc). */
    public static Link shorten(RobotDescription d, int link, double scale) {
        if (link <= 0 || link >= d.links().size()) {
            throw new IllegalArgumentException("link = " + link + ", expected 1.." + (d.links().size() - 1) + " (the root link cannot be shortened)");
        }
        if (!(scale > 0 && scale <= 1)) throw new IllegalArgumentException("length scale = " + scale + ", expected 0 < scale <= 1");
        Link old = d.links().get(link);
        if (old.geoms().isEmpty()) throw new IllegalArgumentException("link '" + old.name() + "' has no geoms to shorten");
        Vec3 anchor = anchorOf(d, link);
        List<Geom> geoms = new ArrayList<>();
        double oldVolume = 0, newVolume = 0;
        for (Geom g : old.geoms()) {
            Geom cut = cut(old.name(), g, anchor, scale);
            geoms.add(cut);
            oldVolume += g.volume();
            newVolume += cut.volume();
        }
        MassSum mass = new MassSum();
        for (Geom g : geoms) mass.addGeom(g, old.mass() * g.volume() / oldVolume);
        return new Link(old.name(), old.mass() * newVolume / oldVolume, mass.centerOfMass(), mass.inertia(), geoms);
    }

    private static Vec3 anchorOf(RobotDescription d, int link) {
        for (Joint j : d.joints()) if (j.child() == link) return j.anchor();
        throw new IllegalStateException("link " + link + " has no parent joint");
    }

    private static Geom cut(String linkName, Geom g, Vec3 anchor, double scale) {
        if (g.type() == GeomType.SPHERE) {
            throw new IllegalArgumentException("link '" + linkName + "' has a sphere geom, which has no length to shorten (expected capsule, cylinder or box geoms)");
        }
        Vec3 c = g.pose().position();
        double[] size = g.size();
        int axis = g.type() == GeomType.BOX ? boxAxis(g, c.minus(anchor)) : 2;
        Vec3 u = g.pose().rotation().rotate(unit(axis));
        double half = g.type() == GeomType.BOX ? size[axis] : size[1] / 2;
        // the end nearer the anchor stays: c − e = ±half·u
        Vec3 centreFromKeptEnd = c.minus(anchor).dot(u) >= 0 ? u.times(half) : u.times(-half);
        Vec3 centre = c.plus(centreFromKeptEnd.times(scale - 1));
        if (g.type() == GeomType.BOX) size[axis] *= scale;
        else size[1] *= scale;
        return new Geom(g.type(), size, new Pose(centre, g.pose().rotation()));
    }

    /** The box axis (0 = x, 1 = y, 2 = z of the geom frame) most parallel to {@code outward} (z if it is ~0). */
    private static int boxAxis(Geom g, Vec3 outward) {
        if (outward.norm() < 1e-12) return 2;
        Quat r = g.pose().rotation();
        int best = 2;
        double bestDot = -1;
        for (int i = 0; i < 3; i++) {
            double dot = Math.abs(r.rotate(unit(i)).dot(outward));
            if (dot > bestDot + 1e-12) {
                best = i;
                bestDot = dot;
            }
        }
        return best;
    }

    private static Vec3 unit(int axis) {
        return new Vec3(axis == 0 ? 1 : 0, axis == 1 ? 1 : 0, axis == 2 ? 1 : 0);
    }
}
