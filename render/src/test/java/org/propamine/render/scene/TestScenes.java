package org.propamine.render.scene;

import java.util.ArrayList;
import java.util.List;

/** Ant-like test scene: a torso sphere (r 0.25) and four two-segment capsule legs, like Gym's Ant. */
public final class TestScenes {
    private TestScenes() {
    }

    /** Builds the ant with its torso at {@code (x, y, 0.75)}; body 0 is the torso. */
    public static PosedScene ant(double x, double y) {
        List<SceneBody> bodies = new ArrayList<>();
        bodies.add(SceneBody.sphere(0.25, 0xC87533));
        for (int leg = 0; leg < 4; leg++) {
            bodies.add(SceneBody.capsule(0.08, 0.14, 0xD9A05B));
            bodies.add(SceneBody.capsule(0.08, 0.28, 0x8C5A2B));
        }
        PosedScene scene = new PosedScene(bodies);
        placeAnt(scene, x, y);
        return scene;
    }

    /** Moves the whole ant so its torso is at {@code (x, y, 0.75)}, legs splayed diagonally. */
    public static void placeAnt(PosedScene scene, double x, double y) {
        scene.setPose(0, x, y, 0.75, 0, 0, 0, 1);
        for (int leg = 0; leg < 4; leg++) {
            double angle = Math.PI / 4 + leg * Math.PI / 2;
            double cx = Math.cos(angle);
            double cy = Math.sin(angle);
            // hip segment: horizontal capsule (local z rotated onto the leg direction)
            double[] q = horizontal(angle);
            scene.setPose(1 + 2 * leg, x + cx * 0.34, y + cy * 0.34, 0.75, q[0], q[1], q[2], q[3]);
            // ankle segment: slanted down towards the ground
            double[] s = slanted(angle);
            scene.setPose(2 + 2 * leg, x + cx * 0.62, y + cy * 0.62, 0.42, s[0], s[1], s[2], s[3]);
        }
    }

    private static double[] horizontal(double angle) {
        // rotate z onto (cos a, sin a, 0): 90° about the axis (-sin a, cos a, 0)
        double h = Math.PI / 4;
        return new double[] {-Math.sin(angle) * Math.sin(h), Math.cos(angle) * Math.sin(h), 0, Math.cos(h)};
    }

    private static double[] slanted(double angle) {
        double h = Math.toRadians(-30) / 2; // z tilted 30° from vertical so the foot points outwards
        return new double[] {-Math.sin(angle) * Math.sin(h), Math.cos(angle) * Math.sin(h), 0, Math.cos(h)};
    }
}
