package org.propamine.trainer.cluster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** A {@link ClusterWorkerMain} in its own JVM (the test classpath); {@link #close} kills it. */
final class WorkerProcess implements AutoCloseable {
    final Process process;
    final String name;

    private WorkerProcess(Process process, String name) {
        this.process = process;
        this.name = name;
    }

    /** Starts a worker that is the seed at 127.0.0.1:{@code port} and waits until it is ready. */
    static WorkerProcess start(int port, String cluster, int threads, String secret) throws IOException {
        return startJoining("127.0.0.1:" + port, port, cluster, threads, secret);
    }

    /** Starts a worker on {@code port} that joins {@code join} and waits until it is ready. */
    static WorkerProcess startJoining(String join, int port, String cluster, int threads, String secret) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                ClusterWorkerMain.class.getName(), join, cluster, Integer.toString(port),
                Integer.toString(threads), secret).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder log = new StringBuilder();
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith("ready ")) {
                Thread drain = new Thread(() -> {
                    try {
                        while (out.readLine() != null) {
                            // keep the pipe from filling up
                        }
                    } catch (IOException e) {
                        // the worker was killed
                    }
                }, "worker-output");
                drain.setDaemon(true);
                drain.start();
                return new WorkerProcess(p, line.split(" ")[1]);
            }
            log.append(line).append('\n');
        }
        p.destroyForcibly();
        throw new IllegalStateException("worker JVM exited before it was ready:\n" + log);
    }

    /** A free TCP port on loopback. */
    static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }
}
