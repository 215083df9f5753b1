package org.propamine.sim;

import org.propamine.sim.bullet.JBulletWorld;

/** Debug probe: standing ant, then one actuator driven with a constant control; prints that joint's angle. */
public final class Probe {
    public static void main(String[] args) {
        try (JBulletWorld w = SimTestSupport.ant()) {
            w.reset(3);
            double[] ctrl = new double[w.actuatorCount()];
            for (int i = 0; i < 40; i++) w.step(ctrl);
            int a = SimTestSupport.actuatorOf(w, args[0]);
            ctrl[a] = Double.parseDouble(args[1]);
            RobotState s = w.newState();
            for (int k = 0; k < 20; k++) {
                w.readState(s);
                System.out.printf("t=%.2f q=%.2f deg qdot=%.2f z=%.3f%n", s.time, Math.toDegrees(s.jointPositions[w.actuatorJoint(a)]), s.jointVelocities[w.actuatorJoint(a)], s.basePosition[2]);
                w.step(ctrl);
            }
        }
    }
}
