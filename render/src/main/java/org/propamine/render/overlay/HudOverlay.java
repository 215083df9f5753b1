package org.propamine.render.overlay;

/**
 * The text panel in the top-left corner: title, time, speed, distance, reward, playback speed / pause and the
 * active perturbations, drawn over a translucent dark box. Number formatting goes through one reused
 * {@link StringBuilder}, so drawing allocates nothing.
 */
public final class HudOverlay {
    /** Panel background, 0xAARRGGBB. */
    public static final int PANEL = 0xB0101418;
    private static final int TEXT = 0xFFF2F2F2;
    private static final int ACCENT = 0xFFFFC861;
    private static final int MARGIN = 8;

    private final StringBuilder line = new StringBuilder(96);

    /** Queues and flushes the panel; returns its bottom edge in pixels. */
    public float draw(QuadBatch batch, BitmapFont font, HudInfo info, float x, float y) {
        int lines = 5 + (info.title.length() > 0 ? 1 : 0);
        int columns = 26;
        columns = Math.max(columns, info.title.length());
        columns = Math.max(columns, info.perturbations.length() + 17); // "x0.25  PAUSED  " prefix
        float width = columns * font.cellWidth() + 2 * MARGIN;
        float height = lines * font.lineHeight() + 2 * MARGIN;
        batch.rect(x, y, width, height, PANEL);
        batch.flush(0, QuadBatch.Mode.SOLID);

        float tx = x + MARGIN;
        float ty = y + MARGIN;
        if (info.title.length() > 0) {
            font.draw(batch, info.title, tx, ty, ACCENT);
            ty += font.lineHeight();
        }
        ty = row(batch, font, "time     ", info.time, 2, " s", tx, ty);
        ty = row(batch, font, "speed    ", info.speed, 2, " m/s", tx, ty);
        ty = row(batch, font, "distance ", info.distance, 2, " m", tx, ty);
        ty = row(batch, font, "reward   ", info.reward, 1, "", tx, ty);
        line.setLength(0);
        line.append("x");
        fixed(info.playbackSpeed, 2);
        if (info.paused) {
            line.append("  PAUSED");
        }
        if (info.perturbations.length() > 0) {
            line.append("  ").append(info.perturbations);
        }
        font.draw(batch, line, tx, ty, ACCENT);
        font.flush(batch);
        return y + height;
    }

    /** Draws the row {@code label value unit} in the text colour at (tx, ty); returns the next row's y. */
    private float row(QuadBatch batch, BitmapFont font, String label, double value, int decimals, String unit,
                      float tx, float ty) {
        line.setLength(0);
        line.append(label);
        fixed(value, decimals).append(unit);
        font.draw(batch, line, tx, ty, TEXT);
        return ty + font.lineHeight();
    }

    /** Appends {@code value} with {@code decimals} fixed decimals (half-up) without allocating. */
    private StringBuilder fixed(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return line.append(value);
        }
        long scale = decimals == 1 ? 10 : 100;
        long scaled = Math.round(Math.abs(value) * scale);
        if (value < 0 && scaled != 0) {
            line.append('-');
        }
        line.append(scaled / scale).append('.');
        long fraction = scaled % scale;
        if (decimals == 2 && fraction < 10) {
            line.append('0');
        }
        return line.append(fraction);
    }
}
