package org.propamine.cli.run;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A one-line progress bar for long work (one update per generation):
 * {@code gen  12/300 [#####.........] 4% | best 3.21 | mean 1.02 | dist 2.90 m | 1,234 steps/s | ETA 00:12:34}.
 *
 * <p>On a terminal the line is redrawn in place ({@code \r}); otherwise (a log file, a pipe) each update is
 * its own line so logs stay readable. The ETA is the mean time per finished unit times the units left.
 */
public final class ProgressLine {

    private static final int BAR = 24;

    private final PrintWriter out;
    private final String unit;
    private final boolean inPlace;
    private final long total;
    private final long startNanos;
    private final long firstDone;
    private int lastLength;

    /**
     * @param out       where to draw
     * @param unit      what is counted, e.g. {@code gen} or {@code episodes}
     * @param inPlace   redraw in place with {@code \r} (a terminal) or print one line per update
     * @param total     number of units (generations) in all
     * @param firstDone units already done when this bar starts (a resumed run), excluded from the ETA rate
     */
    public ProgressLine(PrintWriter out, String unit, boolean inPlace, long total, long firstDone, long startNanos) {
        if (total < 1) throw new IllegalArgumentException("total = " + total + ", expected >= 1");
        this.out = out;
        this.unit = unit;
        this.inPlace = inPlace;
        this.total = total;
        this.firstDone = firstDone;
        this.startNanos = startNanos;
    }

    /** Draws the state after {@code done} units, with {@code stats} (already formatted) after the bar. */
    public void update(long done, String stats, long nowNanos) {
        update(done, stats, nowNanos, Double.POSITIVE_INFINITY);
    }

    /** {@link #update(long, String, long)} with the ETA capped at {@code maxEtaSeconds} (e.g. a time budget's rest). */
    public void update(long done, String stats, long nowNanos, double maxEtaSeconds) {
        String line = format(unit, done, total, stats, Math.min(eta(done, nowNanos), Math.max(0, maxEtaSeconds)));
        if (inPlace) {
            int pad = Math.max(0, lastLength - line.length());
            out.print("\r" + line + " ".repeat(pad));
            lastLength = line.length();
        } else {
            out.println(line);
        }
        out.flush();
    }

    /** Ends the in-place line (prints the newline). */
    public void finish() {
        if (inPlace && lastLength > 0) {
            out.println();
            out.flush();
        }
    }

    /** Seconds left, or NaN before the first unit finished. */
    double eta(long done, long nowNanos) {
        long finished = done - firstDone;
        if (finished <= 0) return Double.NaN;
        double perUnit = (nowNanos - startNanos) / 1e9 / finished;
        return perUnit * (total - done);
    }

    /** The text of one update (pure; see the class doc for the layout). */
    static String format(String unit, long done, long total, String stats, double etaSeconds) {
        int filled = (int) (BAR * Math.min(done, total) / total);
        String bar = "#".repeat(filled) + ".".repeat(BAR - filled);
        int width = String.valueOf(total).length();
        return String.format(Locale.ROOT, unit + " %" + width + "d/%d [%s] %3d%% | %sETA %s", done, total, bar,
                100 * done / total, stats.isEmpty() ? "" : stats + " | ", clock(etaSeconds));
    }

    /** {@code hh:mm:ss}, or {@code --:--:--} when unknown. */
    static String clock(double seconds) {
        if (!Double.isFinite(seconds) || seconds < 0) return "--:--:--";
        long s = Math.round(seconds);
        return String.format(Locale.ROOT, "%02d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60);
    }
}
