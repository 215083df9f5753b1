package org.propamine.sim;

import org.propamine.sim.bullet.JBulletWorld;

/** Debug probe: prints joint angles under constant controls. */
public final class Probe {
    public static void main(String[] args) {
        double c = Double.parseDouble(args[0]);
        try (JBulletWorld w = new JBulletWorld(RobotFiles.load("ant"), PhysicsConfig.anchor())) {
            double[] ctrl = new double[8];
            java.util.Arrays.fill(ctrl, c);
            RobotState s = w.newState();
            for (int k = 0; k < 60; k++) {
                w.step(ctrl);
                w.readState(s);
                if (k % 10 == 0 || k < 3) {
                    StringBuilder b = new StringBuilder(String.format("t=%.2f z=%.3f up=%.2f q:", s.time, s.basePosition[2], s.upZ()));
                    for (int j = 0; j < 8; j++) b.append(String.format(" %s=%.1f[%.0f,%.0f]", w.jointName(j), Math.toDegrees(s.jointPositions[j]), Math.toDegrees(w.jointLower(j)), Math.toDegrees(w.jointUpper(j))));
                    System.out.println(b);
                }
            }
        }
    }
}
