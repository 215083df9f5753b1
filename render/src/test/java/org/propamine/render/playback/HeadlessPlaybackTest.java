package org.propamine.render.playback;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.propamine.envs.gait.ScriptedGait;
import org.propamine.render.record.RecordOptions;
import org.propamine.render.record.Recorder;
import org.propamine.render.record.Recorders;
import org.propamine.render.view.OffscreenRenderer;
import org.propamine.sim.PhysicsConfig;
import org.propamine.sim.RobotFiles;
import org.propamine.sim.SimWorld;
import org.propamine.sim.bullet.JBulletWorld;

/** The real jBullet ant, played by a gait, rendered offscreen and recorded. */
class HeadlessPlaybackTest {
    @TempDir
    Path dir;

    private static SimPlaybackSource antSource(SimWorld world) {
        // actuators 0 and 1 are one leg's hip and ankle (ant.xml: hip_4, ankle_4)
        ScriptedGait gait = ScriptedGait.of(world.description());
        return new SimPlaybackSource(world, (time, state, ctrl) -> gait.act(time, ctrl), 3, new int[] {0, 1}, 1.5,
                "ant / scripted gait");
    }

    @Test
    void followCameraKeepsTheSimulatedAntInFrameFor10Seconds() {
        try (SimWorld world = JBulletWorld.create(RobotFiles.load("ant"), PhysicsConfig.defaults());
             OffscreenRenderer renderer = new OffscreenRenderer(320, 240, 0, System.out::println)) {
            PlaybackDriver driver = new PlaybackDriver(antSource(world));
            driver.perturb(Perturbation.PUSH);
            for (int frame = 1; frame <= 300; frame++) { // 10 s at 30 frames/s
                driver.advance(1.0 / 30);
                if (frame % 100 == 0) {
                    RobotPixels robot = RobotPixels.of(renderer.render(driver.source().scene(), driver.camera(), null));
                    assertTrue(robot.count() > 0.01 * 320 * 240, "ant not in view at frame " + frame + ": " + robot.count() + " px");
                    assertEquals(160, robot.x(), 60, "ant centroid x at frame " + frame);
                }
            }
            assertEquals(200, driver.steps(), "10 s of 0.05 s control steps");
            assertEquals(10.0, driver.hud().time, 1e-6);
        }
    }

    @Test
    void recordsAnMp4OfThePlaybackWithOverlays() throws Exception {
        Path out = dir.resolve("ant.mp4");
        RecordOptions options = new RecordOptions(320, 240, 30);
        try (SimWorld world = JBulletWorld.create(RobotFiles.load("ant"), PhysicsConfig.defaults());
             OffscreenRenderer renderer = new OffscreenRenderer(320, 240, 0, System.out::println)) {
            Recorder recorder = Recorders.open(out.toString(), options);
            HeadlessPlayback.Report report = HeadlessPlayback.record(new PlaybackDriver(antSource(world)), renderer,
                    recorder, 2.0);
            assertEquals(60, report.frames());
            assertEquals(40, report.steps());
            System.out.printf("headless 320x240: %.2f ms render+readback per frame, %.1fx real time%n",
                    report.renderMillisPerFrame(), report.realTimeFactor(30));
        }
        byte[] head = Files.readAllBytes(out);
        assertEquals("ftyp", new String(head, 4, 4, java.nio.charset.StandardCharsets.US_ASCII));
    }
}
