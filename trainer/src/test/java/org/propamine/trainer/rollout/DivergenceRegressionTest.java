package org.propamine.trainer.rollout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.propamine.trainer.EvaluationConfig;
import org.propamine.trainer.GenerationMetrics;
import org.propamine.trainer.LinearPolicy;
import org.propamine.trainer.StopConfig;
import org.propamine.trainer.Trainer;
import org.propamine.trainer.TrainerConfig;
import org.propamine.trainer.TrainerState;
import org.propamine.trainer.es.OpenEsConfig;
import org.propamine.trainer.es.Schedule;

/** Diverged episodes (physics blow-ups) must be counted and never turn the mean into NaN. */
class DivergenceRegressionTest {

    @Test
    void divergedCandidatesNeverPoisonTheUpdate() {
        // reward = action, so ES pushes actions up, past 0.9 where ScriptedEnv blows up: about half of a
        // σ = 1 population diverges in every generation
        TrainerConfig config = TrainerConfig.defaults().withSeed(3)
                .withStrategy(OpenEsConfig.defaults().withPairs(8).withSigma(Schedule.constant(1.0)))
                .withRollout(new RolloutConfig(1, 10, FitnessKind.RETURN))
                .withEvaluation(new EvaluationConfig(1, 2))
                .withStop(StopConfig.defaults().withMaxGenerations(10))
                .withNoiseTableSize(1 << 12).withThreads(2);
        List<GenerationMetrics> metrics = new ArrayList<>();
        TrainerState end;
        try (Trainer t = new Trainer(config, ScriptedEnv::new, () -> new LinearPolicy(1, 1))) {
            end = t.run(List.of((m, s) -> metrics.add(m)));
        }
        long diverged = 0;
        for (GenerationMetrics m : metrics) {
            diverged += m.divergedEpisodes();
            assertTrue(Double.isFinite(m.meanFitness()) && Double.isFinite(m.minFitness()), m.toString());
        }
        assertTrue(diverged > 10, "diverged episodes: " + diverged);
        assertEquals(diverged, end.divergedEpisodes());
        for (double v : end.mean()) assertTrue(Double.isFinite(v));
    }
}
