package org.propamine.render.scene;

import java.util.ArrayList;
import java.util.List;
import org.propamine.sim.SimWorld;
import org.propamine.sim.robot.Geom;
import org.propamine.sim.robot.Joint;
import org.propamine.sim.robot.Link;
import org.propamine.sim.robot.RobotDescription;

/**
 * A {@link Scene} view of a {@link SimWorld}: one body per geom of every link, placed at
 * {@code linkPose(link) ∘ geom.pose}. Sim sizes give full lengths for capsules and cylinders, the scene takes
 * half lengths, so this halves them (a capsule of length 0 is a sphere). Colours: the root link orange, then
 * links alternate light/dark by their depth in the joint tree. Call {@link #update()} after each physics step;
 * it reads the link poses once into a preallocated array (no allocation). When the world's geometry changes
 * (a leg shortened mid-episode: {@code SimWorld.setLinkLengthScale} gives a new {@code description()}),
 * {@link #update()} re-reads the geom sizes and poses once.
 */
public final class RobotScene implements Scene {
    private static final int ROOT_COLOUR = 0xC87533;
    private static final int[] LIMB_COLOURS = {0xD9A05B, 0x8C5A2B};

    private final SimWorld world;
    private RobotDescription robot;
    private final List<SceneBody> bodies = new ArrayList<>();
    private final int[] linkOf;
    private final double[] local;
    private final double[] poses;
    private final double[] linkPose = new double[7];
    private final double[] focus = new double[3];

    public RobotScene(SimWorld world) {
        this.world = world;
        robot = world.description();
        int[] depth = linkDepths(robot);
        List<Integer> links = new ArrayList<>();
        for (int l = 0; l < robot.links().size(); l++) {
            Link link = robot.links().get(l);
            int colour = l == 0 ? ROOT_COLOUR : LIMB_COLOURS[(depth[l] + 1) % 2];
            for (Geom geom : link.geoms()) {
                bodies.add(toBody(geom, colour));
                links.add(l);
            }
        }
        if (bodies.isEmpty()) {
            throw new IllegalArgumentException("robot '" + robot.name() + "' has no geoms to draw");
        }
        linkOf = links.stream().mapToInt(Integer::intValue).toArray();
        local = new double[bodies.size() * 7];
        refreshGeometry(robot);
        poses = new double[bodies.size() * 7];
        update();
    }

    private static int[] linkDepths(RobotDescription robot) {
        int[] parent = new int[robot.links().size()];
        java.util.Arrays.fill(parent, -1);
        for (Joint j : robot.joints()) {
            parent[j.child()] = j.parent();
        }
        int[] depth = new int[parent.length];
        for (int l = 1; l < parent.length; l++) {
            for (int k = l; parent[k] >= 0; k = parent[k]) {
                depth[l]++;
            }
        }
        return depth;
    }

    /** Writes the geom's pose in its link frame (x, y, z, qx, qy, qz, qw) into {@code dest[o..o+7)}. */
    private static void localPose(Geom geom, double[] dest, int o) {
        var p = geom.pose();
        dest[o] = p.position().x();
        dest[o + 1] = p.position().y();
        dest[o + 2] = p.position().z();
        dest[o + 3] = p.rotation().x();
        dest[o + 4] = p.rotation().y();
        dest[o + 5] = p.rotation().z();
        dest[o + 6] = p.rotation().w();
    }

    /** The scene primitive for a sim geom (half lengths; zero-length capsules become spheres). */
    static SceneBody toBody(Geom geom, int colour) {
        return switch (geom.type()) {
            case SPHERE -> SceneBody.sphere(geom.size(0), colour);
            case CAPSULE -> geom.size(1) > 0
                    ? SceneBody.capsule(geom.size(0), geom.size(1) / 2, colour)
                    : SceneBody.sphere(geom.size(0), colour);
            case CYLINDER -> SceneBody.cylinder(geom.size(0), geom.size(1) / 2, colour);
            case BOX -> SceneBody.box(geom.size(0), geom.size(1), geom.size(2), colour);
        };
    }

    /** Reads the world's current link poses (and its geometry, when it changed) and recomputes every body's world pose. */
    public void update() {
        if (world.description() != robot) refreshGeometry(world.description());
        int lastLink = -1;
        for (int i = 0; i < linkOf.length; i++) {
            if (linkOf[i] != lastLink) {
                world.linkPose(linkOf[i], linkPose);
                lastLink = linkOf[i];
            }
            compose(linkPose, local, i * 7, poses, i * 7);
        }
        world.linkPose(0, linkPose);
        System.arraycopy(linkPose, 0, focus, 0, 3);
    }

    /** Reads every geom's size and local pose (same links and geom counts as at construction, e.g. a shortened link); colours are kept. */
    private void refreshGeometry(RobotDescription now) {
        int i = 0;
        for (int l = 0; l < now.links().size(); l++) {
            for (Geom geom : now.links().get(l).geoms()) {
                if (i >= bodies.size() || linkOf[i] != l) throw new IllegalStateException("robot '" + now.name() + "' changed its geoms, expected the same geoms per link");
                bodies.set(i, toBody(geom, bodies.get(i).rgb()));
                localPose(geom, local, 7 * i++);
            }
        }
        robot = now;
    }

    /** out = a ∘ b for poses (x, y, z, qx, qy, qz, qw): position a.p + a.q·b.p, rotation a.q·b.q. */
    static void compose(double[] a, double[] b, int bo, double[] out, int oo) {
        double qx = a[3];
        double qy = a[4];
        double qz = a[5];
        double qw = a[6];
        double px = b[bo];
        double py = b[bo + 1];
        double pz = b[bo + 2];
        // v' = v + 2w(q×v) + 2 q×(q×v)
        double tx = 2 * (qy * pz - qz * py);
        double ty = 2 * (qz * px - qx * pz);
        double tz = 2 * (qx * py - qy * px);
        out[oo] = a[0] + px + qw * tx + (qy * tz - qz * ty);
        out[oo + 1] = a[1] + py + qw * ty + (qz * tx - qx * tz);
        out[oo + 2] = a[2] + pz + qw * tz + (qx * ty - qy * tx);
        double bx = b[bo + 3];
        double by = b[bo + 4];
        double bz = b[bo + 5];
        double bw = b[bo + 6];
        out[oo + 3] = qw * bx + qx * bw + qy * bz - qz * by;
        out[oo + 4] = qw * by - qx * bz + qy * bw + qz * bx;
        out[oo + 5] = qw * bz + qx * by - qy * bx + qz * bw;
        out[oo + 6] = qw * bw - qx * bx - qy * by - qz * bz;
    }

    @Override
    public int bodyCount() {
        return bodies.size();
    }

    @Override
    public SceneBody body(int i) {
        return bodies.get(i);
    }

    @Override
    public void bodyPose(int i, double[] dest) {
        System.arraycopy(poses, i * 7, dest, 0, 7);
    }

    @Override
    public void focus(double[] dest) {
        System.arraycopy(focus, 0, dest, 0, 3);
    }
}
