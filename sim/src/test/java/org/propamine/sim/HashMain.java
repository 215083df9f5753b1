package org.propamine.sim;

import org.propamine.sim.bullet.JBulletWorld;

/** Prints the state-hash trace of {@link DeterminismTest#trace} (run in a child JVM by the determinism test). */
public final class HashMain {
    public static void main(String[] args) {
        try (JBulletWorld w = SimTestSupport.ant()) {
            long[] t = DeterminismTest.trace(w, Long.parseLong(args[0]), Integer.parseInt(args[1]));
            StringBuilder b = new StringBuilder();
            for (long h : t) b.append(h).append(' ');
            System.out.println(b.toString().trim());
        }
    }
}
