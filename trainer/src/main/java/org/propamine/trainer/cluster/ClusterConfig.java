package org.propamine.trainer.cluster;

import java.nio.charset.StandardCharsets;

/**
 * How a process joins a rollout cluster (Hazelcast members over TCP-IP; closed by default: loopback only, no
 * multicast or auto-detection). Separate runs use separate cluster names.
 *
 * @param join the seed member's address {@code HOST:PORT} every member joins (a member whose own address is
 *             this one is the seed)
 * @param name the cluster name; members with another name are not admitted (default {@code propamine};
 *             1-64 characters of A-Z a-z 0-9 . _ -)
 * @param bindAddress the local interface address this member binds to and announces (default
 *                    {@code 127.0.0.1}: other machines cannot reach it; set a LAN address for several machines)
 * @param port the first port this member tries; the next free one of {@code port..port+99} is used
 *             (1..65535, default 5701)
 * @param threads this member's rollout threads (≥ 1)
 * @param timeoutSeconds how long a non-seed member tries to join before giving up (≥ 1, default 15)
 * @param secret shared secret every chunk carries and every member checks (empty = none; not a substitute
 *               for a closed network: Hazelcast's open-source edition neither authenticates nor encrypts)
 */
public record ClusterConfig(String join, String name, String bindAddress, int port, int threads, int timeoutSeconds,
                            String secret) {
    public static final String DEFAULT_NAME = "propamine";
    public static final String DEFAULT_BIND = "127.0.0.1";
    public static final int DEFAULT_PORT = 5701;
    public static final int DEFAULT_TIMEOUT_SECONDS = 15;

    public ClusterConfig {
        joinHost(join);
        joinPort(join);
        if (name == null || !name.matches("[A-Za-z0-9._-]{1,64}")) {
            throw new IllegalArgumentException("cluster name: got '" + name + "', expected 1-64 characters of A-Z a-z 0-9 . _ -");
        }
        if (bindAddress == null || bindAddress.isBlank() || bindAddress.equals("0.0.0.0")) {
            throw new IllegalArgumentException("cluster interface: got '" + bindAddress + "', expected the address of one local interface (e.g. 127.0.0.1 or 192.168.1.10)");
        }
        if (port < 1 || port > 65535) throw new IllegalArgumentException("cluster port: got " + port + ", expected 1..65535");
        if (threads < 1) throw new IllegalArgumentException("cluster member threads: got " + threads + ", expected >= 1");
        if (timeoutSeconds < 1) throw new IllegalArgumentException("cluster timeout: got " + timeoutSeconds + " s, expected >= 1");
        if (secret == null) secret = "";
    }

    /** Joins {@code join} under the default name, interface, port and timeout, without a secret. */
    public static ClusterConfig joining(String join, int threads) {
        return new ClusterConfig(join, DEFAULT_NAME, DEFAULT_BIND, DEFAULT_PORT, threads, DEFAULT_TIMEOUT_SECONDS, "");
    }

    public ClusterConfig withName(String value) {
        return new ClusterConfig(join, value, bindAddress, port, threads, timeoutSeconds, secret);
    }

    public ClusterConfig withBindAddress(String value) {
        return new ClusterConfig(join, name, value, port, threads, timeoutSeconds, secret);
    }

    public ClusterConfig withPort(int value) {
        return new ClusterConfig(join, name, bindAddress, value, threads, timeoutSeconds, secret);
    }

    public ClusterConfig withThreads(int value) {
        return new ClusterConfig(join, name, bindAddress, port, value, timeoutSeconds, secret);
    }

    public ClusterConfig withTimeoutSeconds(int value) {
        return new ClusterConfig(join, name, bindAddress, port, threads, value, secret);
    }

    public ClusterConfig withSecret(String value) {
        return new ClusterConfig(join, name, bindAddress, port, threads, timeoutSeconds, value);
    }

    /** The secret's UTF-8 bytes (empty when none). */
    byte[] token() {
        return secret.getBytes(StandardCharsets.UTF_8);
    }

    /** The host of a {@code HOST:PORT} address. */
    public static String joinHost(String address) {
        int colon = address == null ? -1 : address.lastIndexOf(':');
        if (colon < 1) throw new IllegalArgumentException("cluster address: got '" + address + "', expected HOST:PORT (e.g. 127.0.0.1:5701)");
        return address.substring(0, colon);
    }

    /** The port of a {@code HOST:PORT} address. */
    public static int joinPort(String address) {
        String host = joinHost(address);
        try {
            int p = Integer.parseInt(address.substring(host.length() + 1));
            if (p >= 1 && p <= 65535) return p;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("cluster address: got '" + address + "', expected HOST:PORT with a port in 1..65535");
    }
}
