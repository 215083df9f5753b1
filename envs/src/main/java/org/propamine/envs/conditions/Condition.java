package org.propamine.envs.conditions;

import java.util.List;

/**
 * One evaluation condition of a grid: a name and the wrappers that make it (empty = nominal).
 *
 * @param name     unique within its grid, [A-Za-z0-9_.+-]+
 * @param wrappers applied innermost first
 */
public record Condition(String name, List<WrapperSpec> wrappers) {

    public Condition {
        if (name == null || !name.matches("[A-Za-z0-9_.+\\-]+")) throw new IllegalArgumentException("condition name '" + name + "', expected letters, digits and _.+-");
        wrappers = List.copyOf(wrappers);
    }

    /** The unperturbed condition. */
    public static Condition nominal() {
        return new Condition("nominal", List.of());
    }
}
