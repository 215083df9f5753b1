package org.propamine.agent.neuron;

/**
 * What a spike does to the membrane potential. {@link #SOFT}: subtract the threshold,
 * {@code v ← v − s·v_th} (keeps the excess, rate-coding friendly). {@link #HARD}: {@code v ← (1 − s)·v},
 * i.e. back to the resting potential 0.
 */
public enum ResetMechanism {
    SOFT,
    HARD;

    /** Parses {@code soft | hard} (case-insensitive); null when unknown. */
    public static ResetMechanism parse(String id) {
        for (ResetMechanism r : values()) if (r.name().equalsIgnoreCase(id)) return r;
        return null;
    }
}
