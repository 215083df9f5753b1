package org.propamine.trainer.cluster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A cluster member in a child JVM on this machine, started with this JVM's {@code java} and class path (the
 * cluster benchmark's worker, the tests' workers). {@link #close} kills it.
 */
public final class MemberProcess implements AutoCloseable {
    private final Process process;
    private final String readyLine;

    private MemberProcess(Process process, String readyLine) {
        this.process = process;
        this.readyLine = readyLine;
    }

    /**
     * Starts {@code java -cp <this class path> mainClass args...} and waits until it prints a line starting
     * with {@code readyPrefix}; its further output is read and dropped.
     *
     * @throws IllegalStateException with the child's output when it exits before it is ready
     */
    public static MemberProcess start(String mainClass, List<String> args, String readyPrefix) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(args);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder log = new StringBuilder();
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith(readyPrefix)) {
                Thread drain = new Thread(() -> {
                    try {
                        while (out.readLine() != null) {
                            // keep the pipe from filling up
                        }
                    } catch (IOException e) {
                        // the child is gone
                    }
                }, "member-process-output");
                drain.setDaemon(true);
                drain.start();
                return new MemberProcess(p, line);
            }
            log.append(line).append('\n');
        }
        p.destroyForcibly();
        throw new IllegalStateException("the member JVM exited before it was ready:\n" + log);
    }

    /** A TCP port that was free on loopback a moment ago. */
    public static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The line the child printed when it was ready. */
    public String readyLine() {
        return readyLine;
    }

    public Process process() {
        return process;
    }

    /** Kills the child (SIGKILL) and waits for it. */
    @Override
    public void close() {
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
