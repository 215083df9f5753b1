package org.propamine.trainer.cluster;

import com.hazelcast.cluster.Member;
import com.hazelcast.core.ExecutionCallback;
import com.hazelcast.core.HazelcastInstanceNotActiveException;
import com.hazelcast.core.IExecutorService;
import com.hazelcast.core.MemberLeftException;
import com.hazelcast.map.IMap;
import com.hazelcast.spi.exception.TargetNotMemberException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.propamine.trainer.rollout.ChunkResult;
import org.propamine.trainer.rollout.RolloutChunk;
import org.propamine.trainer.rollout.RolloutJob;
import org.propamine.trainer.rollout.RolloutTargets;

/**
 * The members of a cluster as {@link RolloutTargets}: every member with the
 * {@value MemberConfigs#THREADS_ATTRIBUTE} attribute, its threads from that attribute; chunks go through
 * Hazelcast's {@link IExecutorService} to a chosen member; a job is published once in the job map (each
 * member reads it once); a member that leaves fails its chunks with {@link MemberLeftException}, which the pool
 * resubmits elsewhere.
 */
final class ClusterTargets implements RolloutTargets {
    private final ClusterMember member;
    private final String runId;
    private final IExecutorService executor;
    private final IMap<String, RolloutJob> jobs;

    ClusterTargets(ClusterMember member, String runId) {
        this.member = member;
        this.runId = runId;
        this.executor = member.hazelcast().getExecutorService(MemberConfigs.EXECUTOR);
        this.jobs = member.hazelcast().getMap(ClusterMember.JOBS);
    }

    @Override
    public List<Target> targets() {
        List<Target> targets = new ArrayList<>();
        for (Member m : member.hazelcast().getCluster().getMembers()) {
            String threads = m.getAttribute(MemberConfigs.THREADS_ATTRIBUTE);
            if (threads == null) continue;
            int n;
            try {
                n = Integer.parseInt(threads);
            } catch (NumberFormatException e) {
                continue;
            }
            // one chunk per thread: a chunk queued behind a running one could leave another member idle at the end
            if (n >= 1) targets.add(new Target(ClusterMember.nameOf(m), n, n, m));
        }
        return targets;
    }

    @Override
    public void publish(RolloutJob job) {
        jobs.set(ClusterMember.jobKey(runId, job.id()), job);
    }

    @Override
    public void retire(RolloutJob job) {
        // nobody waits for the delete: the next job does not depend on it
        if (member.hazelcast().getLifecycleService().isRunning()) jobs.deleteAsync(ClusterMember.jobKey(runId, job.id()));
    }

    @Override
    public void submit(RolloutChunk chunk, Target target, BiConsumer<ChunkResult, Throwable> done) {
        try {
            executor.submitToMember(chunk, (Member) target.handle(), new ExecutionCallback<ChunkResult>() {
                @Override
                public void onResponse(ChunkResult response) {
                    done.accept(response, null);
                }

                @Override
                public void onFailure(Throwable t) {
                    done.accept(null, t);
                }
            });
        } catch (RuntimeException e) {
            done.accept(null, e);
        }
    }

    @Override
    public boolean lost(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof MemberLeftException || t instanceof TargetNotMemberException) return true;
            if (t instanceof HazelcastInstanceNotActiveException && member.hazelcast().getLifecycleService().isRunning()) return true;
        }
        return false;
    }

    @Override
    public byte[] token() {
        return member.token();
    }

    @Override
    public void close() {
        member.closeRun(runId);
    }
}
