package org.propamine.trainer.cluster;

import java.util.List;
import org.example.untrusted.WriteFileTask;

/**
 * A worker JVM for the cluster tests: {@code ClusterWorkerMain JOIN NAME PORT THREADS SECRET} starts a
 * member that accepts {@link PointMassClusterSetup}, prints {@code ready HOST:PORT} and serves chunks until
 * killed. ({@link WriteFileTask} is on its classpath but not on its allow-list.)
 */
public final class ClusterWorkerMain {
    private ClusterWorkerMain() {}

    public static void main(String[] args) throws InterruptedException {
        ClusterConfig config = ClusterConfig.joining(args[0], Integer.parseInt(args[3])).withName(args[1])
                .withPort(Integer.parseInt(args[2])).withSecret(args[4]);
        ClusterMember member = ClusterMember.start(config, List.of(PointMassClusterSetup.class));
        System.out.println("ready " + member.name() + " " + WriteFileTask.class.getSimpleName());
        System.out.flush();
        Thread.currentThread().join();
    }
}
