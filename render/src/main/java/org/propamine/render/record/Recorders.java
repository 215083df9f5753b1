package org.propamine.render.record;

import java.nio.file.Path;

/** Opens the {@link Recorder} for a {@code --record} argument (the one place that maps formats to classes). */
public final class Recorders {
    private Recorders() {
    }

    /**
     * @param target  FILE.mp4, FILE.gif or DIR/ (see {@link RecordFormat#of})
     * @param options size and frame rate
     * @throws IllegalArgumentException one line naming the target when it has the wrong type or is not writable
     */
    public static Recorder open(String target, RecordOptions options) {
        Path path = Path.of(target);
        return switch (RecordFormat.of(target)) {
            case PNG_FRAMES -> new PngFrameRecorder(path, options);
            case GIF -> new GifRecorder(path, options);
            case MP4 -> new Mp4Recorder(path, options);
        };
    }
}
