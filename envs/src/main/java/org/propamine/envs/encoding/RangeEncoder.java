package org.propamine.envs.encoding;

/**
 * What the encoders share: the observation {@link InputRange} (dims = its dimensions), the substep count K
 * (&ge; 1, checked here first) and the optional ± split. With the split, dimension d owns channels 2d (positive
 * part) and 2d+1 (negative part), so {@link #channels()} = 2·dims; without it, channel d = dimension d.
 * {@link #signed} writes one signed value in that layout. Encoders with another channel layout (population
 * coding) pass {@code split = false} and override {@link #channels()}.
 */
abstract class RangeEncoder implements SpikeEncoder {
    final InputRange range;
    final int substeps;
    final boolean split;

    RangeEncoder(InputRange range, int substeps, boolean split) {
        Encoders.checkSubsteps(substeps);
        this.range = range;
        this.substeps = substeps;
        this.split = split;
    }

    @Override
    public final int dims() {
        return range.dims();
    }

    @Override
    public final int substeps() {
        return substeps;
    }

    @Override
    public int channels() {
        return split ? 2 * range.dims() : range.dims();
    }

    /**
     * Writes value {@code x} of dimension d into {@code dest}: with the split {@code dest[2d] = max(x, 0)} and
     * {@code dest[2d+1] = max(−x, 0)} (both &ge; 0; a sign is carried by which channel is active), else
     * {@code dest[d] = x}.
     */
    final void signed(double x, double[] dest, int d) {
        if (split) {
            dest[2 * d] = x > 0 ? x : 0;
            dest[2 * d + 1] = x < 0 ? -x : 0;
        } else {
            dest[d] = x;
        }
    }
}
