package org.propamine.plasticity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link PlasticityStep}'s vectorisable form (rows of H, Math.min/max clip, the one-sided clip of rules without
 * x-free terms) gives the same bits as the plain per-synapse update written out below with the compare-form
 * clip, for every rule, on a 7×5 layer over 60 steps with random pre traces of both signs (and rows of zeros),
 * random post traces, learned-looking parameters and a clip that is hit often.
 */
class PlasticityStepReferenceTest {
    private static final int N_PRE = 7;
    private static final int N_POST = 5;

    static Iterable<String> rules() {
        return Rules.names();
    }

    @ParameterizedTest
    @MethodSource("rules")
    void sameBitsAsThePlainPerSynapseUpdate(String rule) {
        for (double clip : new double[] {0.05, 1.0}) {
            PlasticityConfig cfg = PlasticityConfig.defaults(Rules.resolve(rule)).withFanout(Fanout.PER_POST).withClip(clip);
            PlasticParameters p = new PlasticParameters(cfg, N_PRE, N_POST);
            SplittableRandom rng = new SplittableRandom(rule.hashCode() * 31L + (long) (clip * 100));
            for (double[] a : new double[][] {p.rawEta, p.rawEtaE, p.modW, p.modB, p.fanF, p.fanG, p.ruleParams}) {
                for (int k = 0; k < a.length; k++) a[k] = rng.nextDouble(-2, 2);
            }
            p.refresh();
            PlasticState s = new PlasticState(p);
            Reference ref = new Reference(p);
            double[] x = new double[N_PRE];
            double[] y = new double[N_POST];
            int clipped = 0;
            for (int t = 0; t < 60; t++) {
                for (int j = 0; j < N_PRE; j++) x[j] = j == 2 ? 0 : rng.nextDouble(t % 3 == 0 ? -1 : 0, 1);
                for (int i = 0; i < N_POST; i++) y[i] = rng.nextDouble() < 0.2 ? 0 : rng.nextDouble();
                PlasticityStep.step(p, s, x, y, 0.01);
                ref.step(x, y, 0.01);
                String where = rule + " clip " + clip + " step " + t;
                assertArrayEquals(bits(ref.h), bits(s.h()), where + ": H");
                assertArrayEquals(bits(ref.e), bits(s.e()), where + ": E");
                assertArrayEquals(bits(ref.theta), bits(s.theta), where + ": theta");
                for (double v : s.h()) if (Math.abs(v) == clip) clipped++;
            }
            if (Rules.resolve(rule).isPlastic() && clip < 0.1) assertTrue(clipped > 0, rule + ": the clip is exercised");
        }
    }

    private static long[] bits(double[] a) {
        long[] b = new long[a.length];
        for (int k = 0; k < a.length; k++) b[k] = Double.doubleToRawLongBits(a[k]);
        return b;
    }

    /** The update as plain per-synapse code, pre-major flat arrays, compare-form clip (the original algorithm). */
    private static final class Reference {
        final PlasticParameters p;
        final double[] h;
        final double[] e;
        final double[] theta;
        final double[] a = new double[N_POST];
        final double[] b = new double[N_POST];
        final double[] c = new double[N_POST];
        final double[] m = new double[N_POST];

        Reference(PlasticParameters p) {
            this.p = p;
            PlasticityRule rule = p.config().rule();
            h = new double[rule.isPlastic() ? N_PRE * N_POST : 0];
            e = new double[rule.modulation() == Modulation.RETROACTIVE ? N_PRE * N_POST : 0];
            theta = new double[rule.usesThreshold() ? N_POST : 0];
        }

        void step(double[] x, double[] y, double dt) {
            PlasticityRule rule = p.config().rule();
            if (!rule.isPlastic()) return;
            double clip = p.config().clip();
            rule.coefficients(p.eta(), p.ruleParameters(), y, theta, N_POST, a, b, c);
            java.util.Arrays.fill(m, 1.0);
            if (rule.modulation().usesModulator()) {
                double z = p.modulatorBias();
                for (int i = 0; i < N_POST; i++) z += p.modulatorWeights()[i] * y[i];
                double big = Math.tanh(z);
                for (int i = 0; i < N_POST; i++) m[i] = p.fanoutGains()[i] * big + p.fanoutOffsets()[i];
            }
            for (int j = 0; j < N_PRE; j++) {
                for (int i = 0; i < N_POST; i++) {
                    int k = j * N_POST + i;
                    if (rule.modulation() == Modulation.RETROACTIVE) {
                        double v = clip(h[k] + m[i] * e[k], clip);
                        h[k] = v;
                        e[k] = (1 - p.etaE()) * e[k] + p.etaE() * (a[i] * x[j] + c[i] - b[i] * v);
                    } else {
                        h[k] = clip((1 - m[i] * b[i]) * h[k] + (m[i] * a[i]) * x[j] + m[i] * c[i], clip);
                    }
                }
            }
            if (rule.usesThreshold()) {
                double rate = dt / p.config().tauTheta();
                for (int i = 0; i < N_POST; i++) theta[i] += rate * (y[i] * y[i] - theta[i]);
            }
        }

        static double clip(double v, double c) {
            return v > c ? c : (v < -c ? -c : v);
        }
    }
}
