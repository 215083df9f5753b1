package org.propamine.trainer.es;

import com.fasterxml.jackson.databind.jsontype.NamedType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The one registry of evolution strategies: id → config type and defaults (evosax's algorithm dict). The
 * JSON form of a {@link StrategyConfig} uses these ids as its {@code "type"}.
 */
public final class Strategies {

    /** A registered strategy: its id, config record type and default config. */
    public record Entry(String id, Class<? extends StrategyConfig> configType, Supplier<StrategyConfig> defaults) {}

    private static final Map<String, Entry> ENTRIES = new LinkedHashMap<>();

    static {
        register(new Entry("open_es", OpenEsConfig.class, OpenEsConfig::defaults));
        register(new Entry("pgpe", PgpeConfig.class, PgpeConfig::defaults));
    }

    private Strategies() {}

    private static void register(Entry e) {
        ENTRIES.put(e.id(), e);
    }

    /** All ids, in registration order. */
    public static List<String> ids() {
        return List.copyOf(ENTRIES.keySet());
    }

    /** The entry for {@code id}; throws a one-line error listing the known ids. */
    public static Entry entry(String id) {
        Entry e = ENTRIES.get(id);
        if (e == null) throw new IllegalArgumentException("unknown strategy '" + id + "', expected one of " + ids());
        return e;
    }

    /** The default config of strategy {@code id}. */
    public static StrategyConfig defaults(String id) {
        return entry(id).defaults().get();
    }

    /** The id of {@code config}'s strategy. */
    public static String idOf(StrategyConfig config) {
        for (Entry e : ENTRIES.values()) {
            if (e.configType() == config.getClass()) return e.id();
        }
        throw new IllegalStateException("strategy config " + config.getClass().getName() + " is not registered");
    }

    /** Jackson subtypes for polymorphic {@link StrategyConfig} JSON. */
    public static NamedType[] jsonTypes() {
        return ENTRIES.values().stream().map(e -> new NamedType(e.configType(), e.id())).toArray(NamedType[]::new);
    }
}
