package org.propamine.trainer.rollout;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waiting for a batch of worker tasks, shared by the rollout pools. */
public final class Futures {

    private Futures() {}

    /**
     * Waits for every future; rethrows the first failure (in list order) after all have finished, a
     * {@link RuntimeException} as itself, anything else wrapped with its message.
     */
    public static void awaitAll(List<? extends Future<?>> futures) {
        RuntimeException failure = null;
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for rollouts", e);
            } catch (ExecutionException e) {
                Throwable c = e.getCause();
                if (failure == null) failure = c instanceof RuntimeException re ? re : new IllegalStateException(c.getMessage(), c);
            }
        }
        if (failure != null) throw failure;
    }
}
