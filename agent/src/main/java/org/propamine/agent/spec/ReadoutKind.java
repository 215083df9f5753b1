package org.propamine.agent.spec;

/** Decoder type: {@code leaky} (non-spiking leaky integrator then tanh) or {@code rate} (spike count of LIF outputs). */
public enum ReadoutKind {
    LEAKY("leaky"),
    RATE("rate");

    private final String id;

    ReadoutKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static ReadoutKind parse(String id) {
        for (ReadoutKind k : values()) if (k.id.equalsIgnoreCase(id)) return k;
        return null;
    }
}
