package org.propamine.agent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.propamine.agent.spec.NetworkSpec;

/**
 * The flat H view is brought up to date only when read ({@code PlasticState.h()}); between env steps the last
 * substep's one-sided update stays pending and is applied fused with the next substep's currents. Reading the
 * view must not change anything: the same actions, bit for bit, whether H is read after every env step or never.
 */
class LazyTraceViewTest {

    @Test
    void readingTheTraceViewDoesNotChangeTheActions() {
        for (String rule : new String[] {"nm-bcm", "bcm", "hebbian", "retro-hebbian"}) {
            NetworkSpec spec = TestNets.small(rule, 1.0);
            SnnController read = SnnController.create(spec, 5);
            SnnController unread = SnnController.create(spec, 5);
            SplittableRandom r1 = new SplittableRandom(9), r2 = new SplittableRandom(9);
            double[] a1 = new double[3], a2 = new double[3];
            boolean changed = false;
            double[] first = null;
            for (int t = 0; t < 200; t++) {
                read.act(TestNets.randomRaster(spec, r1), a1);
                unread.act(TestNets.randomRaster(spec, r2), a2);
                double[] h = read.network().layer(0).plasticState().h();
                if (first == null) first = h.clone();
                changed |= !java.util.Arrays.equals(first, h);
                assertArrayEquals(bits(a1), bits(a2), rule + " step " + t);
            }
            assertTrue(changed, rule + ": H moved during the episode");
            assertArrayEquals(bits(read.network().layer(0).plasticState().h()),
                    bits(unread.network().layer(0).plasticState().h()), rule + ": final H");
        }
    }

    private static long[] bits(double[] v) {
        long[] b = new long[v.length];
        for (int i = 0; i < v.length; i++) b[i] = Double.doubleToRawLongBits(v[i]);
        return b;
    }
}
