package org.propamine.render.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.propamine.render.gl.RenderBackend;
import org.propamine.render.scene.PosedScene;
import org.propamine.render.scene.TestScenes;

/** The ant drawn through the OSMesa backend alone (MSAA 4×) passes the same pixel checks as on EGL. */
class OsMesaRenderingTest {

    @Test
    void antOnOsMesaIsAVariedImageWithTheRobotNearTheCentre() {
        try (OffscreenRenderer renderer = new OffscreenRenderer(320, 240, 4, EnumSet.of(RenderBackend.OSMESA), System.out::println)) {
            assertEquals(RenderBackend.OSMESA, renderer.context().backend());
            PosedScene scene = TestScenes.ant(0, 0);
            OffscreenRendererTest.assertAntNearTheCentre(renderer.render(scene, OffscreenRendererTest.cameraOn(scene), null));
        }
    }
}
