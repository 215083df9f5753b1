package org.propamine.cli.play;

import org.propamine.agent.Policy;
import org.propamine.agent.SnnController;
import org.propamine.agent.network.SpikingLayer;
import org.propamine.agent.network.SpikingNetwork;
import org.propamine.render.playback.EnvPlaybackSource.NeuralActivity;

/**
 * The viewer overlays of a {@link SnnController}: the spike raster shows the spikes of every layer's last
 * substep (layer 0 first), the heat map the plastic trace H of the first layer as a post × pre matrix,
 * {@code dest[i][j] = H_ji} (post i, pre j). H is stored pre-major, {@code h[j·out + i]} (see
 * {@code SpikingLayer} and {@code PlasticState}); the network syncs that flat view after every env step. A
 * non-plastic first layer gives an all-zero map. Reads the live arrays, allocates nothing.
 */
public final class SnnActivity implements NeuralActivity {

    private final SpikingLayer[] layers;
    private final SpikingLayer first;

    public SnnActivity(SpikingNetwork network) {
        if (network.layerCount() == 0) {
            throw new IllegalArgumentException("the network has no layers");
        }
        layers = new SpikingLayer[network.layerCount()];
        for (int l = 0; l < layers.length; l++) {
            layers[l] = network.layer(l);
        }
        first = layers[0];
    }

    /** The activity of {@code policy} if it is a spiking controller, else null (no overlays). */
    public static SnnActivity of(Policy policy) {
        return policy instanceof SnnController c ? new SnnActivity(c.network()) : null;
    }

    @Override
    public int neuronCount() {
        int n = 0;
        for (SpikingLayer l : layers) {
            n += l.spikes().length;
        }
        return n;
    }

    @Override
    public void spikes(double[] dest) {
        int k = 0;
        for (SpikingLayer l : layers) {
            double[] s = l.spikes();
            System.arraycopy(s, 0, dest, k, s.length);
            k += s.length;
        }
    }

    /** Post-synaptic neurons of the first layer. */
    @Override
    public int traceRows() {
        return first.spec().out();
    }

    /** Pre-synaptic inputs of the first layer. */
    @Override
    public int traceColumns() {
        return first.spec().in();
    }

    /** {@code dest[i][j] = h[j·out + i]} for post i < out, pre j < in (zeros when the layer is not plastic). */
    @Override
    public void trace(double[][] dest) {
        double[] h = first.plasticState().h();
        int out = traceRows();
        int in = traceColumns();
        for (int i = 0; i < out; i++) {
            double[] row = dest[i];
            if (h.length == 0) {
                java.util.Arrays.fill(row, 0, in, 0);
                continue;
            }
            for (int j = 0; j < in; j++) {
                row[j] = h[j * out + i];
            }
        }
    }
}
