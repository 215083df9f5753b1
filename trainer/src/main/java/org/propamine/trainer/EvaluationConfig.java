package org.propamine.trainer;

/**
 * Periodic evaluation of the mean parameters on fixed seeds ({@link org.propamine.trainer.es.Seeds#evaluation}),
 * the same episodes every time, so evaluation curves are comparable across generations and runs.
 *
 * @param every evaluate after every {@code every}-th generation and after the last one of
 *              {@code stop.maxGenerations} (≥ 0; 0 = never; default 10)
 * @param episodes evaluation episodes (≥ 1; default 5)
 */
public record EvaluationConfig(int every, int episodes) {
    public EvaluationConfig {
        if (every < 0) throw new IllegalArgumentException("evaluation.every must be >= 0 (0 = never), got " + every);
        if (episodes < 1) throw new IllegalArgumentException("evaluation.episodes must be >= 1, got " + episodes);
    }

    public static EvaluationConfig defaults() {
        return new EvaluationConfig(10, 5);
    }

    /** True when generation {@code completed} (1-based count of finished generations) is evaluated. */
    public boolean due(long completed) {
        return every > 0 && completed % every == 0;
    }
}
