package org.propamine.envs.encoding;

import org.propamine.envs.Box;
import org.propamine.envs.Env;
import org.propamine.envs.ObservationWrapper;

/**
 * Observation wrapper that encodes each observation of the wrapped env as a {@code K×C} raster of currents or
 * spikes ({@link SpikeEncoder}): the observation space becomes a {@link Box} of shape {@code {K, C}}
 * (row-major: element {@code k·C + c} is channel c in substep k) with the encoder's value bounds. The encoder
 * is reset with the episode's reset seed, so encoding is deterministic per seed. Allocates nothing per step.
 */
public final class SpikeEncoding extends ObservationWrapper {
    private final SpikeEncoder encoder;
    private final Box space;

    public SpikeEncoding(Env env, SpikeEncoder encoder) {
        super(env);
        if (encoder.dims() != env.observationSpace().size()) {
            throw new IllegalArgumentException("SpikeEncoding: encoder expects " + encoder.dims() + " observation values, the env gives "
                    + env.observationSpace().size());
        }
        this.encoder = encoder;
        this.space = Box.uniform(encoder.min(), encoder.max(), encoder.substeps(), encoder.channels());
    }

    /** Wraps {@code env} with the encoder {@code type} from {@link Encoders}. */
    public static SpikeEncoding of(Env env, String type, int substeps, boolean split, java.util.Map<String, Double> args) {
        return new SpikeEncoding(env, Encoders.create(type, env.observationSpace(), substeps, split, args));
    }

    public SpikeEncoder encoder() {
        return encoder;
    }

    @Override
    public Box observationSpace() {
        return space;
    }

    @Override
    protected void onReset(long seed) {
        encoder.reset(seed);
    }

    @Override
    protected void observation(double[] in, double[] out) {
        encoder.encode(in, out);
    }
}
