package org.propamine.trainer.checkpoint;

import java.nio.file.Path;
import org.propamine.trainer.GenerationMetrics;
import org.propamine.trainer.Trainer;
import org.propamine.trainer.TrainerConfig;
import org.propamine.trainer.TrainerListener;
import org.propamine.trainer.TrainerState;

/**
 * A {@link TrainerListener} that checkpoints a run into a directory: a periodic checkpoint after every
 * {@code checkpoint.every}-th generation (keeping the newest {@code checkpoint.keepLast}), and
 * {@link Checkpoints#BEST} whenever an evaluation of the mean sets a new best, and a final periodic
 * checkpoint when the run stops between two periodic ones.
 */
public final class CheckpointWriter implements TrainerListener {
    private final Path dir;
    private final TrainerConfig config;
    private final long noiseSeed;
    private double bestWritten = Double.NEGATIVE_INFINITY;

    public CheckpointWriter(Path dir, Trainer trainer) {
        this.dir = dir;
        this.config = trainer.config();
        this.noiseSeed = trainer.noise().seed();
        this.bestWritten = trainer.state().bestEvalFitness();
    }

    @Override
    public void onGeneration(GenerationMetrics metrics, TrainerState state) {
        if (metrics.generation() % config.checkpoint().every() == 0) save(state);
        if (metrics.evaluated() && state.bestEvalFitness() > bestWritten) {
            Checkpoints.save(dir, Checkpoints.BEST, Checkpoint.of(config, noiseSeed, state));
            bestWritten = state.bestEvalFitness();
        }
    }

    @Override
    public void onFinish(TrainerState state) {
        if (state.generation() % config.checkpoint().every() != 0) save(state);
    }

    /** Writes a periodic checkpoint of {@code state} now (e.g. at the end of a run) and prunes old ones. */
    public Path save(TrainerState state) {
        Path p = Checkpoints.save(dir, Checkpoints.periodicName(state.generation()), Checkpoint.of(config, noiseSeed, state));
        Checkpoints.prune(dir, config.checkpoint().keepLast());
        return p;
    }
}
