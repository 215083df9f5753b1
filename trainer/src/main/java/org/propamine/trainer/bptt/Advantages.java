package org.propamine.trainer.bptt;

/**
 * Advantages of a batch of M episodes for the likelihood-ratio policy gradient: discounted reward-to-go, minus a
 * per-time-step baseline, normalised.
 * <pre>
 *   G_t^m = Σ_{t' ≥ t} γ^{t'−t} r_{t'}^m                      (reward-to-go, t &lt; T_m)
 *   b_t   = mean of G_t^m over the n_t episodes still running at t   (baseline)
 *   A_t^m = (G_t^m − b_t) / s,   s = root mean square of (G − b) over all (m, t) (1 when it is 0)
 * </pre>
 * G_t^m − b_t = ((n_t − 1)/n_t)(G_t^m − mean of the others), so the baseline is the unbiased leave-one-out one up
 * to a positive factor; the advantages have mean 0, and at a step where only one episode is still running its
 * advantage is 0. Allocates its scratch per call (once per generation).
 */
public final class Advantages {

    private Advantages() {}

    /**
     * Writes A_t^m into {@code dest[m][t]} for {@code t < lengths[m]}.
     *
     * @param rewards per episode, the per-step rewards ({@code rewards[m].length ≥ lengths[m]})
     * @param lengths per episode, its number of steps T_m (≥ 0; 0 leaves the episode out)
     * @param gamma   discount γ in [0, 1]
     */
    public static void compute(double[][] rewards, int[] lengths, double gamma, double[][] dest) {
        if (!(gamma >= 0 && gamma <= 1)) throw new IllegalArgumentException("discount is " + gamma + ", expected a value in [0, 1]");
        int m = rewards.length;
        int longest = 0;
        for (int e = 0; e < m; e++) longest = Math.max(longest, lengths[e]);
        double[] sum = new double[longest];
        int[] running = new int[longest];
        for (int e = 0; e < m; e++) {
            double g = 0;
            for (int t = lengths[e] - 1; t >= 0; t--) {
                g = rewards[e][t] + gamma * g;
                dest[e][t] = g;
                sum[t] += g;
                running[t]++;
            }
        }
        double sq = 0;
        long count = 0;
        for (int e = 0; e < m; e++) {
            for (int t = 0; t < lengths[e]; t++) {
                double a = dest[e][t] - sum[t] / running[t];
                dest[e][t] = a;
                sq += a * a;
                count++;
            }
        }
        double scale = count == 0 || sq == 0 ? 1 : 1 / Math.sqrt(sq / count);
        for (int e = 0; e < m; e++) {
            for (int t = 0; t < lengths[e]; t++) dest[e][t] *= scale;
        }
    }
}
