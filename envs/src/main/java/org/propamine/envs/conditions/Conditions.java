package org.propamine.envs.conditions;

import org.propamine.envs.Env;
import org.propamine.envs.EnvOptions;
import org.propamine.envs.Envs;

/**
 * Turns a {@link Condition} into an env. Wrappers are applied innermost first, in file order. Every condition
 * is a wrapper chain, including a shortened leg ({@code LegDamage} with mode {@code SHORTEN}, which cuts the
 * leg in the running world at any time and for any robot).
 */
public final class Conditions {
    private Conditions() {}

    /** Wraps {@code env} with the condition's wrappers; construction errors are prefixed with FILE:LINE. */
    public static Env apply(Env env, Condition condition) {
        Env e = env;
        for (WrapperSpec w : condition.wrappers()) {
            try {
                e = w.type().wrap(e, w);
            } catch (IllegalArgumentException ex) {
                throw new ConditionFileException(w.where() + ": condition '" + condition.name() + "': " + ex.getMessage());
            }
        }
        return e;
    }

    /** Builds env {@code id} (with its registry time limit and the robot of {@code options}) and applies {@code condition}. */
    public static Env make(String id, EnvOptions options, Condition condition) {
        return apply(Envs.make(id, options), condition);
    }
}
