package org.propamine.plasticity;

/**
 * How many independent plasticity coefficients α a layer of {@code nPre × nPost} synapses learns.
 * Synapses are stored pre-major: synapse (pre j, post i) has flat index {@code j·nPost + i}.
 */
public enum CoefficientSharing {
    /** One α per synapse: {@code nPre·nPost} values, α index = synapse index. */
    PER_SYNAPSE,
    /** One α per post-synaptic neuron: {@code nPost} values, α index = i. */
    PER_POST,
    /** One α for the whole layer. */
    SHARED;

    /** Number of coefficients for a layer of the given size. */
    public int count(int nPre, int nPost) {
        return switch (this) {
            case PER_SYNAPSE -> nPre * nPost;
            case PER_POST -> nPost;
            case SHARED -> 1;
        };
    }

    /** Expands {@code coefficients} to one value per synapse into {@code dest} (length nPre·nPost). */
    public void expand(double[] coefficients, int nPre, int nPost, double[] dest) {
        switch (this) {
            case PER_SYNAPSE -> System.arraycopy(coefficients, 0, dest, 0, nPre * nPost);
            case PER_POST -> {
                for (int j = 0; j < nPre; j++) System.arraycopy(coefficients, 0, dest, j * nPost, nPost);
            }
            case SHARED -> java.util.Arrays.fill(dest, 0, nPre * nPost, coefficients[0]);
        }
    }

    /** Parses {@code per_synapse | per_post | shared} (case-insensitive); null when unknown. */
    public static CoefficientSharing parse(String id) {
        for (CoefficientSharing s : values()) {
            if (s.name().equalsIgnoreCase(id)) return s;
        }
        return null;
    }
}
