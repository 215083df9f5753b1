package org.propamine.cli.cluster;

import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.propamine.trainer.cluster.ClusterConfig;
import org.propamine.trainer.cluster.ClusterMember;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code propamine worker}: a cluster member that evaluates rollout chunks for {@code train --cluster} runs
 * until it is stopped (Ctrl-C). It receives each run's config once and builds its envs and controllers from
 * it; it needs the same propamine version (and any files the config names) as the trainer.
 */
@Command(name = "worker", mixinStandardHelpOptions = true,
        description = {"Serve rollouts to 'propamine train --cluster' runs as a cluster member (Hazelcast over TCP-IP) until stopped.",
            "Binds to 127.0.0.1 unless --bind names another local interface. Shared secret: environment variable "
                + ClusterOptions.SECRET_ENV + " (the same on every member). See README: Run on a cluster."})
public final class WorkerCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--join", required = true, paramLabel = "HOST:PORT",
            description = "Address of a member to join; a worker whose own address is HOST:PORT is the first member (the seed).")
    String join;

    @Option(names = "--threads", paramLabel = "N", description = "Rollout threads, 0 = all cores (default ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--cluster-name", paramLabel = "NAME", description = "Cluster name; members with another name are not admitted (default ${DEFAULT-VALUE}).")
    String name = ClusterConfig.DEFAULT_NAME;

    @Option(names = {"--bind", "--interface"}, paramLabel = "ADDR", description = "Local interface address to bind and announce (default ${DEFAULT-VALUE}).")
    String bind = ClusterConfig.DEFAULT_BIND;

    @Option(names = "--port", paramLabel = "P", description = "First port to try; the next free of P..P+99 is used (default ${DEFAULT-VALUE}).")
    int port = ClusterConfig.DEFAULT_PORT;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Give up joining after this long (default ${DEFAULT-VALUE}).")
    int timeout = ClusterConfig.DEFAULT_TIMEOUT_SECONDS;

    @Override
    public Integer call() throws InterruptedException {
        if (threads < 0) throw new IllegalArgumentException("--threads " + threads + ": expected >= 0 (0 = all cores)");
        ClusterConfig config = new ClusterConfig(join, name, bind, port, ClusterOptions.resolveThreads(threads), timeout,
                ClusterOptions.secret());
        PrintWriter out = spec.commandLine().getOut();
        CountDownLatch stopped = new CountDownLatch(1);
        try (ClusterMember member = ClusterOptions.start(config)) {
            member.hazelcast().getLifecycleService().addLifecycleListener(e -> {
                if (!member.hazelcast().getLifecycleService().isRunning()) stopped.countDown();
            });
            member.hazelcast().getCluster().addMembershipListener(new MembershipListener() {
                @Override
                public void memberAdded(MembershipEvent e) {
                    out.println("propamine worker: member joined: " + e.getMember().getAddress() + " (" + e.getMembers().size() + " members)");
                }

                @Override
                public void memberRemoved(MembershipEvent e) {
                    out.println("propamine worker: member left: " + e.getMember().getAddress() + " (" + e.getMembers().size() + " members)");
                }
            });
            out.printf("propamine worker: %s in cluster '%s' (%d members), %d rollout threads%s; Ctrl-C to stop%n",
                    member.name(), name, member.size(), config.threads(), config.secret().isEmpty() ? "" : ", shared secret set");
            out.flush();
            stopped.await();
        }
        return 0;
    }
}
