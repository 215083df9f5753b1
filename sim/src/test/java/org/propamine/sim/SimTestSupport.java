package org.propamine.sim;

import org.propamine.sim.bullet.JBulletWorld;
import org.propamine.sim.robot.Geom;
import org.propamine.sim.robot.GeomType;
import org.propamine.sim.robot.Link;
import org.propamine.sim.robot.Pose;
import org.propamine.sim.robot.Quat;
import org.propamine.sim.robot.RobotDescription;
import org.propamine.sim.robot.Vec3;

/** Shared helpers of the sim tests. */
final class SimTestSupport {

    private SimTestSupport() { }

    static JBulletWorld ant() { return new JBulletWorld(RobotFiles.load("ant"), PhysicsConfig.defaults()); }

    /** World pose of a link from {@link SimWorld#linkPose}. */
    static Pose linkPose(SimWorld w, int link) {
        double[] d = new double[7];
        w.linkPose(link, d);
        return new Pose(new Vec3(d[0], d[1], d[2]), new Quat(d[3], d[4], d[5], d[6]));
    }

    /** Whole-robot centre of mass from the link poses: Σ m·(R c + p) / Σ m. */
    static Vec3 centerOfMass(SimWorld w) {
        RobotDescription d = w.description();
        Vec3 sum = Vec3.ZERO;
        for (int i = 0; i < d.links().size(); i++) {
            Link l = d.links().get(i);
            sum = sum.plus(linkPose(w, i).apply(l.centerOfMass()).times(l.mass()));
        }
        return sum.times(1 / d.totalMass());
    }

    /** Lowest point (z, m) of any geom of the robot: spheres centre − r, capsules lower end − r. */
    static double lowestPoint(SimWorld w) {
        RobotDescription d = w.description();
        double min = Double.MAX_VALUE;
        for (int i = 0; i < d.links().size(); i++) {
            Pose lp = linkPose(w, i);
            for (Geom g : d.links().get(i).geoms()) {
                Pose gp = lp.compose(g.pose());
                double r = g.size(0);
                if (g.type() == GeomType.CAPSULE) {
                    Vec3 half = gp.rotation().rotate(new Vec3(0, 0, g.size(1) / 2));
                    min = Math.min(min, gp.position().z() - Math.abs(half.z()) - r);
                } else if (g.type() == GeomType.SPHERE) {
                    min = Math.min(min, gp.position().z() - r);
                } else {
                    min = Math.min(min, gp.position().z() - g.halfHeight());
                }
            }
        }
        return min;
    }

    static int actuatorOf(SimWorld w, String jointName) {
        for (int a = 0; a < w.actuatorCount(); a++) if (w.jointName(w.actuatorJoint(a)).equals(jointName)) return a;
        throw new IllegalArgumentException(jointName);
    }
}
