package org.propamine.envs.conditions;

import java.util.List;
import java.util.function.Function;
import org.propamine.envs.Box;
import org.propamine.envs.Env;
import org.propamine.envs.StepResult;

/**
 * An env that runs each episode under one condition of a list, chosen by the episode's seed (domain
 * randomisation for training): {@code reset(seed)} picks condition {@code k = floorMod(mix(seed), n)} with
 * SplitMix64's finaliser as {@code mix}, so the same seed always gets the same condition whichever thread or
 * cluster member runs it, and consecutive seeds spread over the list. One env per condition is built on first
 * use and kept (an env's world is costly to build); every condition must keep the observation and action
 * spaces of the first. Not thread-safe, like every env.
 */
public final class ConditionMixture implements Env {
    private final List<Condition> conditions;
    private final Function<Condition, Env> factory;
    private final Env[] envs;
    private Env current;

    /**
     * @param conditions at least one condition
     * @param factory    builds the env of one condition (e.g. {@code c -> Conditions.make(id, options, c)})
     */
    public ConditionMixture(List<Condition> conditions, Function<Condition, Env> factory) {
        if (conditions == null || conditions.isEmpty()) throw new IllegalArgumentException("condition mixture: expected at least one condition");
        this.conditions = List.copyOf(conditions);
        this.factory = factory;
        this.envs = new Env[this.conditions.size()];
        this.current = env(0);
    }

    /** Index of the condition of the episode with seed {@code seed}, in [0, n). */
    public static int pick(long seed, int n) {
        long z = seed + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z ^= z >>> 31;
        return (int) Math.floorMod(z, (long) n);
    }

    /** The condition of the current episode. */
    public Condition condition() {
        for (int k = 0; k < envs.length; k++) if (envs[k] == current) return conditions.get(k);
        throw new IllegalStateException("no current condition");
    }

    private Env env(int k) {
        if (envs[k] == null) {
            Env e = factory.apply(conditions.get(k));
            if (k > 0 && (e.observationSpace().size() != envs[0].observationSpace().size()
                    || e.actionSpace().size() != envs[0].actionSpace().size())) {
                e.close();
                throw new IllegalArgumentException("condition '" + conditions.get(k).name() + "' changes the env's spaces");
            }
            envs[k] = e;
        }
        return envs[k];
    }

    @Override
    public Box observationSpace() {
        return envs[0].observationSpace();
    }

    @Override
    public Box actionSpace() {
        return envs[0].actionSpace();
    }

    @Override
    public StepResult reset(long seed) {
        current = env(pick(seed, envs.length));
        return current.reset(seed);
    }

    @Override
    public StepResult step(double[] action) {
        return current.step(action);
    }

    @Override
    public double dt() {
        return envs[0].dt();
    }

    @Override
    public Env unwrapped() {
        return current.unwrapped();
    }

    @Override
    public void close() {
        for (Env e : envs) if (e != null) e.close();
    }
}
