package org.propamine.cli.config;

import java.util.List;

/**
 * Validation helpers for the compact constructors of config records. Each failure is an
 * {@link IllegalArgumentException} whose message starts with {@code <field>: } (the snake_case YAML name),
 * so {@link ConfigBinder} can prefix the section path and the source file.
 */
public final class Checks {

    private Checks() {}

    /** {@code value} must be finite and {@code > 0}. */
    public static double positive(String field, double value) {
        if (!(Double.isFinite(value) && value > 0)) throw bad(field, value, "a finite number > 0");
        return value;
    }

    /** {@code value} must be finite and {@code >= 0}. */
    public static double nonNegative(String field, double value) {
        if (!(Double.isFinite(value) && value >= 0)) throw bad(field, value, "a finite number >= 0");
        return value;
    }

    /** {@code value} must be finite and within [lo, hi]. */
    public static double inRange(String field, double value, double lo, double hi) {
        if (!(Double.isFinite(value) && value >= lo && value <= hi)) {
            throw bad(field, value, "a finite number in [" + fmt(lo) + ", " + fmt(hi) + "]");
        }
        return value;
    }

    /** {@code value} must lie in [lo, hi]. */
    public static int intRange(String field, int value, int lo, int hi) {
        if (value < lo || value > hi) throw bad(field, value, "an integer in [" + lo + ", " + hi + "]");
        return value;
    }

    /** {@code value} must be present. */
    public static <T> T required(String field, T value) {
        if (value == null) throw new IllegalArgumentException(field + ": missing, expected a value");
        return value;
    }

    /** {@code value} must be one of {@code allowed}. */
    public static String oneOf(String field, String value, List<String> allowed) {
        if (value == null || !allowed.contains(value)) {
            throw new IllegalArgumentException(field + ": got " + quote(value) + ", expected one of " + String.join(", ", allowed));
        }
        return value;
    }

    static IllegalArgumentException bad(String field, Object value, String expected) {
        return new IllegalArgumentException(field + ": got " + value + ", expected " + expected);
    }

    static String quote(Object value) {
        return value == null ? "nothing" : value instanceof String ? "'" + value + "'" : String.valueOf(value);
    }

    private static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }
}
