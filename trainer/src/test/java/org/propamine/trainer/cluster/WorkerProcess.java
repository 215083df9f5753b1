package org.propamine.trainer.cluster;

import java.io.IOException;
import java.util.List;

/** A {@link ClusterWorkerMain} in its own JVM (the test classpath); {@link #close} kills it. */
final class WorkerProcess implements AutoCloseable {
    final MemberProcess member;
    final Process process;
    final String name;

    private WorkerProcess(MemberProcess member) {
        this.member = member;
        this.process = member.process();
        this.name = member.readyLine().split(" ")[1];
    }

    /** Starts a worker that is the seed at 127.0.0.1:{@code port} and waits until it is ready. */
    static WorkerProcess start(int port, String cluster, int threads, String secret) throws IOException {
        return startJoining("127.0.0.1:" + port, port, cluster, threads, secret);
    }

    /** Starts a worker on {@code port} that joins {@code join} and waits until it is ready. */
    static WorkerProcess startJoining(String join, int port, String cluster, int threads, String secret) throws IOException {
        return new WorkerProcess(MemberProcess.start(ClusterWorkerMain.class.getName(),
                List.of(join, cluster, Integer.toString(port), Integer.toString(threads), secret), "ready "));
    }

    static int freePort() {
        return MemberProcess.freePort();
    }

    @Override
    public void close() {
        member.close();
    }
}
