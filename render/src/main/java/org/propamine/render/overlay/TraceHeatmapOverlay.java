package org.propamine.render.overlay;

import java.nio.ByteBuffer;

/**
 * Heat map of one plastic trace matrix H (rows = postsynaptic, columns = presynaptic neurons) on a diverging
 * scale normalised by the largest magnitude m = max|H|: cell colour = blue·(−H/m) for negative values,
 * red·(H/m) for positive ones, blended from a dark grey at 0. The label shows m.
 */
public final class TraceHeatmapOverlay extends ImageOverlay {
    private static final int ZERO = 0x202428;

    private final double[] values;
    private final StringBuilder label = new StringBuilder(48);
    private double maxMagnitude;

    /** @param rows matrix rows (1..1024), {@code columns} matrix columns (1..1024) */
    public TraceHeatmapOverlay(int rows, int columns) {
        super(checked(columns, "columns"), checked(rows, "rows"));
        values = new double[rows * columns];
    }

    private static int checked(int n, String what) {
        if (n < 1 || n > 1024) {
            throw new IllegalArgumentException("trace heat map " + what + " must be 1..1024, got " + n);
        }
        return n;
    }

    /** Copies {@code trace} ({@code rows} arrays of at least {@code columns} values). Non-finite values show as 0. */
    public void update(double[][] trace) {
        if (trace.length < rows()) {
            throw new IllegalArgumentException("trace has " + trace.length + " rows, heat map expects " + rows());
        }
        double max = 0;
        for (int r = 0; r < rows(); r++) {
            if (trace[r].length < columns()) {
                throw new IllegalArgumentException("trace row " + r + " has " + trace[r].length
                        + " values, heat map expects " + columns());
            }
            for (int c = 0; c < columns(); c++) {
                double v = Double.isFinite(trace[r][c]) ? trace[r][c] : 0;
                values[r * columns() + c] = v;
                max = Math.max(max, Math.abs(v));
            }
        }
        maxMagnitude = max;
        invalidate();
    }

    /** The colour of value {@code v} on a scale of largest magnitude {@code max} (0xRRGGBB). */
    static int colour(double v, double max) {
        double t = max > 0 ? Math.max(-1, Math.min(1, v / max)) : 0;
        int zr = (ZERO >> 16) & 0xFF;
        int zg = (ZERO >> 8) & 0xFF;
        int zb = ZERO & 0xFF;
        int tr = t > 0 ? 0xF0 : 0x40;
        int tg = t > 0 ? 0x50 : 0x90;
        int tb = t > 0 ? 0x40 : 0xF0;
        double a = Math.abs(t);
        int r = (int) Math.round(zr + (tr - zr) * a);
        int g = (int) Math.round(zg + (tg - zg) * a);
        int b = (int) Math.round(zb + (tb - zb) * a);
        return (r << 16) | (g << 8) | b;
    }

    @Override
    protected void fillTexels(ByteBuffer dest) {
        for (int i = 0; i < values.length; i++) {
            put(dest, i, colour(values[i], maxMagnitude));
        }
    }

    @Override
    protected CharSequence label() {
        label.setLength(0);
        label.append("H ").append(rows()).append('x').append(columns()).append(" max|H| ");
        long milli = Math.round(maxMagnitude * 1000);
        return label.append(milli / 1000).append('.').append(milli % 1000 < 100 ? "0" : "")
                .append(milli % 1000 < 10 ? "0" : "").append(milli % 1000);
    }

    /** Largest magnitude in the last update. */
    public double maxMagnitude() {
        return maxMagnitude;
    }
}
