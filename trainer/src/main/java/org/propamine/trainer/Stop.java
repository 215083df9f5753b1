package org.propamine.trainer;

/** A stopping rule, tested after every generation (Jenetics' {@code Limits} as predicates). */
@FunctionalInterface
public interface Stop {

    /** True when the run should stop after the generation described by {@code metrics}. */
    boolean test(GenerationMetrics metrics);

    /** Stop once {@code generations} generations are complete. */
    static Stop afterGenerations(long generations) {
        return m -> m.generation() >= generations;
    }

    /** Stop once an evaluation of the mean reaches {@code target} fitness. */
    static Stop onEvaluationFitness(double target) {
        return m -> !Double.isNaN(m.evalFitness()) && m.evalFitness() >= target;
    }

    /** Stop once the run's wall time (including time before a resume) reaches {@code seconds}. */
    static Stop afterSeconds(double seconds) {
        return m -> m.wallSeconds() >= seconds;
    }
}
