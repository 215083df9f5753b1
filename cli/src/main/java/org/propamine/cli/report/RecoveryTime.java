package org.propamine.cli.report;

/**
 * Recovery time after mid-episode damage: how many env steps after the damage the robot needs until its
 * rolling forward speed is back to at least {@code fraction} (default 0.9) of its post-damage plateau.
 *
 * <p>Definitions, with speed {@code v[t]} (m/s along +x) per env step and damage at step {@code d}:
 * <ul>
 *   <li>rolling speed {@code r[t]} = mean of {@code v[t−w+1..t]} over a full window of {@code w} steps that lies
 *       entirely after the damage ({@code t ≥ d + w − 1});</li>
 *   <li>plateau = mean of {@code v} over the last third of the post-damage steps {@code [d, T)};</li>
 *   <li>recovery = {@code t* + 1 − d}, with {@code t*} the first step with {@code r[t*] ≥ fraction · plateau}: the
 *       number of steps from the damage to the end of that window (so at least {@code w}).</li>
 * </ul>
 * Undefined (NaN) when the plateau is not positive (the robot no longer moves forward), when fewer than
 * {@code max(w, 3)} steps follow the damage, or when the threshold is never reached.
 */
public final class RecoveryTime {

    /** Default rolling window: 20 env steps = 1 s at 0.05 s per step. */
    public static final int DEFAULT_WINDOW = 20;
    /** Default recovery threshold: 90% of the plateau. */
    public static final double DEFAULT_FRACTION = 0.9;

    private RecoveryTime() {}

    /** {@link #of(double[], int, int, int, double)} for {@code v[0..length)} with the defaults. */
    public static double of(double[] speed, int damageStep) {
        return of(speed, speed.length, damageStep, DEFAULT_WINDOW, DEFAULT_FRACTION);
    }

    /**
     * @param speed      forward speed per env step (m/s); only {@code speed[0..length)} is read
     * @param length     number of valid steps (the episode length)
     * @param damageStep index of the first damaged step, in [0, length)
     * @param window     rolling window in env steps, ≥ 1
     * @param fraction   threshold as a fraction of the plateau, in (0, 1]
     * @return recovery time in env steps, or NaN when undefined (see the class doc)
     */
    public static double of(double[] speed, int length, int damageStep, int window, double fraction) {
        if (length < 0 || length > speed.length) throw new IllegalArgumentException("length = " + length + ", expected 0.." + speed.length);
        if (damageStep < 0 || damageStep >= Math.max(length, 1)) throw new IllegalArgumentException("damage step = " + damageStep + ", expected 0.." + (length - 1));
        if (window < 1) throw new IllegalArgumentException("window = " + window + ", expected >= 1 step");
        if (!(fraction > 0 && fraction <= 1)) throw new IllegalArgumentException("fraction = " + fraction + ", expected (0, 1]");
        int after = length - damageStep;
        if (after < Math.max(window, 3)) return Double.NaN;
        int plateauStart = length - after / 3;
        double plateau = 0;
        for (int t = plateauStart; t < length; t++) plateau += speed[t];
        plateau /= length - plateauStart;
        if (!(plateau > 0)) return Double.NaN;
        double threshold = fraction * plateau;
        double sum = 0;
        for (int t = damageStep; t < length; t++) {
            sum += speed[t];
            if (t - window >= damageStep) sum -= speed[t - window];
            if (t >= damageStep + window - 1 && sum / window >= threshold) return t + 1 - damageStep;
        }
        return Double.NaN;
    }
}
