package org.propamine.cli.cluster;

import java.util.List;
import org.propamine.cli.config.ExperimentConfig;
import org.propamine.cli.train.ExperimentSetup;
import org.propamine.trainer.cluster.ClusterConfig;
import org.propamine.trainer.cluster.ClusterMember;

/**
 * The CLI side of cluster mode: the member config of {@code train --cluster} and {@code worker}, and the shared
 * secret, read from the environment variable {@value #SECRET_ENV} (never from a config file, so it is not
 * saved in run directories).
 */
public final class ClusterOptions {
    /** Environment variable with the cluster's shared secret (unset or empty = none). */
    public static final String SECRET_ENV = "PROPAMINE_CLUSTER_SECRET";

    private ClusterOptions() {}

    /** The secret every member must share, from {@value #SECRET_ENV}. */
    public static String secret() {
        String s = System.getenv(SECRET_ENV);
        return s == null ? "" : s;
    }

    /** The trainer's member config for experiment cluster section {@code c}, with {@code threads} (0 = all cores). */
    public static ClusterConfig of(ExperimentConfig.Cluster c, int threads) {
        return new ClusterConfig(c.address(), c.name(), c.bind(), c.port(), resolveThreads(threads), c.timeoutSeconds(), secret());
    }

    /**
     * Starts a member that accepts experiment setups (the allow-list's only setup class). Hazelcast's
     * process-wide logging (e.g. its start-up advice about JVM flags) is switched off unless the user set
     * {@code -Dhazelcast.logging.type}; the member's own logging is off in its config.
     */
    public static ClusterMember start(ClusterConfig config) {
        if (System.getProperty("hazelcast.logging.type") == null) System.setProperty("hazelcast.logging.type", "none");
        return ClusterMember.start(config, List.of(ExperimentSetup.class));
    }

    /** {@code threads}, or all cores for 0. */
    public static int resolveThreads(int threads) {
        return threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
    }
}
