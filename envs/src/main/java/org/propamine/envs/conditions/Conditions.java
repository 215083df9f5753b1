package org.propamine.envs.conditions;

import org.propamine.envs.Env;
import org.propamine.envs.EnvOptions;
import org.propamine.envs.Envs;
import org.propamine.envs.wrappers.LegDamageMode;

/**
 * Turns a {@link Condition} into an env. Wrappers are applied innermost first, in file order. A
 * {@code LegDamage} with mode {@code SHORTEN} is not a wrapper but a different robot body: {@link #make}
 * loads the damaged robot file {@code <robot>_short_leg} (shipped: {@code ant_short_leg}, leg 0 = Gym's
 * leg 1 with its shin halved) from the start of the episode; shortening at a time {@code at > 0} is refused.
 */
public final class Conditions {
    private Conditions() {}

    /** Wraps {@code env} with the condition's wrappers; construction errors are prefixed with FILE:LINE. */
    public static Env apply(Env env, Condition condition) {
        Env e = env;
        for (WrapperSpec w : condition.wrappers()) {
            if (isShorten(w)) continue;
            try {
                e = w.type().wrap(e, w);
            } catch (IllegalArgumentException ex) {
                throw new ConditionFileException(w.where() + ": condition '" + condition.name() + "': " + ex.getMessage());
            }
        }
        return e;
    }

    /**
     * Builds env {@code id} (with its registry time limit) for {@code condition}: the robot comes from
     * {@code options} unless the condition shortens a leg, then the condition's wrappers are applied.
     */
    public static Env make(String id, EnvOptions options, Condition condition) {
        EnvOptions o = options;
        for (WrapperSpec w : condition.wrappers()) {
            if (!isShorten(w)) continue;
            if (w.number("at", 0) != 0) throw new ConditionFileException(w.where() + ": LegDamage.mode = SHORTEN works from the start only, expected at: 0");
            int leg = w.integer("leg", 0);
            String base = options.robotOr(id.startsWith("Hexapod") ? "hexapod" : "ant");
            if (leg != 0 || !base.equals("ant")) {
                throw new ConditionFileException(w.where() + ": LegDamage SHORTEN leg " + leg + " of '" + base + "': no shortened robot file, expected leg 0 of ant (ant_short_leg)");
            }
            o = options.withRobot("ant_short_leg");
        }
        return apply(Envs.make(id, o), condition);
    }

    private static boolean isShorten(WrapperSpec w) {
        return w.type() == WrapperType.LEG_DAMAGE && LegDamageMode.SHORTEN.name().equals(w.text("mode", ""));
    }
}
