package org.propamine.render.record;

/**
 * Size and frame rate of a recording.
 *
 * @param width  frame width in pixels (16..4096, default 640; even for MP4)
 * @param height frame height in pixels (16..4096, default 480; even for MP4)
 * @param fps    frames per second of video time (1..120, default 30)
 */
public record RecordOptions(int width, int height, int fps) {

    public RecordOptions {
        if (width < 16 || width > 4096 || height < 16 || height > 4096) {
            throw new IllegalArgumentException("recording size must be 16..4096 pixels per side, got " + width + "x" + height);
        }
        if (fps < 1 || fps > 120) {
            throw new IllegalArgumentException("recording fps must be 1..120, got " + fps);
        }
    }

    /** 640×480 at 30 frames per second. */
    public static RecordOptions defaults() {
        return new RecordOptions(640, 480, 30);
    }

    public RecordOptions withSize(int newWidth, int newHeight) {
        return new RecordOptions(newWidth, newHeight, fps);
    }

    public RecordOptions withFps(int newFps) {
        return new RecordOptions(width, height, newFps);
    }
}
