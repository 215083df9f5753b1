package org.propamine.envs.wrappers;

import java.util.SplittableRandom;
import org.propamine.envs.Env;
import org.propamine.envs.Info;

/**
 * Pushes the torso: before every {@code every}-th env step of an episode (steps every, 2·every, ... counted from
 * 1), an impulse of {@code impulse} N·s is applied at the torso's centre of mass in a horizontal direction drawn
 * uniformly from [0, 2π), seeded from the reset seed. For the 0.91 kg ant, 0.5 N·s changes the torso speed by
 * about 0.5 m/s. {@code info["push_impulse"]} = impulse applied before this step (0 on other steps).
 */
public final class RandomPush extends PhysicsWrapper {
    public static final String KEY = "push_impulse";
    private static final long SALT = 0x7075736850757368L;
    private final double impulse;
    private final int every;
    private SplittableRandom rng = new SplittableRandom(SALT);
    private int steps;
    private double applied;

    /**
     * @param impulse magnitude in N·s, ≥ 0
     * @param every   push period in env steps, ≥ 1
     */
    public RandomPush(Env env, double impulse, int every) {
        super(env);
        if (!(impulse >= 0) || !Double.isFinite(impulse)) throw new IllegalArgumentException("RandomPush.impulse = " + impulse + ", expected a finite value >= 0 (N s)");
        if (every < 1) throw new IllegalArgumentException("RandomPush.every = " + every + ", expected >= 1 (env steps)");
        this.impulse = impulse;
        this.every = every;
    }

    @Override
    protected void onReset(long seed) {
        rng = new SplittableRandom(seed ^ SALT);
        steps = 0;
        applied = 0;
    }

    @Override
    protected void beforeStep() {
        steps++;
        applied = 0;
        if (steps % every == 0) {
            double angle = 2 * Math.PI * rng.nextDouble();
            world().applyRootImpulse(impulse * Math.cos(angle), impulse * Math.sin(angle), 0);
            applied = impulse;
        }
    }

    @Override
    protected void annotate(Info info) {
        info.put(KEY, applied);
    }
}
