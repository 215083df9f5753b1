package org.propamine.envs.conditions;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import org.propamine.envs.Env;
import org.propamine.envs.wrappers.ActionDelay;
import org.propamine.envs.wrappers.ActionNoise;
import org.propamine.envs.wrappers.FrictionScale;
import org.propamine.envs.wrappers.GravityScale;
import org.propamine.envs.wrappers.LegDamage;
import org.propamine.envs.wrappers.LegDamageMode;
import org.propamine.envs.wrappers.MassScale;
import org.propamine.envs.wrappers.MotorStrength;
import org.propamine.envs.wrappers.ObservationNoise;
import org.propamine.envs.wrappers.RandomPush;
import org.propamine.envs.wrappers.TimeLimit;

/**
 * The wrappers a condition grid may name (the one place that maps a {@code type:} string to a class), with
 * their parameters. Parameter kinds: {@code number}, {@code integer}, {@code mode} (a {@link LegDamageMode}
 * name), {@code numbers} (a number or a list of numbers).
 */
public enum WrapperType {
    TIME_LIMIT("TimeLimit", params("steps", "integer!"), (e, s) -> new TimeLimit(e, s.integer("steps", 0))),
    OBSERVATION_NOISE("ObservationNoise", params("std", "number!"), (e, s) -> new ObservationNoise(e, s.number("std", 0))),
    ACTION_NOISE("ActionNoise", params("std", "number!"), (e, s) -> new ActionNoise(e, s.number("std", 0))),
    ACTION_DELAY("ActionDelay", params("steps", "integer!"), (e, s) -> new ActionDelay(e, s.integer("steps", 0))),
    RANDOM_PUSH("RandomPush", params("impulse", "number!", "every", "integer!"),
            (e, s) -> new RandomPush(e, s.number("impulse", 0), s.integer("every", 0))),
    FRICTION_SCALE("FrictionScale", params("scale", "number!"), (e, s) -> new FrictionScale(e, s.number("scale", 1))),
    GRAVITY_SCALE("GravityScale", params("scale", "number!"), (e, s) -> new GravityScale(e, s.number("scale", 1))),
    MASS_SCALE("MassScale", params("scale", "number!"), (e, s) -> new MassScale(e, s.number("scale", 1))),
    MOTOR_STRENGTH("MotorStrength", params("factor", "numbers!"), (e, s) -> s.numbers("factor") != null
            ? new MotorStrength(e, s.numbers("factor")) : new MotorStrength(e, s.number("factor", 1))),
    LEG_DAMAGE("LegDamage", params("mode", "mode!", "leg", "integer!", "at", "number", "length", "number"),
            (e, s) -> new LegDamage(e, LegDamageMode.valueOf(s.text("mode", "")), s.integer("leg", 0), s.number("at", 0),
                    s.number("length", LegDamage.DEFAULT_LENGTH)));

    private final String fileName;
    private final Map<String, String> params;
    private final BiFunction<Env, WrapperSpec, Env> factory;

    WrapperType(String fileName, Map<String, String> params, BiFunction<Env, WrapperSpec, Env> factory) {
        this.fileName = fileName;
        this.params = params;
        this.factory = factory;
    }

    private static Map<String, String> params(String... nameKind) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < nameKind.length; i += 2) m.put(nameKind[i], nameKind[i + 1]);
        return m;
    }

    /** The name used in files ({@code GravityScale}). */
    public String fileName() {
        return fileName;
    }

    /** Parameter name → kind; a kind ending in {@code !} is required. */
    public Map<String, String> params() {
        return params;
    }

    /** Wraps {@code env} as {@code spec} says. */
    public Env wrap(Env env, WrapperSpec spec) {
        return factory.apply(env, spec);
    }

    /** The type called {@code name} in a file, or null. */
    public static WrapperType byFileName(String name) {
        for (WrapperType t : values()) if (t.fileName.equals(name)) return t;
        return null;
    }

    /** The file names of all types, for error messages. */
    public static String fileNames() {
        StringBuilder b = new StringBuilder();
        for (WrapperType t : values()) b.append(b.length() == 0 ? "" : ", ").append(t.fileName);
        return b.toString();
    }
}
