package org.propamine.trainer.es;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class SgdTest {

    @Test
    void momentumByHand() {
        Sgd sgd = new Sgd(0.5);
        double[] theta = {0};
        OptimizerState s = sgd.init(1);
        double[] next = new double[1];
        s = sgd.update(s, theta, new double[] {2}, 0.1, next); // u = 0.5·0 + 0.5·2 = 1; θ = 0.1
        assertArrayEquals(new double[] {0.1}, next, 1e-15);
        s = sgd.update(s, next, new double[] {2}, 0.1, next); // u = 0.5 + 1 = 1.5; θ = 0.25
        assertArrayEquals(new double[] {0.25}, next, 1e-15);
        assertArrayEquals(new double[] {1.5}, s.first(), 1e-15);
    }
}
