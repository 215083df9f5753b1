package org.propamine.render.playback;

import java.util.function.Consumer;
import org.propamine.render.record.RecordOptions;
import org.propamine.render.record.Recorder;
import org.propamine.render.record.Recorders;
import org.propamine.render.view.OffscreenRenderer;

/**
 * Entry points for the CLI: play a {@link PlaybackSource} in a window, or record it headless to
 * {@code FILE.mp4 | FILE.gif | DIR/}. Bad targets fail before any GL work with a one-line
 * {@link IllegalArgumentException}; a missing GL backend fails with a one-line
 * {@link org.propamine.render.gl.RenderUnavailableException} naming the packages to install. Either way nothing
 * is left at the target.
 */
public final class Playback {
    private Playback() {
    }

    /**
     * Opens a window and plays until it is closed or {@code maxSeconds} of wall time pass (≤ 0: until closed).
     * Needs an X display (DISPLAY set; Xvfb works).
     */
    public static void interactive(PlaybackSource source, int width, int height, String title, double maxSeconds) {
        try (PlaybackWindow window = new PlaybackWindow(new PlaybackDriver(source), width, height, title)) {
            window.run(maxSeconds);
        }
    }

    /**
     * Records {@code seconds} of simulated time headless.
     *
     * @param samples MSAA samples (0 = off, the default: 4× costs about 3× the render time on llvmpipe)
     * @param log     receives the backend line
     */
    public static HeadlessPlayback.Report record(PlaybackSource source, String target, RecordOptions options,
                                                 double seconds, int samples, Consumer<String> log) {
        if (!(seconds > 0) || Double.isInfinite(seconds)) {
            throw new IllegalArgumentException("--seconds must be a positive number, got " + seconds);
        }
        Recorder recorder = Recorders.open(target, options);
        OffscreenRenderer renderer;
        try {
            renderer = new OffscreenRenderer(options.width(), options.height(), samples, log);
        } catch (RuntimeException e) {
            recorder.abort();
            throw e;
        }
        try (renderer) {
            return HeadlessPlayback.record(new PlaybackDriver(source), renderer, recorder, seconds);
        }
    }
}
