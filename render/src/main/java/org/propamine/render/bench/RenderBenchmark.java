package org.propamine.render.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Consumer;
import org.propamine.envs.Env;
import org.propamine.envs.Envs;
import org.propamine.envs.Wrappers;
import org.propamine.envs.gait.ScriptedGait;
import org.propamine.envs.locomotion.LocomotionEnv;
import org.propamine.render.overlay.HudInfo;
import org.propamine.render.playback.EnvPlaybackSource;
import org.propamine.render.playback.HeadlessPlayback;
import org.propamine.render.playback.Playback;
import org.propamine.render.playback.PlaybackDriver;
import org.propamine.render.record.RecordOptions;
import org.propamine.render.view.OffscreenRenderer;

/**
 * Measures (1) offscreen frames per second at {@code width×height} (default 640×480) — render + glReadPixels, no
 * encoding — with the HUD, spike raster and trace heat map, for MSAA off and 4×; (2) a {@code seconds}-long (default
 * 10 s) 30 fps MP4 recording of Ant-v1 (jBullet) under the scripted gait, i.e. physics + render + pure-Java H.264,
 * reporting wall time and the real-time factor (simulated seconds per wall second; &gt; 1 is faster than real
 * time). Frame times are the median of {@code frames} timed frames after 20 warm-up frames. Process CPU time (all
 * threads, including Mesa's llvmpipe workers) is reported beside the wall times, since wall times on a shared
 * machine are noisy.
 */
public final class RenderBenchmark {

    /**
     * @param frameMillis        median wall ms per offscreen frame, MSAA off
     * @param frameMillisMsaa4   median wall ms per offscreen frame, MSAA 4×
     * @param cpuMillisPerFrame  process CPU ms per offscreen frame, MSAA off
     * @param recordFrames       frames of the MP4 recording
     * @param recordWallSeconds  wall seconds of the recording (physics + render + encoding)
     * @param realTimeFactor     simulated seconds per wall second of the recording
     * @param mp4Bytes           size of the recorded file
     */
    public record Result(int width, int height, double frameMillis, double frameMillisMsaa4, double cpuMillisPerFrame,
                         int recordFrames, double recordSeconds, double recordWallSeconds, double realTimeFactor,
                         long mp4Bytes) {
        public double framesPerSecond() {
            return 1000 / frameMillis;
        }

        public double framesPerSecondMsaa4() {
            return 1000 / frameMillisMsaa4;
        }
    }

    private RenderBenchmark() {
    }

    /**
     * Runs both measurements; {@code log} receives the render backend line(s). The MP4 is written to a temporary
     * directory and deleted afterwards.
     *
     * @param frames  timed offscreen frames per MSAA setting (≥ 10)
     * @param seconds simulated seconds of the recording (&gt; 0)
     */
    public static Result run(int width, int height, int frames, double seconds, Consumer<String> log) throws Exception {
        if (frames < 10) throw new IllegalArgumentException("frames must be >= 10, got " + frames);
        if (!(seconds > 0) || Double.isInfinite(seconds)) throw new IllegalArgumentException("seconds must be > 0, got " + seconds);
        double[] plain = frameMillis(width, height, 0, frames, log);
        double[] msaa = frameMillis(width, height, 4, frames, s -> { });
        Path dir = Files.createTempDirectory("propamine-render-bench");
        Path mp4 = dir.resolve("bench.mp4");
        try (Env env = Envs.make("Ant-v1")) {
            RecordOptions options = RecordOptions.defaults().withSize(width, height);
            HeadlessPlayback.Report r = Playback.record(demo(env), mp4.toString(), options, seconds, 0, s -> { });
            long bytes = Files.size(mp4);
            return new Result(width, height, plain[0], msaa[0], plain[1], r.frames(), seconds, r.wallSeconds(),
                    r.realTimeFactor(options.fps()), bytes);
        } finally {
            Files.deleteIfExists(mp4);
            Files.deleteIfExists(dir);
        }
    }

    /** {median wall ms, process CPU ms} per frame. */
    private static double[] frameMillis(int width, int height, int samples, int frames, Consumer<String> log) {
        try (Env env = Envs.make("Ant-v1"); OffscreenRenderer renderer = new OffscreenRenderer(width, height, samples, log)) {
            EnvPlaybackSource source = demo(env);
            PlaybackDriver driver = new PlaybackDriver(source);
            driver.attachOverlays(renderer.view());
            renderer.view().attachSpikeRaster(64, 200);
            renderer.view().attachTraceHeatmap(16, 16);
            HudInfo hud = driver.hud();
            double[] millis = new double[frames];
            long cpu0 = 0;
            for (int f = -20; f < frames; f++) { // 20 warm-up frames
                if (f == 0) cpu0 = processCpuNanos();
                long t0 = System.nanoTime();
                renderer.render(source.scene(), driver.camera(), hud);
                if (f >= 0) millis[f] = (System.nanoTime() - t0) / 1e6;
            }
            double cpu = (processCpuNanos() - cpu0) / 1e6 / frames;
            Arrays.sort(millis);
            return new double[] {millis[frames / 2], cpu};
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
