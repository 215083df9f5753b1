package org.propamine.sim;

import java.util.SplittableRandom;
import org.propamine.sim.bullet.JBulletWorld;
import org.propamine.sim.robot.RobotDescription;

/**
 * Measurement harness (not a test): for each internal step and iteration count, runs N env steps of uniform
 * random controls in [−1, 1] (resampled every env step, resets on the Gym health check torso z ∉ [0.2, 1] or
 * divergence) and prints env steps/s, resets, divergences, max body speed and worst hinge-limit violation.
 * Usage: {@code java -cp ... org.propamine.sim.PhysicsSweep [robot] [steps] [runs]}.
 */
public final class PhysicsSweep {

    public static void main(String[] args) {
        String robot = args.length > 0 ? args[0] : "ant";
        int steps = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        RobotDescription d = RobotFiles.load(robot);
        double[][] settings = {{240, 10}, {240, 5}, {120, 10}, {120, 5}, {100, 10}, {100, 5}, {60, 10}, {60, 5}};
        if (args.length > 3) settings = new double[][] {{Double.parseDouble(args[3]), Double.parseDouble(args[4])}};
        System.out.println("hz iters env_steps_per_s resets diverged max_speed limit_violation_rad min_torso_z");
        for (double[] s : settings) {
            PhysicsConfig c = new PhysicsConfig(0.05, 1.0 / s[0], (int) s[1], 20);
            double best = 0;
            Result last = null;
            for (int r = 0; r < runs; r++) {
                Result res = run(d, c, steps, r == 0 ? 2000 : 0);
                best = Math.max(best, res.rate);
                last = res;
            }
            System.out.printf("%.0f %d %.0f %d %d %.2f %.3f %.3f%n", s[0], (int) s[1], best, last.resets, last.diverged, last.maxSpeed, last.limitViolation, last.minZ);
        }
    }

    record Result(double rate, int resets, int diverged, double maxSpeed, double limitViolation, double minZ) { }

    static Result run(RobotDescription d, PhysicsConfig c, int steps, int warmup) {
        try (JBulletWorld w = new JBulletWorld(d, c)) {
            SplittableRandom rng = new SplittableRandom(12345);
            double[] ctrl = new double[w.actuatorCount()];
            RobotState st = w.newState();
            double[] pose = new double[7];
            w.reset(1);
            for (int i = 0; i < warmup; i++) {
                for (int a = 0; a < ctrl.length; a++) ctrl[a] = rng.nextDouble(-1, 1);
                w.step(ctrl);
                w.readState(st);
                if (w.diverged() || st.basePosition[2] < 0.2 || st.basePosition[2] > 1) w.reset(rng.nextLong());
            }
            int resets = 0, diverged = 0;
            double maxSpeed = 0, viol = 0, minZ = 9;
            long t0 = System.nanoTime();
            for (int i = 0; i < steps; i++) {
                for (int a = 0; a < ctrl.length; a++) ctrl[a] = rng.nextDouble(-1, 1);
                w.step(ctrl);
                w.readState(st);
                for (int j = 0; j < w.jointCount(); j++) {
                    double q = st.jointPositions[j];
                    double vj = Math.max(w.jointLower(j) - q, q - w.jointUpper(j));
                    if (vj > viol && System.getProperty("sweep.debug") != null) {
                        System.out.printf("viol %.3f joint %s q=%.1f deg step %d upZ=%.2f z=%.2f feet=%s%n", vj, w.jointName(j), Math.toDegrees(q), i, st.upZ(), st.basePosition[2], java.util.Arrays.toString(st.footContacts));
                    }
                    viol = Math.max(viol, vj);
                }
                double v = Math.sqrt(st.baseLinearVelocity[0] * st.baseLinearVelocity[0] + st.baseLinearVelocity[1] * st.baseLinearVelocity[1] + st.baseLinearVelocity[2] * st.baseLinearVelocity[2]);
                maxSpeed = Math.max(maxSpeed, v);
                minZ = Math.min(minZ, st.basePosition[2]);
                if (i > 40 || warmup > 0) {
                    // ankles start outside their limits: skip the first second of an episode for the limit check
                }
                if (w.diverged()) diverged++;
                if (w.diverged() || st.basePosition[2] < 0.2 || st.basePosition[2] > 1) {
                    resets++;
                    w.reset(rng.nextLong());
                }
            }
            double secs = (System.nanoTime() - t0) * 1e-9;
            return new Result(steps / secs, resets, diverged, maxSpeed, viol, minZ);
        }
    }
}
