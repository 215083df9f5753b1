package org.propamine.cli.report;

/**
 * Sample mean with a two-sided 95% confidence interval from Student's t distribution:
 * {@code mean ± t(0.975, n−1) · s / √n}, with {@code s} the sample standard deviation (n−1 denominator).
 * For n = 1 the half-width is NaN (no spread can be estimated).
 *
 * @param mean      sample mean
 * @param halfWidth half-width of the 95% interval (≥ 0, NaN when n < 2)
 * @param n         number of samples, ≥ 1
 */
public record MeanCi(double mean, double halfWidth, int n) {

    /** t quantiles t(0.975, df) for df = 1..30 (standard table values, 6 significant digits). */
    private static final double[] T975 = {
        12.7062, 4.30265, 3.18245, 2.77645, 2.57058, 2.44691, 2.36462, 2.30600, 2.26216, 2.22814,
        2.20099, 2.17881, 2.16037, 2.14479, 2.13145, 2.11991, 2.10982, 2.10092, 2.09302, 2.08596,
        2.07961, 2.07387, 2.06866, 2.06390, 2.05954, 2.05553, 2.05183, 2.04841, 2.04523, 2.04227,
    };

    public MeanCi {
        if (n < 1) throw new IllegalArgumentException("n = " + n + ", expected >= 1 sample");
    }

    /** The mean and 95% CI of {@code samples} (at least one). */
    public static MeanCi of(double[] samples) {
        int n = samples.length;
        if (n == 0) throw new IllegalArgumentException("no samples: expected at least one value");
        double sum = 0;
        for (double v : samples) sum += v;
        double mean = sum / n;
        if (n == 1) return new MeanCi(mean, Double.NaN, 1);
        double ss = 0;
        for (double v : samples) ss += (v - mean) * (v - mean);
        double sd = Math.sqrt(ss / (n - 1));
        return new MeanCi(mean, t975(n - 1) * sd / Math.sqrt(n), n);
    }

    /**
     * The 0.975 quantile of Student's t with {@code df} degrees of freedom: the table for df ≤ 30, above that the
     * Cornish–Fisher expansion around z = 1.959964 to the 1/df³ term (error below 1e-5 for df > 30).
     */
    public static double t975(int df) {
        if (df < 1) throw new IllegalArgumentException("df = " + df + ", expected >= 1");
        if (df <= T975.length) return T975[df - 1];
        double z = 1.959963984540054;
        double z3 = z * z * z, z5 = z3 * z * z, z7 = z5 * z * z;
        double v = df;
        return z + (z3 + z) / (4 * v)
                + (5 * z5 + 16 * z3 + 3 * z) / (96 * v * v)
                + (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384 * v * v * v);
    }

    /** Lower end of the interval. */
    public double low() {
        return mean - halfWidth;
    }

    /** Upper end of the interval. */
    public double high() {
        return mean + halfWidth;
    }

    /** {@code "1.23 ± 0.45"} with {@code decimals} digits ({@code "1.23 ± n/a"} for one sample). */
    public String format(int decimals) {
        String f = "%." + decimals + "f";
        return String.format(java.util.Locale.ROOT, f, mean) + " ± "
                + (Double.isNaN(halfWidth) ? "n/a" : String.format(java.util.Locale.ROOT, f, halfWidth));
    }
}
