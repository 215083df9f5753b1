package org.propamine.trainer;

/**
 * Observes a run after each generation: progress bars, CSV writers, checkpointing
 * ({@link org.propamine.trainer.checkpoint.CheckpointWriter}). Called on the trainer's thread.
 */
@FunctionalInterface
public interface TrainerListener {

    /** Generation {@code metrics.generation()} is complete and {@code state} is the state after it. */
    void onGeneration(GenerationMetrics metrics, TrainerState state);

    /** The run stopped (a stop rule held) with {@code state}; called once, after the last {@link #onGeneration}. */
    default void onFinish(TrainerState state) {}
}
