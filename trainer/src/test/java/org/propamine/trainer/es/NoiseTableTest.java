package org.propamine.trainer.es;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class NoiseTableTest {

    @Test
    void sameSeedGivesSameTableAndDifferentSeedsDiffer() {
        NoiseTable a = NoiseTable.generate(5, 1000);
        NoiseTable b = NoiseTable.generate(5, 1000);
        NoiseTable c = NoiseTable.generate(6, 1000);
        int differ = 0;
        for (int i = 0; i < 1000; i++) {
            assertEquals(Double.doubleToRawLongBits(a.get(i)), Double.doubleToRawLongBits(b.get(i)));
            if (a.get(i) != c.get(i)) differ++;
        }
        assertEquals(1000, differ);
        assertEquals(5, a.seed());
        // the table is SplittableRandom(seed).nextGaussian() narrowed to float
        assertEquals((float) new SplittableRandom(5).nextGaussian(), a.get(0), 0.0);
    }

    @Test
    void entriesAreStandardNormal() {
        NoiseTable t = NoiseTable.generate(1, 1 << 18);
        double s = 0, q = 0;
        for (int i = 0; i < t.size(); i++) {
            s += t.get(i);
            q += t.get(i) * t.get(i);
        }
        double mean = s / t.size();
        double var = q / t.size() - mean * mean;
        // standard errors: mean 1/512 ≈ 0.002, variance √(2/n) ≈ 0.0028
        assertEquals(0, mean, 0.01);
        assertEquals(1, var, 0.015);
    }

    @Test
    void perturbIsBasePlusSignedScaledSlice() {
        NoiseTable t = NoiseTable.of(1f, 2f, -1f, 0.5f);
        double[] dest = new double[2];
        t.perturb(new double[] {10, 20}, new double[] {0.5}, -1, 1, dest);
        assertArrayEquals(new double[] {10 - 0.5 * 2, 20 - 0.5 * -1}, dest, 0.0);
        t.perturb(new double[] {0, 0}, new double[] {1, 3}, 1, 2, dest);
        assertArrayEquals(new double[] {-1, 1.5}, dest, 0.0);
        double[] acc = {1, 1};
        t.addScaled(2, 0, acc);
        assertArrayEquals(new double[] {3, 5}, acc, 0.0);
    }

    @Test
    void indicesStayInsideTheTable() {
        NoiseTable t = NoiseTable.of(new float[10]);
        assertEquals(8, t.indexCount(3));
        SplittableRandom rng = new SplittableRandom(3);
        for (int i = 0; i < 1000; i++) {
            int idx = t.sampleIndex(rng, 3);
            assertTrue(idx >= 0 && idx + 3 <= 10);
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> t.indexCount(11));
        assertTrue(e.getMessage().contains("11 parameters") && e.getMessage().contains("10 entries"), e.getMessage());
        assertNotEquals(0, NoiseTable.generate(1, 1).get(0));
    }
}
