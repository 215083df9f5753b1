package org.propamine.agent.spec;

import java.util.Map;

/**
 * The observation encoding a preset expects, passed through to the env side (the {@code SpikeEncoding}
 * wrapper in {@code envs} resolves and validates {@code type} in its own registry; agent never switches on it).
 *
 * @param type  encoder id, e.g. {@code current}, {@code poisson}, {@code population}, {@code delta}
 * @param split true when each observation dimension is split into ± channels
 * @param args  other numeric encoder arguments (e.g. {@code gain}), unmodifiable
 */
public record EncodingSpec(String type, boolean split, Map<String, Double> args) {
    public EncodingSpec {
        if (type == null || type.isBlank()) throw new IllegalArgumentException("type = " + type + ": expected an encoder id");
        args = Map.copyOf(args);
    }
}
