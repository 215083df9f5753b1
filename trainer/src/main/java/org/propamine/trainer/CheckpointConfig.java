package org.propamine.trainer;

/**
 * How often a run checkpoints and how many it keeps.
 *
 * @param every write a checkpoint after every {@code every}-th generation (≥ 1; default 10)
 * @param keepLast how many of the newest periodic checkpoints to keep (≥ 1; default 3); the best one is
 *                 kept separately
 */
public record CheckpointConfig(int every, int keepLast) {
    public CheckpointConfig {
        if (every < 1) throw new IllegalArgumentException("checkpoint.every must be >= 1, got " + every);
        if (keepLast < 1) throw new IllegalArgumentException("checkpoint.keepLast must be >= 1, got " + keepLast);
    }

    public static CheckpointConfig defaults() {
        return new CheckpointConfig(10, 3);
    }
}
