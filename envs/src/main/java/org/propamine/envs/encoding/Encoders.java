package org.propamine.envs.encoding;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.propamine.envs.Box;

/**
 * The one registry of spike-encoder ids: {@code current}, {@code poisson}, {@code population}, {@code delta}.
 * Arguments (all optional, numbers): {@code scale} (range of unbounded dimensions, default 1) for all;
 * current: {@code gain} (1); poisson: {@code max_prob} (1); population: {@code neurons} (5), {@code sigma} (0.5);
 * delta: {@code threshold} (0.05).
 */
public final class Encoders {
    private static final List<String> IDS = List.of("current", "poisson", "population", "delta");

    private Encoders() {}

    public static List<String> ids() {
        return IDS;
    }

    /**
     * Builds the encoder {@code type} for observations of {@code space}; every error is one line naming the
     * {@code encoding.<field>}.
     */
    public static SpikeEncoder create(String type, Box space, int substeps, boolean split, Map<String, Double> args) {
        Set<String> allowed = switch (type == null ? "" : type) {
            case "current" -> Set.of("scale", "gain");
            case "poisson" -> Set.of("scale", "max_prob");
            case "population" -> Set.of("scale", "neurons", "sigma");
            case "delta" -> Set.of("scale", "threshold");
            default -> throw new IllegalArgumentException("encoding.type = '" + type + "': expected one of " + IDS);
        };
        for (String k : args.keySet()) {
            if (!allowed.contains(k)) throw new IllegalArgumentException("encoding." + k + ": unknown for type " + type + ", expected one of " + allowed);
        }
        InputRange range = InputRange.of(space, args.getOrDefault("scale", 1.0));
        return switch (type) {
            case "current" -> new CurrentEncoder(range, substeps, split, args.getOrDefault("gain", 1.0));
            case "poisson" -> new PoissonEncoder(range, substeps, split, args.getOrDefault("max_prob", 1.0));
            case "population" -> {
                if (split) throw new IllegalArgumentException("encoding.split = true: not applicable to population coding (it covers both signs)");
                double n = args.getOrDefault("neurons", 5.0);
                if (n != Math.rint(n)) throw new IllegalArgumentException("encoding.neurons = " + n + ": expected an integer >= 2");
                yield new PopulationEncoder(range, substeps, (int) n, args.getOrDefault("sigma", 0.5));
            }
            default -> new DeltaEncoder(range, substeps, split, args.getOrDefault("threshold", 0.05));
        };
    }

    static void checkSubsteps(int substeps) {
        if (substeps <= 0) throw new IllegalArgumentException("encoding.substeps = " + substeps + ": expected > 0");
    }
}
