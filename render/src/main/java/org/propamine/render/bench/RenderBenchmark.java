package org.propamine.render.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import org.propamine.render.overlay.HudInfo;
import org.propamine.render.playback.HeadlessPlayback;
import org.propamine.render.playback.Playback;
import org.propamine.render.playback.PlaybackDriver;
import org.propamine.envs.Env;
import org.propamine.envs.Envs;
import org.propamine.envs.Wrappers;
import org.propamine.envs.gait.ScriptedGait;
import org.propamine.envs.locomotion.LocomotionEnv;
import org.propamine.render.playback.EnvPlaybackSource;
import org.propamine.render.record.RecordOptions;
import org.propamine.render.view.OffscreenRenderer;

/**
 * Measures (1) offscreen frames per second at 640×480 — render + glReadPixels, no encoding — with the HUD and
 * overlays, for MSAA off and 4×; (2) a 10 s, 30 fps MP4 recording of Ant-v1 (jBullet) under the scripted gait,
 * reporting wall time and the real-time factor. Wall timings on a shared machine are noisy, so process CPU time
 * (all threads, including Mesa's llvmpipe workers) is reported beside them.
 *
 * <p>Usage: {@code RenderBenchmark [frames=300] [outputDir=JDK temp dir]}.
 */
public final class RenderBenchmark {
    private RenderBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int frames = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        Path out = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("render-bench");
        System.out.printf("cores %d, load average %.1f (wall times scale with other work; CPU times much less)%n",
                Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        for (int samples : new int[] {0, 4}) {
            try (Env env = Envs.make("Ant-v1");
                 OffscreenRenderer renderer = new OffscreenRenderer(640, 480, samples, System.out::println)) {
                EnvPlaybackSource source = demo(env);
                PlaybackDriver driver = new PlaybackDriver(source);
                driver.attachOverlays(renderer.view());
                renderer.view().attachSpikeRaster(64, 200);
                renderer.view().attachTraceHeatmap(16, 16);
                HudInfo hud = driver.hud();
                double[] millis = new double[frames];
                long cpu0 = 0;
                for (int f = -20; f < frames; f++) { // 20 warm-up frames
                    if (f == 0) {
                        cpu0 = processCpuNanos();
                    }
                    long t0 = System.nanoTime();
                    renderer.render(source.scene(), driver.camera(), hud);
                    if (f >= 0) {
                        millis[f] = (System.nanoTime() - t0) / 1e6;
                    }
                }
                double cpuPerFrame = (processCpuNanos() - cpu0) / 1e6 / frames;
                java.util.Arrays.sort(millis);
                double median = millis[frames / 2];
                System.out.printf("offscreen 640x480 MSAA %dx: wall median %.2f ms/frame (%.0f frames/s), p10 %.2f, p90 %.2f;"
                        + " process CPU %.2f ms/frame%n", samples, median, 1000 / median, millis[frames / 10],
                        millis[frames * 9 / 10], cpuPerFrame);
            }
        }
        try (Env env = Envs.make("Ant-v1")) {
            EnvPlaybackSource source = demo(env);
            Path mp4 = out.resolve("bench.mp4");
            long cpu0 = processCpuNanos();
            HeadlessPlayback.Report report = Playback.record(source, mp4.toString(), RecordOptions.defaults(), 10, 0,
                    System.out::println);
            System.out.printf("recording 10 s at 30 fps 640x480 to MP4: %d frames in %.2f s wall = %.2fx real time"
                    + " (render+readback %.2f ms/frame); process CPU %.2f s (physics + render + H.264); %d bytes%n",
                    report.frames(), report.wallSeconds(), report.realTimeFactor(30), report.renderMillisPerFrame(),
                    (processCpuNanos() - cpu0) / 1e9, Files.size(mp4));
        }
    }

    /** CPU time of the whole JVM process (all threads, including Mesa's llvmpipe workers) in ns. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** Ant-v1 under the envs module's scripted gait, as {@code play --demo} shows it. */
    private static EnvPlaybackSource demo(Env env) {
        ScriptedGait gait = ScriptedGait.of(Wrappers.require(env, LocomotionEnv.class).world().description());
        return new EnvPlaybackSource(env, EnvPlaybackSource.Actor.of(gait), null, 1, "Ant-v1 / scripted gait", 1.5);
    }
}
