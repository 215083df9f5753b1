package org.propamine.agent.neuron;

/** Neuron model of a layer: {@code lif} ({@link Lif}) or {@code alif} ({@link AdaptiveLif}). */
public enum NeuronModel {
    LIF("lif"),
    ADAPTIVE_LIF("alif");

    private final String id;

    NeuronModel(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** Parses the id; null when unknown. */
    public static NeuronModel parse(String id) {
        for (NeuronModel m : values()) if (m.id.equalsIgnoreCase(id)) return m;
        return null;
    }
}
