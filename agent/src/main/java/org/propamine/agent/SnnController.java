package org.propamine.agent;

import org.propamine.agent.network.ParameterInit;
import org.propamine.agent.network.SpikingNetwork;
import org.propamine.agent.spec.NetworkSpec;

/**
 * The spiking controller as a {@link Policy}: each {@link #act} consumes one {@code K×C} raster produced by the
 * env's {@code SpikeEncoding} wrapper (row-major, K = substeps, C = inputs), runs the K SNN substeps and maps
 * the decoded value y ∈ [−1, 1] to the action box: {@code a = low + (y+1)/2·(high − low)} (identity for
 * the default box [−1, 1]). Parameters go through the {@link ControllerCodec}. {@link #reset(long)} clears the
 * episode state (the network is deterministic, the seed is unused). Allocates nothing per step.
 */
public final class SnnController implements Policy {
    private final SpikingNetwork network;
    private final ControllerCodec codec;
    private final double[] low;
    private final double[] high;
    private final double[] decoded;

    /** A controller with actions in [−1, 1]. */
    public SnnController(SpikingNetwork network) {
        this(network, filled(network.spec().readout().out(), -1), filled(network.spec().readout().out(), 1));
    }

    /** A controller whose actions are scaled to the finite box {@code [low, high]} (copied). */
    public SnnController(SpikingNetwork network, double[] low, double[] high) {
        int n = network.spec().readout().out();
        if (low.length != n || high.length != n) {
            throw new IllegalArgumentException("action bounds have " + low.length + "/" + high.length + " elements, the readout has " + n);
        }
        for (int i = 0; i < n; i++) {
            if (!(Double.isFinite(low[i]) && Double.isFinite(high[i]) && low[i] < high[i])) {
                throw new IllegalArgumentException("action bound " + i + " = [" + low[i] + ", " + high[i] + "]: expected finite low < high");
            }
        }
        this.network = network;
        this.codec = new ControllerCodec(network);
        this.low = low.clone();
        this.high = high.clone();
        this.decoded = new double[n];
    }

    /** A controller for {@code spec} with parameters initialised from {@code seed} ({@link ParameterInit}). */
    public static SnnController create(NetworkSpec spec, long seed) {
        SpikingNetwork net = new SpikingNetwork(spec);
        ParameterInit.initialise(net, seed);
        return new SnnController(net);
    }

    public SpikingNetwork network() {
        return network;
    }

    public ControllerCodec codec() {
        return codec;
    }

    @Override
    public int parameterCount() {
        return codec.length();
    }

    @Override
    public void setParameters(double[] params) {
        codec.decode(params);
    }

    @Override
    public void getParameters(double[] dest) {
        codec.encode(dest);
    }

    @Override
    public void reset(long seed) {
        network.reset();
    }

    @Override
    public void act(double[] observation, double[] action) {
        int expected = network.spec().rasterSize();
        if (observation.length != expected) {
            throw new IllegalArgumentException("observation has " + observation.length + " values, the controller expects a "
                    + network.spec().substeps() + "x" + network.spec().inputs() + " raster (" + expected + ")");
        }
        network.envStep(observation, decoded);
        for (int i = 0; i < decoded.length; i++) action[i] = low[i] + 0.5 * (decoded[i] + 1) * (high[i] - low[i]);
    }

    private static double[] filled(int n, double v) {
        double[] a = new double[n];
        java.util.Arrays.fill(a, v);
        return a;
    }
}
