package org.propamine.trainer;

import java.util.function.Supplier;
import org.propamine.agent.Policy;
import org.propamine.envs.Env;
import org.propamine.envs.pointmass.PointMassEnv;
import org.propamine.trainer.es.ClipUp;
import org.propamine.trainer.es.FitnessShaping;
import org.propamine.trainer.es.OpenEsConfig;
import org.propamine.trainer.es.PgpeConfig;
import org.propamine.trainer.es.Schedule;
import org.propamine.trainer.rollout.FitnessKind;
import org.propamine.trainer.rollout.RolloutConfig;

/** The small physics-free control task the trainer tests share: PointMassEnv + a linear policy. */
public final class PointMassSetup {
    public static final Supplier<Env> ENVS = PointMassEnv::new;
    public static final Supplier<Policy> POLICIES = () -> new LinearPolicy(6, 2);

    private PointMassSetup() {}

    /** PGPE with ClipUp on the same task. */
    public static TrainerConfig pgpeConfig(long generations) {
        return config(generations).withStrategy(new PgpeConfig(16, 0.1, 0.1, 0.2, Schedule.exponential(0.05, 0.97, 0.005),
                ClipUp.withMaxSpeed(0.1), FitnessShaping.CENTERED_RANK));
    }

    /** OpenAI-ES on 100-step episodes (5 s), fitness = distance travelled towards the goal (max 1 m). */
    public static TrainerConfig config(long generations) {
        return TrainerConfig.defaults()
                .withSeed(42)
                .withStrategy(OpenEsConfig.defaults().withPairs(16).withWeightDecay(0)
                        .withSigma(Schedule.exponential(0.1, 0.97, 0.02))
                        .withLearningRate(Schedule.exponential(0.05, 0.97, 0.005)))
                .withRollout(new RolloutConfig(2, 100, FitnessKind.DISTANCE))
                .withEvaluation(new EvaluationConfig(5, 8))
                .withStop(StopConfig.defaults().withMaxGenerations(generations))
                .withCheckpoint(new CheckpointConfig(2, 2))
                .withNoiseTableSize(1 << 16)
                .withThreads(1);
    }
}
