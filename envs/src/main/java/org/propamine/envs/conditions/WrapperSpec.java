package org.propamine.envs.conditions;

import java.util.Map;

/**
 * One wrapper of a condition: its type and arguments as read from the grid file (already checked against the
 * type's parameter list).
 *
 * @param type  the wrapper
 * @param args  argument name → Double, Long, String (enum names) or {@code double[]}
 * @param where {@code FILE:LINE} of the entry, prefixed to construction errors
 */
public record WrapperSpec(WrapperType type, Map<String, Object> args, String where) {

    public WrapperSpec {
        if (type == null) throw new IllegalArgumentException("wrapper spec needs a type");
        args = Map.copyOf(args);
    }

    /** Argument {@code name} as a number, or {@code fallback} when absent. */
    public double number(String name, double fallback) {
        Object v = args.get(name);
        return v == null ? fallback : ((Number) v).doubleValue();
    }

    /** Argument {@code name} as an integer, or {@code fallback} when absent. */
    public int integer(String name, int fallback) {
        Object v = args.get(name);
        return v == null ? fallback : ((Number) v).intValue();
    }

    /** Argument {@code name} as a string, or {@code fallback} when absent. */
    public String text(String name, String fallback) {
        Object v = args.get(name);
        return v == null ? fallback : v.toString();
    }

    /** Argument {@code name} when it is a list of numbers, else null. */
    public double[] numbers(String name) {
        Object v = args.get(name);
        return v instanceof double[] d ? d.clone() : null;
    }
}
