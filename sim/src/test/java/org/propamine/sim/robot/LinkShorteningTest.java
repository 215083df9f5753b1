package org.propamine.sim.robot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.propamine.sim.RobotFiles;

/** Cut geoms keep their proximal end and density; the ant's shin cut in half is ant_short_leg.xml's shin. */
class LinkShorteningTest {

    private static double[] ones(RobotDescription d) {
        double[] s = new double[d.links().size()];
        java.util.Arrays.fill(s, 1);
        return s;
    }

    /** The two ends of a capsule's segment (cap centres) in the link frame. */
    private static Vec3[] ends(Geom g) {
        Vec3 half = g.pose().rotation().rotate(new Vec3(0, 0, g.size(1) / 2));
        return new Vec3[] {g.pose().position().minus(half), g.pose().position().plus(half)};
    }

    @Test
    void halfTheAntShinIsTheShinOfTheShortLegFile() {
        RobotDescription ant = RobotFiles.load("ant"), file = RobotFiles.load("ant_short_leg");
        int shin = ant.linkIndex("shin1");
        double[] scales = ones(ant);
        scales[shin] = 0.5;
        RobotDescription cut = LinkShortening.apply(ant, scales);
        Link a = cut.links().get(shin), b = file.links().get(shin);
        Geom ga = a.geoms().get(0), gb = b.geoms().get(0);
        assertEquals(gb.type(), ga.type());
        assertEquals(gb.size(0), ga.size(0), 0.0, "radius unchanged");
        assertEquals(0.2 * Math.sqrt(2), ga.size(1), 1e-15, "capsule length 0.4·√2 → 0.2·√2 m");
        assertEquals(gb.size(1), ga.size(1), 1e-15);
        for (int k = 0; k < 3; k++) {
            assertEquals(gb.pose().position().get(k), ga.pose().position().get(k), 1e-15, "centre " + k);
        }
        assertEquals(b.mass(), a.mass(), 1e-15, "mass = 5 kg/m³ × the short capsule's volume");
        assertEquals(5 * ga.volume(), a.mass(), 1e-15);
        for (int k = 0; k < 3; k++) assertEquals(b.centerOfMass().get(k), a.centerOfMass().get(k), 1e-15);
        double[][] ia = a.inertia().matrix(), ib = b.inertia().matrix();
        for (int r = 0; r < 3; r++) for (int c = 0; c < 3; c++) assertEquals(ib[r][c], ia[r][c], 1e-15, "inertia " + r + c);
        assertEquals(file.totalMass(), cut.totalMass(), 1e-15);
        // every other link is the same object
        for (int l = 0; l < ant.links().size(); l++) if (l != shin) assertSame(ant.links().get(l), cut.links().get(l));
    }

    @Test
    void theProximalEndStaysAndTheDistalEndMovesIn() {
        RobotDescription hex = RobotFiles.load("hexapod");
        int shin = hex.linkIndex("shin_ml"); // fromto 0 0 0 → 0 0.5 0, anchor at the link origin
        Link cut = LinkShortening.shorten(hex, shin, 0.3);
        Vec3[] before = ends(hex.links().get(shin).geoms().get(0)), after = ends(cut.geoms().get(0));
        assertEquals(0, before[0].minus(after[0]).norm(), 1e-12, "proximal end " + before[0] + " → " + after[0]);
        assertEquals(0.5, before[1].y(), 1e-12);
        assertEquals(0.15, after[1].y(), 1e-12, "distal end at 0.3 × 0.5 m");
        double r = 0.06, v0 = Math.PI * r * r * 0.5 + 4.0 / 3 * Math.PI * r * r * r, v1 = Math.PI * r * r * 0.15 + 4.0 / 3 * Math.PI * r * r * r;
        assertEquals(hex.links().get(shin).mass() * v1 / v0, cut.mass(), 1e-15, "same density");
        assertEquals(0.5 * (0.15 + 0), cut.centerOfMass().y(), 1e-12);
    }

    @Test
    void aBoxIsCutAlongItsAxisThatPointsAwayFromTheAnchor() {
        Link root = new Link("root", 1, Vec3.ZERO, Inertia.diagonal(0.1, 0.1, 0.1), List.of());
        // box 0.4 m long in x (half 0.2), its near face 0.1 m from the anchor at the origin
        Geom box = new Geom(GeomType.BOX, new double[] {0.2, 0.05, 0.03}, new Pose(new Vec3(0.3, 0, 0), Quat.IDENTITY));
        Link limb = new Link("limb", 2, new Vec3(0.3, 0, 0), Inertia.diagonal(0.01, 0.01, 0.01), List.of(box));
        Joint hinge = new Joint("j", JointType.HINGE, 0, 1, Pose.IDENTITY, Vec3.ZERO, new Vec3(0, 0, 1), -1, 1, 1, 1);
        RobotDescription d = new RobotDescription("box", List.of(root, limb), List.of(hinge), List.of(), Pose.IDENTITY);
        Link cut = LinkShortening.shorten(d, 1, 0.5);
        Geom g = cut.geoms().get(0);
        assertEquals(0.1, g.size(0), 1e-15);
        assertEquals(0.05, g.size(1), 0.0);
        assertEquals(0.03, g.size(2), 0.0);
        assertEquals(0.2, g.pose().position().x(), 1e-15, "near face stays at x = 0.1, far face 0.5 → 0.3");
        assertEquals(1.0, cut.mass(), 1e-15, "half the volume, half the mass");
        assertEquals(1.0 / 3 * (0.05 * 0.05 + 0.03 * 0.03), cut.inertia().xx(), 1e-15);
    }

    @Test
    void badInputIsRefusedWithWhatWasExpected() {
        RobotDescription ant = RobotFiles.load("ant");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LinkShortening.shorten(ant, 0, 0.5));
        assertTrue(e.getMessage().startsWith("link = 0, expected 1..12"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> LinkShortening.shorten(ant, 3, 1.5));
        assertEquals("length scale = 1.5, expected 0 < scale <= 1", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> LinkShortening.apply(ant, new double[] {1}));
        assertEquals("length scales for 1 links, expected 13", e.getMessage());
        Link ball = new Link("ball", 1, Vec3.ZERO, Inertia.diagonal(1, 1, 1), List.of(new Geom(GeomType.SPHERE, new double[] {0.1}, Pose.IDENTITY)));
        Joint weld = new Joint("w", JointType.FIXED, 0, 1, Pose.IDENTITY, Vec3.ZERO, new Vec3(0, 0, 1), 0, 0, 0, 0);
        RobotDescription d = new RobotDescription("s", List.of(ant.links().get(0), ball), List.of(weld), List.of(), Pose.IDENTITY);
        e = assertThrows(IllegalArgumentException.class, () -> LinkShortening.shorten(d, 1, 0.5));
        assertTrue(e.getMessage().startsWith("link 'ball' has a sphere geom"), e.getMessage());
    }
}
