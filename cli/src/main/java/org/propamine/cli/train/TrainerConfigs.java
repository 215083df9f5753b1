package org.propamine.cli.train;

import org.propamine.cli.config.ExperimentConfig;
import org.propamine.trainer.CheckpointConfig;
import org.propamine.trainer.EvaluationConfig;
import org.propamine.trainer.StopConfig;
import org.propamine.trainer.TrainerConfig;
import org.propamine.trainer.es.OpenEsConfig;
import org.propamine.trainer.es.PgpeConfig;
import org.propamine.trainer.es.Schedule;
import org.propamine.trainer.es.Strategies;
import org.propamine.trainer.es.StrategyConfig;
import org.propamine.trainer.rollout.RolloutConfig;

/**
 * Maps the user-facing experiment config (flat YAML, see {@code assets/configs/default.yaml}) onto the
 * trainer's {@link TrainerConfig} records. Fields the YAML does not expose keep the trainer's defaults
 * ({@code TrainerConfig.defaults()}, {@code OpenEsConfig.defaults()}, {@code PgpeConfig.defaults()}).
 */
public final class TrainerConfigs {

    private TrainerConfigs() {}

    /** The trainer config of experiment {@code c}. */
    public static TrainerConfig of(ExperimentConfig c) {
        ExperimentConfig.Trainer t = c.trainer();
        return TrainerConfig.defaults()
                .withSeed(c.seed())
                .withStrategy(strategy(t))
                .withRollout(new RolloutConfig(t.episodesPerCandidate(), c.env().maxSteps(), t.fitness()))
                .withEvaluation(new EvaluationConfig(c.eval().every(), c.eval().episodes()))
                .withStop(new StopConfig(t.generations(), Double.NaN, 60 * t.timeBudgetMinutes()))
                .withCheckpoint(new CheckpointConfig(c.checkpoint().every(), c.checkpoint().keep()))
                .withThreads(c.threads());
    }

    /** The strategy section: population → antithetic pairs, σ and learning rate as constant schedules. */
    static StrategyConfig strategy(ExperimentConfig.Trainer t) {
        StrategyConfig defaults = Strategies.defaults(t.strategy());
        int pairs = t.population() / 2;
        if (defaults instanceof OpenEsConfig o) {
            return o.withPairs(pairs)
                    .withSigma(Schedule.constant(t.sigma()))
                    .withLearningRate(Schedule.constant(t.learningRate()))
                    .withWeightDecay(t.weightDecay());
        }
        if (defaults instanceof PgpeConfig p) {
            return new PgpeConfig(pairs, t.sigma(), p.sigmaLearningRate(), p.sigmaMaxChange(),
                    Schedule.constant(t.learningRate()), p.optimizer(), p.shaping());
        }
        throw new IllegalStateException("strategy '" + t.strategy() + "' has no mapping from the experiment config");
    }
}
