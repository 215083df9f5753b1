package org.propamine.cli.play;

import java.util.Locale;

/**
 * A frame size option {@code WIDTHxHEIGHT} in pixels (e.g. {@code 640x480}; the {@code x} case-insensitive), as
 * given to {@code play --size} and {@code eval --record-size}. Range checks (16..4096 per side) are the
 * recorder's ({@code RecordOptions}).
 */
public record FrameSize(int width, int height) {

    /**
     * Parses {@code text} given to {@code option}.
     *
     * @throws IllegalArgumentException one line, e.g. {@code --size big: expected WIDTHxHEIGHT, e.g. 640x480}
     */
    public static FrameSize parse(String option, String text) {
        String[] p = text.toLowerCase(Locale.ROOT).split("x");
        try {
            if (p.length == 2) return new FrameSize(Integer.parseInt(p[0]), Integer.parseInt(p[1]));
        } catch (NumberFormatException e) {
            // fall through to the one-line error
        }
        throw new IllegalArgumentException(option + " " + text + ": expected WIDTHxHEIGHT, e.g. 640x480");
    }

    /** As {@link #parse}, for a command's option: a malformed size is a usage error (exit code 2) of {@code command}. */
    public static FrameSize ofOption(picocli.CommandLine command, String option, String text) {
        try {
            return parse(option, text);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(command, e.getMessage());
        }
    }
}
