package org.propamine.render.view;

import static org.junit.jupiter.api.Assertions.*;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.propamine.render.draw.Camera;
import org.propamine.render.overlay.HudInfo;
import org.propamine.render.overlay.SpikeRasterOverlay;
import org.propamine.render.overlay.TraceHeatmapOverlay;
import org.propamine.render.scene.PosedScene;
import org.propamine.render.scene.TestScenes;

/** Renders the ant offscreen (EGL surfaceless on Mesa in CI) and checks the pixels. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OffscreenRendererTest {
    private static final int W = 320;
    private static final int H = 240;
    private OffscreenRenderer renderer;

    @BeforeAll
    void open() {
        renderer = new OffscreenRenderer(W, H, 0, System.out::println);
    }

    @BeforeEach
    void withoutOverlays() {
        renderer.view().detachOverlays();
    }

    @AfterAll
    void close() {
        renderer.close();
    }

    static Camera cameraOn(PosedScene scene) {
        double[] focus = new double[3];
        scene.focus(focus);
        Camera camera = new Camera();
        camera.lookAt((float) focus[0], (float) focus[1], (float) focus[2]);
        return camera;
    }

    @Test
    void antIsDrawnNearTheCentreOnAVariedImage() {
        PosedScene scene = TestScenes.ant(0, 0);
        assertAntNearTheCentre(renderer.render(scene, cameraOn(scene), null));
    }

    /** A varied image (> 100 colours) whose robot pixels cover 1–30 % of the frame around its centre. */
    static void assertAntNearTheCentre(BufferedImage image) {
        int w = image.getWidth(), h = image.getHeight();
        assertTrue(ImageStats.distinctColours(image, 1000) > 100, "image is blank or nearly uniform");
        double[] robot = ImageStats.robotPixels(image);
        double coverage = robot[0] / (w * h);
        // the ant spans ~1.6 m seen from 4 m with a 45° field of view: roughly a third of the width,
        // so its pixels cover a few percent of the frame, certainly between 1% and 30%
        assertTrue(coverage > 0.01 && coverage < 0.30, "robot coverage " + coverage);
        assertEquals(w / 2.0, robot[1], w * 0.12, "robot centroid x");
        assertEquals(h / 2.0, robot[2], h * 0.15, "robot centroid y");
    }

    @Test
    void followCameraKeepsAWalkingBodyInFrameWhileAFixedCameraLosesIt() {
        PosedScene scene = TestScenes.ant(0, 0);
        Camera follow = cameraOn(scene);
        Camera fixed = cameraOn(scene);
        double dt = 1.0 / 30;
        double speed = 1.0; // m/s along +x, faster than the scripted gait so the test is strict
        double[] focus = new double[3];
        for (int frame = 1; frame <= 300; frame++) { // 10 s
            double t = frame * dt;
            TestScenes.placeAnt(scene, speed * t, 0.3 * Math.sin(t));
            scene.focus(focus);
            follow.follow((float) focus[0], (float) focus[1], (float) focus[2], (float) dt);
            if (frame % 100 == 0) {
                double[] robot = ImageStats.robotPixels(renderer.render(scene, follow, null));
                assertTrue(robot[0] / (W * H) > 0.01, "robot left the follow camera's view at t=" + t);
                assertTrue(robot[3] > 0 && robot[5] < W - 1 && robot[4] > 0 && robot[6] < H - 1,
                        "robot touches the frame edge at t=" + t);
                assertEquals(W / 2.0, robot[1], W * 0.2, "centroid x at t=" + t);
            }
        }
        // control: the same 10 m walk seen by a camera that does not follow leaves the frame
        double[] lost = ImageStats.robotPixels(renderer.render(scene, fixed, null));
        assertTrue(lost[0] / (W * H) < 0.002, "fixed camera still sees the robot: " + lost[0]);
    }

    @Test
    void overlaysChangeThePixelsOfTheirRegions() {
        PosedScene scene = TestScenes.ant(0, 0);
        Camera camera = cameraOn(scene);
        BufferedImage plain = ImageStats.copy(renderer.render(scene, camera, null));

        HudInfo hud = new HudInfo();
        hud.time = 3.25;
        hud.speed = 0.81;
        hud.distance = 2.4;
        hud.reward = 123.4;
        hud.perturbations.append("push");
        SpikeRasterOverlay raster = renderer.view().attachSpikeRaster(16, 100);
        double[] spikes = new double[16];
        for (int step = 0; step < 100; step++) {
            for (int n = 0; n < 16; n++) {
                spikes[n] = (step + n) % 4 == 0 ? 1 : 0;
            }
            raster.push(spikes);
        }
        TraceHeatmapOverlay heatmap = renderer.view().attachTraceHeatmap(8, 8);
        double[][] trace = new double[8][8];
        for (int r = 0; r < 8; r++) {
            for (int c = 0; c < 8; c++) {
                trace[r][c] = (r - c) * 0.1;
            }
        }
        heatmap.update(trace);
        BufferedImage overlaid = ImageStats.copy(renderer.render(scene, camera, hud));

        // HUD panel: top-left; raster: bottom-left; heat map: bottom-right (FrameView layout)
        assertTrue(ImageStats.differingFraction(plain, overlaid, 12, 12, 100, 60, 8) > 0.5, "HUD panel missing");
        assertTrue(ImageStats.differingFraction(plain, overlaid, 20, H - 50, 100, H - 15, 8) > 0.5, "spike raster missing");
        assertTrue(ImageStats.differingFraction(plain, overlaid, W - 50, H - 50, W - 20, H - 15, 8) > 0.5,
                "trace heat map missing");
        // the raster shows both lit and dark cells: count spike-yellow pixels in its region
        int yellow = 0;
        for (int y = H - 50; y < H - 15; y++) {
            for (int x = 20; x < 100; x++) {
                int p = overlaid.getRGB(x, y);
                if (((p >> 16) & 0xFF) > 200 && ((p >> 8) & 0xFF) > 180 && (p & 0xFF) < 160) {
                    yellow++;
                }
            }
        }
        assertTrue(yellow > 100, "too few lit raster cells: " + yellow);
        // the centre (robot) is untouched by the overlays
        assertEquals(0.0, ImageStats.differingFraction(plain, overlaid, W / 2 - 20, H / 2 - 20, W / 2 + 20, H / 2 + 20, 0));
    }
}
