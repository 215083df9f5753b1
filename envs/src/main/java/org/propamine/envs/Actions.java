package org.propamine.envs;

/** Checks shared by every env's {@code step}: shape and NaN rejection of actions. */
public final class Actions {
    private Actions() {}

    /** Throws {@link IllegalArgumentException} naming the first NaN/infinite element of {@code action}. */
    public static void requireFinite(double[] action) {
        if (action == null) throw new IllegalArgumentException("action is null");
        for (int i = 0; i < action.length; i++) {
            if (!Double.isFinite(action[i])) {
                throw new IllegalArgumentException("action[" + i + "] is " + action[i] + ", expected a finite number");
            }
        }
    }

    /** Throws when {@code action} does not have {@code space.size()} elements or is not finite. */
    public static void validate(double[] action, Box space) {
        if (action == null || action.length != space.size()) {
            throw new IllegalArgumentException("action has " + (action == null ? "no" : action.length)
                    + " elements, expected " + space.size());
        }
        requireFinite(action);
    }
}
