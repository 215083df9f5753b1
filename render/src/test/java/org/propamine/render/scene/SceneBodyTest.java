package org.propamine.render.scene;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class SceneBodyTest {

    @Test
    void sizesAreValidatedPerShapeAndCopied() {
        double[] size = {0.1, 0.2};
        SceneBody capsule = new SceneBody(Shape.CAPSULE, size, 0x123456);
        size[0] = 9;
        assertEquals(0.1, capsule.size(0), "constructor copies");
        capsule.size()[1] = 9;
        assertEquals(0.2, capsule.size(1), "accessor copies");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SceneBody(Shape.BOX, new double[] {1, 1}, 0));
        assertEquals("BOX needs 3 size values, got [1.0, 1.0]", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SceneBody.sphere(-1, 0));
        assertThrows(IllegalArgumentException.class, () -> SceneBody.sphere(Double.NaN, 0));
        assertThrows(IllegalArgumentException.class, () -> SceneBody.sphere(1, 0x1000000));
    }

    @Test
    void posedSceneNormalisesQuaternionsAndDefaultsFocusToBodyZero() {
        PosedScene scene = new PosedScene(java.util.List.of(SceneBody.sphere(1, 0), SceneBody.sphere(1, 0)));
        scene.setPose(0, 1, 2, 3, 0, 0, 2, 0);
        double[] pose = new double[7];
        scene.bodyPose(0, pose);
        assertArrayEquals(new double[] {1, 2, 3, 0, 0, 1, 0}, pose, 0.0);
        double[] focus = new double[3];
        scene.focus(focus);
        assertArrayEquals(new double[] {1, 2, 3}, focus, 0.0);
        assertThrows(IllegalArgumentException.class, () -> scene.setPose(1, 0, 0, 0, 0, 0, 0, 0));
    }
}
