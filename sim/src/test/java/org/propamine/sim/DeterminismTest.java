package org.propamine.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.propamine.sim.bullet.JBulletWorld;

/** Same description + seed + controls ⇒ bit-identical states: across runs, worlds, threads and JVM launches. */
class DeterminismTest {

    private static final int STEPS = 300;

    /** reset(seed), then STEPS env steps of controls from SplittableRandom(seed + 1); the hash every 25 steps. */
    static long[] trace(SimWorld w, long seed, int steps) {
        w.reset(seed);
        SplittableRandom rng = new SplittableRandom(seed + 1);
        double[] ctrl = new double[w.actuatorCount()];
        long[] out = new long[steps / 25 + 1];
        out[0] = w.stateHash();
        for (int i = 1; i <= steps; i++) {
            for (int a = 0; a < ctrl.length; a++) ctrl[a] = rng.nextDouble(-1, 1);
            w.step(ctrl);
            if (i % 25 == 0) out[i / 25] = w.stateHash();
        }
        return out;
    }

    @Test
    void twoRunsAndReusedWorldGiveTheSameBits() {
        long[] a, b, c;
        try (JBulletWorld w = SimTestSupport.ant()) {
            a = trace(w, 5, STEPS);
            trace(w, 6, 100);            // an unrelated episode in between
            c = trace(w, 5, STEPS);      // the same episode again in the reused world
        }
        try (JBulletWorld w = SimTestSupport.ant()) {
            b = trace(w, 5, STEPS);
        }
        assertArrayEquals(a, b);
        assertArrayEquals(a, c);
        try (JBulletWorld w = SimTestSupport.ant()) {
            long[] other = trace(w, 8, STEPS);
            assertFalse(Arrays.equals(a, other), "a different seed must give a different trajectory");
        }
    }

    @Test
    void oneWorldVersusTwoWorldsInTwoThreads() throws Exception {
        long[] single;
        try (JBulletWorld w = SimTestSupport.ant()) {
            single = trace(w, 11, STEPS);
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<long[]> f1 = pool.submit(() -> { try (JBulletWorld w = SimTestSupport.ant()) { return trace(w, 11, STEPS); } });
            Future<long[]> f2 = pool.submit(() -> { try (JBulletWorld w = SimTestSupport.ant()) { return trace(w, 11, STEPS); } });
            assertArrayEquals(single, f1.get(5, TimeUnit.MINUTES));
            assertArrayEquals(single, f2.get(5, TimeUnit.MINUTES));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void twoJvmLaunchesGiveTheSameBits() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String[] outputs = new String[2];
        for (int k = 0; k < 2; k++) {
            Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), HashMain.class.getName(), "13", String.valueOf(STEPS))
                    .redirectErrorStream(true).start();
            outputs[k] = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            assertEquals(0, p.waitFor(), outputs[k]);
        }
        assertEquals(outputs[0], outputs[1]);
        long[] here;
        try (JBulletWorld w = SimTestSupport.ant()) {
            here = trace(w, 13, STEPS);
        }
        StringBuilder b = new StringBuilder();
        for (long h : here) b.append(h).append(' ');
        assertEquals(b.toString().trim(), outputs[0], "child JVM and this JVM");
    }
}
