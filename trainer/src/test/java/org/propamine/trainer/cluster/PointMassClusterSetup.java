package org.propamine.trainer.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.propamine.agent.Policy;
import org.propamine.envs.Env;
import org.propamine.envs.StepResult;
import org.propamine.envs.Wrapper;
import org.propamine.envs.pointmass.PointMassEnv;
import org.propamine.trainer.LinearPolicy;
import org.propamine.trainer.rollout.RolloutSetup;

/**
 * The trainer tests' PointMass task as a serialisable setup that travels to worker JVMs. With
 * {@code resetMillis > 0} every reset sleeps that long (a slow episode, so a test can kill a member mid-job)
 * and the first reset in a JVM creates {@code markerDir/started-<pid>}.
 *
 * @param markerDir where the first reset of each JVM leaves its marker (empty = none)
 * @param resetMillis sleep per reset in milliseconds (0 = none)
 */
record PointMassClusterSetup(String markerDir, long resetMillis) implements RolloutSetup {

    static PointMassClusterSetup fast() {
        return new PointMassClusterSetup("", 0);
    }

    @Override
    public Supplier<Env> envs() {
        if (resetMillis == 0) return PointMassEnv::new;
        return () -> new SlowReset(new PointMassEnv(), this);
    }

    @Override
    public Supplier<Policy> policies() {
        return () -> new LinearPolicy(6, 2);
    }

    /** Path of the marker of the JVM with process id {@code pid}. */
    Path marker(long pid) {
        return Path.of(markerDir, "started-" + pid);
    }

    /** Sleeps on every reset; leaves the JVM's marker on its first. */
    private static final class SlowReset extends Wrapper {
        private final PointMassClusterSetup setup;

        SlowReset(Env env, PointMassClusterSetup setup) {
            super(env);
            this.setup = setup;
        }

        @Override
        public StepResult reset(long seed) {
            if (!setup.markerDir.isEmpty()) {
                Path m = setup.marker(ProcessHandle.current().pid());
                try {
                    if (!Files.exists(m)) Files.writeString(m, "started");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            try {
                Thread.sleep(setup.resetMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return super.reset(seed);
        }
    }
}
