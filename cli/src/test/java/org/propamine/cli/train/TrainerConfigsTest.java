package org.propamine.cli.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.propamine.cli.config.ConfigLoader;
import org.propamine.trainer.TrainerConfig;
import org.propamine.trainer.es.OpenEsConfig;
import org.propamine.trainer.es.PgpeConfig;
import org.propamine.trainer.rollout.FitnessKind;

class TrainerConfigsTest {

    @Test
    void defaultExperimentMapsOntoOpenEs() {
        TrainerConfig t = TrainerConfigs.of(ConfigLoader.load(null, List.of("trainer.population=10",
                "trainer.sigma=0.07", "trainer.learning_rate=0.02", "trainer.weight_decay=0.001", "seed=9",
                "threads=3", "env.max_steps=123", "trainer.generations=17", "eval.every=4", "eval.episodes=2",
                "checkpoint.every=6", "checkpoint.keep=5", "trainer.time_budget_minutes=2.5")).config());
        OpenEsConfig es = assertInstanceOf(OpenEsConfig.class, t.strategy());
        assertEquals(5, es.pairs());
        assertEquals(0.07, es.sigma().at(100));
        assertEquals(0.02, es.learningRate().at(0));
        assertEquals(0.001, es.weightDecay());
        assertEquals(9, t.seed());
        assertEquals(3, t.threads());
        assertEquals(123, t.rollout().maxSteps());
        assertEquals(FitnessKind.DISTANCE, t.rollout().fitness());
        assertEquals(17, t.stop().maxGenerations());
        assertEquals(150.0, t.stop().timeBudgetSeconds());
        assertEquals(4, t.evaluation().every());
        assertEquals(2, t.evaluation().episodes());
        assertEquals(6, t.checkpoint().every());
        assertEquals(5, t.checkpoint().keepLast());
    }

    @Test
    void pgpeTakesSigmaAsItsInitialSigma() {
        TrainerConfig t = TrainerConfigs.of(ConfigLoader.load(null, List.of("trainer.strategy=pgpe",
                "trainer.population=8", "trainer.sigma=0.09", "trainer.fitness=return")).config());
        PgpeConfig p = assertInstanceOf(PgpeConfig.class, t.strategy());
        assertEquals(4, p.pairs());
        assertEquals(0.09, p.initialSigma());
        assertEquals(FitnessKind.RETURN, t.rollout().fitness());
    }
}
