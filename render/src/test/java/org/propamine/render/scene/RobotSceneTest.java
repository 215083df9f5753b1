package org.propamine.render.scene;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;
import org.propamine.sim.PhysicsConfig;
import org.propamine.sim.RobotFiles;
import org.propamine.sim.SimWorld;
import org.propamine.sim.bullet.JBulletWorld;
import org.propamine.sim.robot.Geom;
import org.propamine.sim.robot.GeomType;
import org.propamine.sim.robot.Pose;

class RobotSceneTest {

    @Test
    void composeMatchesHandComputedPose() {
        double s = Math.sqrt(0.5);
        // a: at (1, 2, 3), rotated 90° about z; b: at (1, 0, 0), rotated 90° about z
        double[] a = {1, 2, 3, 0, 0, s, s};
        double[] b = {1, 0, 0, 0, 0, s, s};
        double[] out = new double[7];
        RobotScene.compose(a, b, 0, out, 0);
        // (1,0,0) turned 90° about z is (0,1,0): position (1, 3, 3); two 90° turns make 180°: quaternion (0,0,1,0)
        double[] expected = {1, 3, 3, 0, 0, 1, 0};
        assertArrayEquals(expected, out, 1e-12);
    }

    @Test
    void simSizesBecomeHalfLengths() {
        SceneBody capsule = RobotScene.toBody(new Geom(GeomType.CAPSULE, new double[] {0.08, 0.4}, Pose.IDENTITY), 0);
        assertEquals(Shape.CAPSULE, capsule.shape());
        assertEquals(0.2, capsule.size(1), 1e-15);
        SceneBody ball = RobotScene.toBody(new Geom(GeomType.CAPSULE, new double[] {0.08, 0}, Pose.IDENTITY), 0);
        assertEquals(Shape.SPHERE, ball.shape());
        SceneBody box = RobotScene.toBody(new Geom(GeomType.BOX, new double[] {0.1, 0.2, 0.3}, Pose.IDENTITY), 0);
        assertEquals(0.3, box.size(2));
    }

    @Test
    void antSceneHasOneBodyPerGeomAndFollowsTheRoot() {
        try (SimWorld world = JBulletWorld.create(RobotFiles.load("ant"), PhysicsConfig.defaults())) {
            world.reset(7);
            RobotScene scene = new RobotScene(world);
            int geoms = world.description().links().stream().mapToInt(l -> l.geoms().size()).sum();
            assertEquals(geoms, scene.bodyCount());
            double[] focus = new double[3];
            double[] root = new double[7];
            scene.focus(focus);
            world.linkPose(0, root);
            assertArrayEquals(new double[] {root[0], root[1], root[2]}, focus, 0.0);
            // the torso sphere (r 0.25) is the root's first geom, drawn at the root position
            assertEquals(Shape.SPHERE, scene.body(0).shape());
            assertEquals(0.25, scene.body(0).size(0), 1e-12);
            double[] pose = new double[7];
            scene.bodyPose(0, pose);
            assertEquals(root[2], pose[2], 1e-9);
        }
    }

    @Test
    void aLegShortenedMidEpisodeIsDrawnShort() {
        try (SimWorld world = JBulletWorld.create(RobotFiles.load("ant"), PhysicsConfig.defaults())) {
            world.reset(7);
            RobotScene scene = new RobotScene(world);
            world.step(new double[8]);
            int shin = world.description().linkIndex("shin1"), body = 0;
            for (int l = 0; l < shin; l++) body += world.description().links().get(l).geoms().size();
            assertEquals(0.2 * Math.sqrt(2), scene.body(body).size(1), 1e-12, "half length of the 0.4·√2 m shin");
            world.setLinkLengthScale(shin, 0.5);
            scene.update();
            assertEquals(0.1 * Math.sqrt(2), scene.body(body).size(1), 1e-12);
            // drawn where the world has it: the capsule centre moved in to the middle of the short shin
            double[] pose = new double[7], link = new double[7];
            scene.bodyPose(body, pose);
            world.linkPose(shin, link);
            double dx = pose[0] - link[0], dy = pose[1] - link[1], dz = pose[2] - link[2];
            assertEquals(0.1 * Math.sqrt(2), Math.sqrt(dx * dx + dy * dy + dz * dz), 1e-6, "centre (0.1, 0.1, 0) m from the ankle");
        }
    }
}
