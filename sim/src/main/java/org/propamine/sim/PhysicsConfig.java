package org.propamine.sim;

/**
 * Physics settings of a {@link SimWorld}.
 *
 * @param controlDt     env (control) step in s; (0, 1], default 0.05 (Gym Ant: 5 × 0.01 s)
 * @param dt            internal physics step in s; must divide {@code controlDt} into a whole number of steps
 * @param iterations    sequential-impulse solver iterations per internal step, ≥ 1
 * @param maxBodySpeed  a body faster than this (m/s) marks the world diverged; default 20
 */
public record PhysicsConfig(double controlDt, double dt, int iterations, double maxBodySpeed) {

    public PhysicsConfig {
        if (!(controlDt > 0 && controlDt <= 1)) throw new IllegalArgumentException("physics.control_dt = " + controlDt + ", expected a value in (0, 1] s");
        if (!(dt > 0 && dt <= controlDt)) throw new IllegalArgumentException("physics.dt = " + dt + ", expected a value in (0, control_dt] s");
        double n = controlDt / dt;
        if (Math.abs(n - Math.rint(n)) > 1e-6) throw new IllegalArgumentException("physics.dt = " + dt + " does not divide control_dt = " + controlDt + " into whole steps");
        if (iterations < 1 || iterations > 1000) throw new IllegalArgumentException("physics.iterations = " + iterations + ", expected 1..1000");
        if (!(maxBodySpeed > 0)) throw new IllegalArgumentException("physics.max_body_speed = " + maxBodySpeed + ", expected > 0 m/s");
    }

    /** Internal steps per control step. */
    public int substeps() {
        return (int) Math.rint(controlDt / dt);
    }

    /**
     * The default settings, chosen by measurement (see sim/README.md): TO BE MEASURED.
     */
    public static PhysicsConfig defaults() {
        return new PhysicsConfig(0.05, 1.0 / 100, 10, 20);
    }

    /** The same settings as the native Bullet anchor: 1/240 s, 10 iterations. */
    public static PhysicsConfig anchor() {
        return new PhysicsConfig(0.05, 1.0 / 240, 10, 20);
    }
}
