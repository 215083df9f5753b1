package org.propamine.trainer.cluster;

import com.hazelcast.config.AdvancedNetworkConfig;
import com.hazelcast.config.ClassFilter;
import com.hazelcast.config.Config;
import com.hazelcast.config.JavaSerializationFilterConfig;
import com.hazelcast.config.InterfacesConfig;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.ServerSocketEndpointConfig;
import com.hazelcast.core.ManagedContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.propamine.trainer.es.Population;
import org.propamine.trainer.rollout.ChunkResult;
import org.propamine.trainer.rollout.EvaluationBatch;
import org.propamine.trainer.rollout.FitnessKind;
import org.propamine.trainer.rollout.PopulationBatch;
import org.propamine.trainer.rollout.RolloutChunk;
import org.propamine.trainer.rollout.RolloutConfig;
import org.propamine.trainer.rollout.RolloutJob;
import org.propamine.trainer.rollout.RunSpec;

/**
 * The Hazelcast member config of a rollout cluster, closed by default:
 * <ul>
 * <li>binds only to {@link ClusterConfig#bindAddress()} (loopback unless configured), never to all interfaces,
 *     and serves only the member protocol (advanced networking with a member endpoint alone): Hazelcast clients,
 *     REST and memcache cannot connect;
 * <li>joins by TCP-IP to {@link ClusterConfig#join()} only — multicast and auto-detection are off;
 * <li>the cluster name keeps separate runs apart (Hazelcast's open-source edition has no member
 *     authentication: anyone who can reach the port and knows the name can join);
 * <li>Java deserialisation accepts only an allow-list: the rollout messages ({@link #ALLOWED}), the run's
 *     setup classes, primitive arrays, and the exception classes remote failures arrive as
 *     ({@link #ALLOWED_ERRORS}, {@code com.hazelcast.*}); Hazelcast's default of every {@code java*} class is
 *     disabled;
 * <li>phone-home, metrics, health monitoring and logging are off; failed members are detected within
 *     {@value #MAX_NO_HEARTBEAT_SECONDS} s.
 * </ul>
 */
final class MemberConfigs {
    /** The executor that runs rollout chunks; its pool has one thread per rollout thread of the member. */
    static final String EXECUTOR = "propamine-rollouts";
    /** Member attribute with the member's rollout threads (members without it get no chunks). */
    static final String THREADS_ATTRIBUTE = "propamine.threads";
    static final int MAX_NO_HEARTBEAT_SECONDS = 10;

    /** The rollout messages that travel between members (plus each run's setup class). */
    static final List<Class<?>> ALLOWED = List.of(RolloutChunk.class, ChunkResult.class, RolloutJob.class, RunSpec.class,
            RolloutConfig.class, FitnessKind.class, PopulationBatch.class, EvaluationBatch.class, Population.class);
    /** JDK classes the messages are made of: enums, primitive arrays, arrays of double arrays. */
    static final List<String> ALLOWED_JDK = List.of("java.lang.Enum", "[B", "[I", "[J", "[D", "[Z", "[[D");
    /**
     * Hazelcast sends a remote failure back as a Java-serialised exception: without these classes a refused
     * task would leave its caller waiting for the call timeout instead of failing at once. Plain exception
     * types with no custom deserialisation logic, plus Hazelcast's own classes (its default allow-list).
     */
    static final List<String> ALLOWED_ERRORS = List.of("java.lang.Throwable", "java.lang.Exception", "java.lang.RuntimeException",
            "java.lang.Error", "java.lang.StackTraceElement", "[Ljava.lang.StackTraceElement;", "java.lang.SecurityException",
            "java.lang.IllegalStateException", "java.lang.IllegalArgumentException", "java.lang.NullPointerException",
            "java.lang.UnsupportedOperationException", "java.lang.ClassNotFoundException", "java.lang.ClassCastException",
            "java.lang.OutOfMemoryError", "java.lang.VirtualMachineError", "java.io.IOException", "java.io.ObjectStreamException",
            "java.io.InvalidClassException", "java.io.NotSerializableException", "java.util.Collections$EmptyList",
            "java.util.Collections$UnmodifiableRandomAccessList", "java.util.Collections$UnmodifiableList",
            "java.util.Collections$UnmodifiableCollection", "java.util.ArrayList",
            "java.util.concurrent.ExecutionException", "java.util.concurrent.CancellationException",
            "java.util.concurrent.RejectedExecutionException", "java.util.concurrent.TimeoutException");
    static final String HAZELCAST_PREFIX = "com.hazelcast.";

    private MemberConfigs() {}

    static Config of(ClusterConfig c, Collection<Class<?>> setupClasses, ManagedContext context) {
        Config config = new Config();
        config.setClusterName(c.name());
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.logging.type", "none");
        config.setProperty("hazelcast.socket.bind.any", "false");
        config.setProperty("hazelcast.local.localAddress", c.bindAddress());
        config.setProperty("hazelcast.max.join.seconds", Integer.toString(c.timeoutSeconds()));
        config.setProperty("hazelcast.wait.seconds.before.join", "0");
        config.setProperty("hazelcast.heartbeat.interval.seconds", "1");
        config.setProperty("hazelcast.max.no.heartbeat.seconds", Integer.toString(MAX_NO_HEARTBEAT_SECONDS));
        config.setProperty("hazelcast.partition.count", "23");
        config.setProperty("hazelcast.health.monitoring.level", "OFF");
        config.setProperty("hazelcast.shutdownhook.policy", "TERMINATE");
        config.getMetricsConfig().setEnabled(false);
        config.getJetConfig().setEnabled(false);

        // advanced networking with a member endpoint only: no client, REST or memcache protocol is served
        AdvancedNetworkConfig network = config.getAdvancedNetworkConfig().setEnabled(true);
        network.setMemberEndpointConfig(new ServerSocketEndpointConfig().setPort(c.port()).setPortAutoIncrement(true)
                .setPortCount(100).setInterfaces(new InterfacesConfig().setEnabled(true).addInterface(c.bindAddress())));
        JoinConfig join = network.getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(true).setConnectionTimeoutSeconds(Math.min(5, c.timeoutSeconds())).addMember(c.join());

        List<String> allowed = new ArrayList<>();
        for (Class<?> k : ALLOWED) allowed.add(k.getName());
        for (Class<?> k : setupClasses) allowed.add(k.getName());
        allowed.addAll(ALLOWED_JDK);
        allowed.addAll(ALLOWED_ERRORS);
        JavaSerializationFilterConfig filter = new JavaSerializationFilterConfig().setDefaultsDisabled(true);
        filter.setWhitelist(new ClassFilter().addClasses(allowed.toArray(String[]::new)).addPrefixes(HAZELCAST_PREFIX));
        config.getSerializationConfig().setJavaSerializationFilterConfig(filter);

        // a job is read by every member right after it is published: one asynchronous backup keeps it when its owner
        // dies, without making the trainer wait for the backup's acknowledgement
        config.getMapConfig(ClusterMember.JOBS).setBackupCount(0).setAsyncBackupCount(1).setStatisticsEnabled(false);
        config.getExecutorConfig(EXECUTOR).setPoolSize(c.threads()).setStatisticsEnabled(false);
        config.getMemberAttributeConfig().setAttribute(THREADS_ATTRIBUTE, Integer.toString(c.threads()));
        config.setManagedContext(context);
        return config;
    }
}
