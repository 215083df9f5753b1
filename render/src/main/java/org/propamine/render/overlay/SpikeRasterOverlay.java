package org.propamine.render.overlay;

import java.nio.ByteBuffer;

/**
 * Spike raster of the most recent steps: one row per neuron (top = neuron 0), one column per step, newest on the
 * right. A cell is lit when the neuron's value that step was &gt; 0 (spike count or binary spike). Steps are kept
 * in a preallocated ring buffer of {@code history} columns.
 */
public final class SpikeRasterOverlay extends ImageOverlay {
    private static final int BACKGROUND = 0x14181E;
    private static final int SPIKE = 0xFFE680;

    private final boolean[] ring;
    private final int neurons;
    private final int history;
    private final StringBuilder label = new StringBuilder(48);
    private int newest = -1;
    private int filled;
    private long steps;

    /**
     * @param neurons rows (1..4096)
     * @param history columns = recent steps shown (1..4096, default 200)
     */
    public SpikeRasterOverlay(int neurons, int history) {
        super(checked(history, "history"), checked(neurons, "neurons"));
        this.neurons = neurons;
        this.history = history;
        this.ring = new boolean[neurons * history];
    }

    private static int checked(int n, String what) {
        if (n < 1 || n > 4096) {
            throw new IllegalArgumentException("spike raster " + what + " must be 1..4096, got " + n);
        }
        return n;
    }

    /** Appends one step; {@code spikes} holds at least {@code neurons} values, those &gt; 0 count as spikes. */
    public void push(double[] spikes) {
        if (spikes.length < neurons) {
            throw new IllegalArgumentException("spike vector has " + spikes.length + " values, raster expects " + neurons);
        }
        newest = (newest + 1) % history;
        int o = newest * neurons;
        for (int n = 0; n < neurons; n++) {
            ring[o + n] = spikes[n] > 0;
        }
        filled = Math.min(filled + 1, history);
        steps++;
        invalidate();
    }

    /** Forgets all steps (episode reset). */
    public void clear() {
        newest = -1;
        filled = 0;
        steps = 0;
        invalidate();
    }

    @Override
    protected void fillTexels(ByteBuffer dest) {
        for (int column = 0; column < history; column++) {
            int age = history - 1 - column; // 0 = newest, drawn in the right-most column
            boolean present = age < filled;
            int slot = ((newest - age) % history + history) % history;
            for (int n = 0; n < neurons; n++) {
                boolean spike = present && ring[slot * neurons + n];
                put(dest, n * history + column, spike ? SPIKE : BACKGROUND);
            }
        }
    }

    @Override
    protected CharSequence label() {
        label.setLength(0);
        return label.append("spikes: ").append(neurons).append(" neurons, last ").append(filled).append(" steps");
    }

    /** Steps pushed since construction or {@link #clear()}. */
    public long steps() {
        return steps;
    }
}
