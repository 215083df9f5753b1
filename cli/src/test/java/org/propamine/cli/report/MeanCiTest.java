package org.propamine.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MeanCiTest {

    @Test
    void fiveSamplesByHand() {
        // {1,2,3,4,5}: mean 3, s = sqrt(10/4) = 1.5811388, t(0.975,4) = 2.77645,
        // half-width = 2.77645 * 1.5811388 / sqrt(5) = 2.77645 * 0.70710678 = 1.9632467
        MeanCi ci = MeanCi.of(new double[] {1, 2, 3, 4, 5});
        assertEquals(3.0, ci.mean(), 0);
        assertEquals(1.9632467, ci.halfWidth(), 1e-6);
        assertEquals(5, ci.n());
        assertEquals("3.00 ± 1.96", ci.format(2));
    }

    @Test
    void twoSamplesUseTheWideT() {
        // {0, 2}: mean 1, s = sqrt(2), half-width = 12.7062 * sqrt(2) / sqrt(2) = 12.7062
        MeanCi ci = MeanCi.of(new double[] {0, 2});
        assertEquals(12.7062, ci.halfWidth(), 1e-9);
        assertEquals(-11.7062, ci.low(), 1e-9);
    }

    @Test
    void oneSampleHasNoInterval() {
        MeanCi ci = MeanCi.of(new double[] {4.5});
        assertTrue(Double.isNaN(ci.halfWidth()));
        assertEquals("4.5 ± n/a", ci.format(1));
        assertThrows(IllegalArgumentException.class, () -> MeanCi.of(new double[0]));
    }

    @Test
    void tQuantileAboveTheTableMatchesKnownValues() {
        // reference values of t(0.975, df): 40 -> 2.021075, 60 -> 2.000298, 120 -> 1.979930
        assertEquals(2.021075, MeanCi.t975(40), 2e-5);
        assertEquals(2.000298, MeanCi.t975(60), 1e-5);
        assertEquals(1.979930, MeanCi.t975(120), 1e-5);
        assertEquals(2.04227, MeanCi.t975(30), 0);
        // continuous at the table edge and decreasing towards z
        assertTrue(MeanCi.t975(31) < MeanCi.t975(30) && MeanCi.t975(31) > 2.03);
    }
}
