package org.propamine.render.record;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Output kinds of {@code --record}, chosen from the target's spelling. */
public enum RecordFormat {
    /** {@code DIR/}: one PNG per frame, {@code frame_00000.png}, … (ImageIO). */
    PNG_FRAMES,
    /** {@code FILE.gif}: an animated, looping GIF with per-frame delay metadata (ImageIO). */
    GIF,
    /** {@code FILE.mp4}: H.264 in MP4 by JCodec's pure-Java encoder (no external binary). */
    MP4;

    /**
     * The format for a {@code --record} argument: a trailing '/' or an existing directory means PNG frames,
     * otherwise the extension decides (case-insensitive).
     *
     * @throws IllegalArgumentException naming the argument when it is none of FILE.mp4, FILE.gif, DIR/
     */
    public static RecordFormat of(String target) {
        if (target == null || target.isBlank()) {
            throw new IllegalArgumentException("--record needs a target: FILE.mp4, FILE.gif or DIR/");
        }
        if (target.endsWith("/") || target.endsWith(java.io.File.separator) || Files.isDirectory(Path.of(target))) {
            return PNG_FRAMES;
        }
        String lower = target.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".mp4")) {
            return MP4;
        }
        if (lower.endsWith(".gif")) {
            return GIF;
        }
        throw new IllegalArgumentException("--record target '" + target
                + "' has an unsupported type: expected FILE.mp4, FILE.gif or DIR/ (PNG frames)");
    }
}
