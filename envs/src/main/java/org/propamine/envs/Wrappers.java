package org.propamine.envs;

import java.util.Optional;

/** Typed access through a stack of wrappers (replaces Gymnasium's string-keyed attribute forwarding). */
public final class Wrappers {
    private Wrappers() {}

    /** The outermost env in the chain starting at {@code env} that is an instance of {@code type}. */
    public static <T> Optional<T> find(Env env, Class<T> type) {
        Env e = env;
        while (true) {
            if (type.isInstance(e)) return Optional.of(type.cast(e));
            if (e instanceof Wrapper w) {
                e = w.inner();
            } else {
                return Optional.empty();
            }
        }
    }

    /** Like {@link #find} but throws a clear error when absent. */
    public static <T> T require(Env env, Class<T> type) {
        return find(env, type).orElseThrow(() -> new IllegalArgumentException(
                "env " + env + " contains no " + type.getSimpleName()));
    }
}
