package org.propamine.trainer.es;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class FitnessShapingTest {

    @Test
    void centeredRanksByHand() {
        // ranks of (3, 1, 0, 2) are (3, 1, 0, 2); rank/(n−1) − 0.5 with n = 4
        assertArrayEquals(new double[] {0.5, -1.0 / 6, -0.5, 1.0 / 6},
                FitnessShaping.CENTERED_RANK.shape(new double[] {3, 1, 0, 2}), 1e-15);
        // invariant to a monotone transform
        assertArrayEquals(new double[] {0.5, -1.0 / 6, -0.5, 1.0 / 6},
                FitnessShaping.CENTERED_RANK.shape(new double[] {1e9, -5, -1e9, 7}), 1e-15);
        // ties broken by index: (1, 1, 0) → ranks (1, 2, 0)
        assertArrayEquals(new double[] {0, 0.5, -0.5}, FitnessShaping.CENTERED_RANK.shape(new double[] {1, 1, 0}), 0.0);
        assertArrayEquals(new double[] {0}, FitnessShaping.CENTERED_RANK.shape(new double[] {4}), 0.0);
        assertArrayEquals(new double[] {3, 1}, FitnessShaping.RAW.shape(new double[] {3, 1}), 0.0);
    }
}
