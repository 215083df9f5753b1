package org.propamine.trainer.es;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * A scalar that varies with the generation (σ and learning-rate schedules). Variants are records; in JSON
 * they read {@code {"type": "constant"|"linear"|"exponential", ...}}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Schedule.Constant.class, name = "constant"),
    @JsonSubTypes.Type(value = Schedule.Linear.class, name = "linear"),
    @JsonSubTypes.Type(value = Schedule.Exponential.class, name = "exponential")
})
public sealed interface Schedule {

    /** The value at {@code generation} (≥ 0). */
    double at(long generation);

    static Schedule constant(double value) {
        return new Constant(value);
    }

    static Schedule linear(double start, double end, long generations) {
        return new Linear(start, end, generations);
    }

    static Schedule exponential(double initial, double decay, double minimum) {
        return new Exponential(initial, decay, minimum);
    }

    /** {@code value} every generation (finite, > 0). */
    record Constant(double value) implements Schedule {
        public Constant {
            requirePositive("constant.value", value);
        }

        @Override
        public double at(long generation) {
            return value;
        }
    }

    /** {@code start + (end − start)·min(g, generations)/generations}: linear ramp, then {@code end}. */
    record Linear(double start, double end, long generations) implements Schedule {
        public Linear {
            requirePositive("linear.start", start);
            requirePositive("linear.end", end);
            if (generations < 1) throw new IllegalArgumentException("linear.generations must be >= 1, got " + generations);
        }

        @Override
        public double at(long generation) {
            double t = Math.min(generation, generations) / (double) generations;
            return start + (end - start) * t;
        }
    }

    /** {@code max(minimum, initial · decay^g)}, decay in (0, 1]. */
    record Exponential(double initial, double decay, double minimum) implements Schedule {
        public Exponential {
            requirePositive("exponential.initial", initial);
            if (!(decay > 0 && decay <= 1)) throw new IllegalArgumentException("exponential.decay must be in (0, 1], got " + decay);
            if (!(minimum >= 0 && minimum <= initial)) {
                throw new IllegalArgumentException("exponential.minimum must be in [0, initial], got " + minimum);
            }
        }

        @Override
        public double at(long generation) {
            return Math.max(minimum, initial * Math.pow(decay, generation));
        }
    }

    private static void requirePositive(String field, double v) {
        if (!(v > 0 && Double.isFinite(v))) throw new IllegalArgumentException(field + " must be finite and > 0, got " + v);
    }
}
