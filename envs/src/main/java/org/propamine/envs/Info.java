package org.propamine.envs;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Named scalar diagnostics of one step (Gymnasium's {@code info} dict, restricted to numbers so the
 * per-step path allocates nothing): reward terms, {@code distance} walked, counters such as
 * {@code clipped_actions}, flags such as {@code physics_diverged} (1 = true).
 *
 * <p>Keys are meant to be string constants; after the first step of an episode every key has a slot
 * and {@link #put} does not allocate. Owned and reused by the env that returns it.
 */
public final class Info {
    private String[] keys = new String[16];
    private double[] values = new double[16];
    private int size;

    /** Sets {@code key} to {@code value}, adding the key if new. */
    public Info put(String key, double value) {
        int i = indexOf(key);
        if (i < 0) {
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            keys[size] = key;
            i = size++;
        }
        values[i] = value;
        return this;
    }

    /** The value of {@code key}, or {@code fallback} when absent. */
    public double get(String key, double fallback) {
        int i = indexOf(key);
        return i < 0 ? fallback : values[i];
    }

    /** The value of {@code key}; throws when absent. */
    public double get(String key) {
        int i = indexOf(key);
        if (i < 0) throw new IllegalArgumentException("info has no key '" + key + "' (keys: " + asMap().keySet() + ")");
        return values[i];
    }

    public boolean has(String key) {
        return indexOf(key) >= 0;
    }

    /** Removes every entry (keeps the capacity). */
    public void clear() {
        Arrays.fill(keys, 0, size, null);
        size = 0;
    }

    /** Copies all entries of {@code other} into this one. */
    public void putAll(Info other) {
        for (int i = 0; i < other.size; i++) put(other.keys[i], other.values[i]);
    }

    /** A snapshot as an ordered map (allocates; for logging and tests). */
    public Map<String, Double> asMap() {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < size; i++) m.put(keys[i], values[i]);
        return m;
    }

    private int indexOf(String key) {
        for (int i = 0; i < size; i++) {
            if (keys[i] == key) return i;
        }
        for (int i = 0; i < size; i++) {
            if (keys[i].equals(key)) return i;
        }
        return -1;
    }

    @Override
    public String toString() {
        return asMap().toString();
    }
}
