package org.propamine.plasticity;

/**
 * A named slice of learnable numbers that a codec copies to and from a flat vector. The array is the live
 * storage of its owner (not a copy): writing into it changes the model; call the owner's {@code refresh()}
 * afterwards.
 *
 * @param name   dotted name for reports, e.g. {@code layers[0].alpha}
 * @param values the owner's array (length = number of parameters of the segment)
 */
public record ParameterSegment(String name, double[] values) {
    public ParameterSegment {
        if (name == null || values == null) throw new IllegalArgumentException("segment name and values are required");
    }

    public int length() {
        return values.length;
    }
}
