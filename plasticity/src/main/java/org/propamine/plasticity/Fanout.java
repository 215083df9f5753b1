package org.propamine.plasticity;

/**
 * How the layer's scalar neuromodulator M reaches each post-synaptic neuron i.
 * {@link #GLOBAL}: {@code M_i = M}. {@link #PER_POST}: {@code M_i = f_i·M + g_i} with learnable
 * f (initialised to 1) and g (initialised to 0), one pair per post-neuron.
 */
public enum Fanout {
    GLOBAL,
    PER_POST;

    /** Parses {@code global | per_post} (case-insensitive); null when unknown. */
    public static Fanout parse(String id) {
        for (Fanout f : values()) {
            if (f.name().equalsIgnoreCase(id)) return f;
        }
        return null;
    }
}
