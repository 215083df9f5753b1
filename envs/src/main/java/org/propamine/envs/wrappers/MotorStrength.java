package org.propamine.envs.wrappers;

import java.util.Arrays;
import org.propamine.envs.Env;
import org.propamine.envs.Info;

/**
 * Weakens (or strengthens) the motors: actuator a's gear and torque cap become {@code factor[a]·gear}
 * (0 = no torque, 1 = nominal). {@code info["motor_strength"]} = mean factor.
 */
public final class MotorStrength extends PhysicsWrapper {
    public static final String KEY = "motor_strength";
    private final double[] factors;
    private final double mean; // info["motor_strength"], fixed for the wrapper's life

    /** The same factor (≥ 0) for every actuator. */
    public MotorStrength(Env env, double factor) {
        this(env, filled(org.propamine.envs.Wrappers.require(env, org.propamine.envs.locomotion.LocomotionEnv.class).world().actuatorCount(), factor));
    }

    /** One factor (≥ 0) per actuator, in actuator order. */
    public MotorStrength(Env env, double[] factors) {
        super(env);
        if (factors.length != world().actuatorCount()) {
            throw new IllegalArgumentException("MotorStrength.factors has " + factors.length + " values, expected " + world().actuatorCount() + " (one per actuator)");
        }
        for (int a = 0; a < factors.length; a++) {
            if (!(factors[a] >= 0) || !Double.isFinite(factors[a])) throw new IllegalArgumentException("MotorStrength.factors[" + a + "] = " + factors[a] + ", expected a finite value >= 0");
        }
        this.factors = factors.clone();
        double sum = 0;
        for (double f : factors) sum += f;
        this.mean = sum / factors.length;
    }

    private static double[] filled(int n, double v) {
        double[] f = new double[n];
        Arrays.fill(f, v);
        return f;
    }

    @Override
    protected void onReset(long seed) {
        for (int a = 0; a < factors.length; a++) world().setMotorStrength(a, factors[a]);
    }

    @Override
    protected void annotate(Info info) {
        info.put(KEY, mean);
    }
}
