package org.propamine.plasticity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fused path (update left pending by {@link PlasticityStep#updateDeferred}, applied row by row inside
 * {@link EffectiveWeights#accumulate}) gives the same bits for the currents, H, E and θ as applying the whole
 * update first ({@link PlasticityStep#updateRows}) and then summing {@code b + Σ_j u_j (W_j + α_j ⊙ H_j)} over the
 * flat view, on a 9×6 layer over 80 steps: activity with zero rows, pre traces of both signs, a clip hit often.
 */
class EffectiveWeightsTest {
    private static final int N_PRE = 9;
    private static final int N_POST = 6;

    @ParameterizedTest
    @ValueSource(strings = {"nm-bcm", "bcm", "nm-hebbian", "retro-oja", "abcd"})
    void fusedUpdateAndCurrentsEqualTheSequentialOnes(String rule) {
        PlasticityConfig cfg = PlasticityConfig.defaults(Rules.resolve(rule)).withClip(0.08);
        PlasticParameters p = new PlasticParameters(cfg, N_PRE, N_POST);
        SplittableRandom rng = new SplittableRandom(rule.hashCode());
        for (double[] a : new double[][] {p.alpha, p.rawEta, p.rawEtaE, p.modW, p.modB, p.ruleParams}) {
            for (int k = 0; k < a.length; k++) a[k] = rng.nextDouble(-2, 2);
        }
        p.refresh();
        double[][] wRows = new double[N_PRE][N_POST];
        for (double[] r : wRows) for (int i = 0; i < N_POST; i++) r[i] = rng.nextDouble(-1, 1);
        PlasticState fused = new PlasticState(p), sequential = new PlasticState(p);
        double[] x = new double[N_PRE], y = new double[N_POST], u = new double[N_PRE];
        double[] curFused = new double[N_POST], curSequential = new double[N_POST];
        int clipped = 0;
        for (int t = 0; t < 80; t++) {
            for (int j = 0; j < N_PRE; j++) u[j] = rng.nextDouble() < 0.4 ? 0 : rng.nextDouble(-1, 2);
            java.util.Arrays.fill(curFused, 0.25);
            java.util.Arrays.fill(curSequential, 0.25);
            EffectiveWeights.accumulate(p, fused, wRows, u, curFused);
            for (int j = 0; j < N_PRE; j++) {
                if (u[j] == 0) continue;
                for (int i = 0; i < N_POST; i++) {
                    int k = j * N_POST + i;
                    curSequential[i] += u[j] * (wRows[j][i] + p.alphaPerSynapse()[k] * sequential.h()[k]);
                }
            }
            String where = rule + " step " + t;
            assertArrayEquals(bits(curSequential), bits(curFused), where + ": currents");
            for (int j = 0; j < N_PRE; j++) x[j] = j == 4 ? 0 : rng.nextDouble(t % 4 == 0 ? -1 : 0, 1);
            for (int i = 0; i < N_POST; i++) y[i] = rng.nextDouble();
            PlasticityStep.updateDeferred(p, fused, x, y, 0.01);
            PlasticityStep.step(p, sequential, x, y, 0.01);
            if (t % 7 == 6) {
                fused.syncView();
                assertArrayEquals(bits(sequential.h()), bits(fused.h()), where + ": H");
                assertArrayEquals(bits(sequential.e()), bits(fused.e()), where + ": E");
                assertArrayEquals(bits(sequential.theta), bits(fused.theta), where + ": theta");
                for (double v : fused.h()) if (Math.abs(v) == 0.08) clipped++;
            }
        }
        assertTrue(clipped > 0, rule + ": the clip is exercised");
    }

    private static long[] bits(double[] a) {
        long[] b = new long[a.length];
        for (int k = 0; k < a.length; k++) b[k] = Double.doubleToRawLongBits(a[k]);
        return b;
    }
}
