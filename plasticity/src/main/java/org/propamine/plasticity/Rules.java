package org.propamine.plasticity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The one registry of plasticity rule names: {@code none}, the base rules {@code hebbian, oja, bcm, abcd},
 * their neuromodulated forms {@code nm-<rule>} and eligibility-trace forms {@code retro-<rule>}.
 */
public final class Rules {
    private static final Map<String, Supplier<PlasticityRule>> BASE = new LinkedHashMap<>();

    static {
        BASE.put("hebbian", Hebbian::new);
        BASE.put("oja", Oja::new);
        BASE.put("bcm", Bcm::new);
        BASE.put("abcd", Abcd::new);
    }

    private Rules() {}

    /** Every registered id, in a stable order. */
    public static List<String> names() {
        List<String> names = new ArrayList<>();
        names.add("none");
        for (String prefix : new String[] {"", "nm-", "retro-"}) {
            for (String b : BASE.keySet()) names.add(prefix + b);
        }
        return Collections.unmodifiableList(names);
    }

    /** True when {@code name} is a registered rule id. */
    public static boolean isKnown(String name) {
        return name != null && names().contains(name);
    }

    /** The rule for {@code name}; throws with the list of known ids when unknown. */
    public static PlasticityRule resolve(String name) {
        if (name == null) throw new IllegalArgumentException("rule name is null; expected one of " + names());
        if (name.equals("none")) return new NoPlasticity();
        if (name.startsWith("nm-")) return new Neuromodulated(base(name, name.substring(3)));
        if (name.startsWith("retro-")) return new Retroactive(base(name, name.substring(6)));
        return base(name, name);
    }

    private static PlasticityRule base(String full, String id) {
        Supplier<PlasticityRule> s = BASE.get(id);
        if (s == null) throw new IllegalArgumentException("unknown plasticity rule '" + full + "': expected one of " + names());
        return s.get();
    }
}
