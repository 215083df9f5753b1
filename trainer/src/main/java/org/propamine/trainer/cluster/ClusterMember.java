package org.propamine.trainer.cluster;

import com.hazelcast.cluster.Address;
import com.hazelcast.cluster.Member;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastException;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import java.io.NotSerializableException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.MessageDigest;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.propamine.trainer.es.NoiseTable;
import org.propamine.trainer.rollout.RolloutBackend;
import org.propamine.trainer.rollout.RolloutChunk;
import org.propamine.trainer.rollout.RolloutJob;
import org.propamine.trainer.rollout.RolloutPool;
import org.propamine.trainer.rollout.RolloutSetup;
import org.propamine.trainer.rollout.RunRollouts;
import org.propamine.trainer.rollout.RunSpec;

/**
 * A member of a rollout cluster: a Hazelcast member ({@link MemberConfigs}) that runs rollout chunks on its
 * threads, and — for the trainer's process — the {@link RolloutBackend} that distributes a run over every
 * member. A worker ({@code propamine worker}) is a member that only serves chunks.
 *
 * <p>Per run, every member holds one {@link RunRollouts}: built on the first chunk of the run from the run's
 * {@link RunSpec} (read once from the {@value #RUNS} map: setup + noise-table seed), with the jobs read once
 * per job from the {@value #JOBS} map. A worker keeps the runs of other trainers only until a newer run
 * arrives (one run per cluster at a time is the intended use; give separate runs separate cluster names).
 */
public final class ClusterMember implements RolloutBackend, AutoCloseable {
    static final String RUNS = "propamine-runs";
    static final String JOBS = "propamine-jobs";

    private final HazelcastInstance hz;
    private final ClusterConfig config;
    private final String name;
    private final byte[] token;
    private final Map<String, RunRollouts> runs = new ConcurrentHashMap<>();
    private final Set<String> owned = ConcurrentHashMap.newKeySet();
    private final AtomicInteger opened = new AtomicInteger();

    private ClusterMember(HazelcastInstance hz, ClusterConfig config) {
        this.hz = hz;
        this.config = config;
        this.name = nameOf(hz.getCluster().getLocalMember());
        this.token = config.token();
    }

    /**
     * Starts a member and joins the cluster at {@code config.join()}.
     *
     * @param setupClasses the {@link RolloutSetup} classes this member accepts (the Java-deserialisation
     *                     allow-list holds them besides the rollout messages)
     * @throws ClusterException when this member is not the seed and no other member admitted it within
     *                          {@code config.timeoutSeconds()} (nothing listens there, or another cluster name)
     */
    public static ClusterMember start(ClusterConfig config, Collection<Class<?>> setupClasses) {
        AtomicReference<ClusterMember> self = new AtomicReference<>();
        HazelcastInstance hz;
        try {
            hz = Hazelcast.newHazelcastInstance(MemberConfigs.of(config, setupClasses, obj -> {
                if (obj instanceof RolloutChunk chunk) {
                    ClusterMember m = self.get();
                    return m == null ? chunk.bind(null, "?", "member is starting") : m.bind(chunk);
                }
                return obj;
            }));
        } catch (HazelcastException e) {
            throw new ClusterException("cannot start a cluster member on " + config.bindAddress() + ":" + config.port()
                    + "..: " + e.getMessage(), e);
        }
        ClusterMember member = new ClusterMember(hz, config);
        self.set(member);
        if (!member.isSeed() && hz.getCluster().getMembers().size() < 2) {
            hz.shutdown();
            throw new ClusterException("no propamine member reachable at " + config.join() + " (cluster '" + config.name()
                    + "') after " + config.timeoutSeconds() + " s: start one with 'propamine worker --join " + config.join()
                    + "', or check the address, the cluster name and the firewall");
        }
        return member;
    }

    /** This member's address {@code host:port}. */
    public String name() {
        return name;
    }

    public ClusterConfig config() {
        return config;
    }

    /** Members of the cluster (including this one). */
    public int size() {
        return hz.getCluster().getMembers().size();
    }

    /** The Hazelcast instance (for tests and the worker command's membership output). */
    public HazelcastInstance hazelcast() {
        return hz;
    }

    /** Whether this member's own address is the join address (the seed waits for others instead of joining). */
    boolean isSeed() {
        Address own = hz.getCluster().getLocalMember().getAddress();
        if (own.getPort() != ClusterConfig.joinPort(config.join())) return false;
        try {
            InetAddress seed = InetAddress.getByName(ClusterConfig.joinHost(config.join()));
            return seed.equals(own.getInetAddress());
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** Opens a run whose chunks go to every member; {@code threads} is ignored (the member's own count holds). */
    @Override
    public RolloutPool open(RolloutSetup setup, NoiseTable noise, int threads) {
        String runId = hz.getCluster().getLocalMember().getUuid() + "-" + opened.getAndIncrement();
        IMap<String, RolloutJob> jobs = hz.getMap(JOBS);
        RunRollouts local = new RunRollouts(runId, setup.envs(), setup.policies(), noise, id -> jobs.get(jobKey(runId, id)));
        owned.add(runId);
        runs.put(runId, local);
        try {
            hz.<String, RunSpec>getMap(RUNS).set(runId, new RunSpec(runId, setup, noise.seed(), noise.size()));
        } catch (HazelcastException e) {
            closeRun(runId);
            if (e.getCause() instanceof NotSerializableException) {
                throw new ClusterException("cluster mode needs a serialisable rollout setup, got " + setup.getClass().getName(), e);
            }
            throw e;
        }
        return new RolloutPool(local, new ClusterTargets(this, runId));
    }

    /** Binds an arriving chunk to this member's share of its run, or refuses it (wrong secret, unknown run). */
    RolloutChunk bind(RolloutChunk chunk) {
        if (!MessageDigest.isEqual(token, chunk.token())) return chunk.bind(null, name, "refused the chunk: wrong cluster secret");
        try {
            RunRollouts r = runs.computeIfAbsent(chunk.runId(), this::load);
            if (runs.size() > 1) evictOtherRuns(chunk.runId());
            return chunk.bind(r, name, null);
        } catch (RuntimeException e) {
            return chunk.bind(null, name, "cannot prepare run " + chunk.runId() + ": " + e.getMessage());
        }
    }

    private RunRollouts load(String runId) {
        RunSpec spec = hz.<String, RunSpec>getMap(RUNS).get(runId);
        if (spec == null) throw new IllegalStateException("the run is not (or no longer) published");
        NoiseTable noise = NoiseTable.generate(spec.noiseSeed(), spec.noiseSize());
        IMap<String, RolloutJob> jobs = hz.getMap(JOBS);
        return new RunRollouts(runId, spec.setup().envs(), spec.setup().policies(), noise, id -> jobs.get(jobKey(runId, id)));
    }

    private void evictOtherRuns(String keep) {
        for (String id : runs.keySet()) {
            if (!id.equals(keep) && !owned.contains(id)) {
                RunRollouts r = runs.remove(id);
                if (r != null) r.close();
            }
        }
    }

    /** Forgets a run this member opened: its spec and this member's share. */
    void closeRun(String runId) {
        owned.remove(runId);
        RunRollouts r = runs.remove(runId);
        if (r != null) r.close();
        if (hz.getLifecycleService().isRunning()) hz.getMap(RUNS).delete(runId);
    }

    byte[] token() {
        return token;
    }

    static String jobKey(String runId, long jobId) {
        return runId + "/" + jobId;
    }

    static String nameOf(Member m) {
        Address a = m.getAddress();
        return a.getHost() + ":" + a.getPort();
    }

    /** Leaves the cluster (chunks running here are resubmitted elsewhere by their trainer). */
    @Override
    public void close() {
        for (RunRollouts r : runs.values()) r.close();
        runs.clear();
        hz.shutdown();
    }
}
