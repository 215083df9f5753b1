package org.propamine.render.playback;

import java.awt.image.BufferedImage;
import org.propamine.render.record.Recorder;
import org.propamine.render.view.OffscreenRenderer;

/**
 * Records a playback without a display: for each of {@code max(1, round(seconds·fps))} frames, advance the
 * {@link PlaybackDriver} by 1/fps s of simulated time (speed ×1), render offscreen and hand the image to the
 * {@link Recorder}. The recorder is closed on success (atomic move into place) and aborted on any failure.
 */
public final class HeadlessPlayback {
    private HeadlessPlayback() {
    }

    /** What a recording took. */
    public record Report(int frames, long steps, double wallSeconds, double renderMillisPerFrame) {
        /** Simulated seconds recorded per wall-clock second (&gt; 1 = faster than real time). */
        public double realTimeFactor(int fps) {
            return wallSeconds > 0 ? frames / (double) fps / wallSeconds : Double.POSITIVE_INFINITY;
        }
    }

    /**
     * @param seconds simulated seconds to record (&gt; 0)
     */
    public static Report record(PlaybackDriver driver, OffscreenRenderer renderer, Recorder recorder, double seconds) {
        if (!(seconds > 0) || Double.isInfinite(seconds)) {
            throw new IllegalArgumentException("recording length must be a positive number of seconds, got " + seconds);
        }
        int fps = recorder.options().fps();
        if (renderer.width() != recorder.options().width() || renderer.height() != recorder.options().height()) {
            throw new IllegalArgumentException("renderer is " + renderer.width() + "x" + renderer.height()
                    + ", recording " + recorder.options().width() + "x" + recorder.options().height());
        }
        int frames = Math.max(1, (int) Math.round(seconds * fps));
        long start = System.nanoTime();
        long renderNanos = 0;
        long steps0 = driver.steps();
        try {
            driver.attachOverlays(renderer.view());
            for (int f = 0; f < frames; f++) {
                driver.advance(1.0 / fps);
                long t0 = System.nanoTime();
                BufferedImage image = renderer.render(driver.source().scene(), driver.camera(), driver.hud());
                renderNanos += System.nanoTime() - t0;
                recorder.frame(image);
            }
            recorder.close();
        } catch (RuntimeException e) {
            recorder.abort();
            throw e;
        }
        double wall = (System.nanoTime() - start) / 1e9;
        return new Report(frames, driver.steps() - steps0, wall, frames == 0 ? 0 : renderNanos / 1e6 / frames);
    }
}
