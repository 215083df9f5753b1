package org.propamine.agent.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.propamine.agent.SnnController;
import org.propamine.agent.spec.NetworkSpec;
import org.propamine.agent.spec.NetworkSpecs;

/**
 * The layer's input currents, computed on its per-row working copies of W, α and H, have the same bits as
 * {@code I_i = b_i + Σ_j u_j (W_ji + α_ji H_ji) + Σ_r W_rec,ri s_r} summed in ascending j then r from the public
 * flat arrays (weights, α per synapse, the H view before the substep, last substep's spikes). Parameters come in
 * through the codec, so a stale row copy after {@code setParameters} would fail the comparison.
 */
class SpikingLayerCurrentsTest {

    @Test
    void currentsMatchTheFlatFormulaBitForBit() {
        for (String preset : new String[] {"tiny-snn", "ant-snn", "ant-snn-static"}) {
            NetworkSpec spec = NetworkSpecs.preset(preset);
            SnnController c = SnnController.create(spec, 8);
            SplittableRandom rng = new SplittableRandom(21);
            double[] params = new double[c.parameterCount()];
            c.getParameters(params);
            for (int k = 0; k < params.length; k++) params[k] *= rng.nextDouble(0.5, 1.5);
            c.setParameters(params);
            c.reset(0);
            SpikingNetwork net = c.network();
            double[] raster = new double[spec.rasterSize()];
            int rows = 0;
            for (int t = 0; t < 40; t++) {
                for (int k = 0; k < raster.length; k++) raster[k] = rng.nextDouble() < 0.5 ? 0 : rng.nextDouble(-1, 2);
                for (int k = 0; k < spec.substeps(); k++) {
                    double[][] expected = new double[net.layerCount()][];
                    double[][] spikesBefore = new double[net.layerCount()][];
                    double[][] hBefore = new double[net.layerCount()][];
                    for (int l = 0; l < net.layerCount(); l++) {
                        spikesBefore[l] = net.layer(l).spikes().clone();
                        hBefore[l] = net.layer(l).plasticState().h().clone();
                    }
                    net.substep(raster, k);
                    double[] u = java.util.Arrays.copyOfRange(raster, k * spec.inputs(), (k + 1) * spec.inputs());
                    for (int l = 0; l < net.layerCount(); l++) {
                        SpikingLayer layer = net.layer(l);
                        expected[l] = flatCurrents(layer, u, hBefore[l], spikesBefore[l]);
                        assertArrayEquals(bits(expected[l]), bits(layer.currents()), preset + " step " + t + " substep " + k + " layer " + l);
                        for (double uj : u) if (uj != 0) rows++;
                        u = layer.spikes();
                    }
                }
            }
            assertTrue(rows > 100, preset + ": active rows exercised");
        }
    }

    private static double[] flatCurrents(SpikingLayer layer, double[] u, double[] h, double[] spikesBefore) {
        int in = layer.spec().in(), out = layer.spec().out();
        double[] w = layer.weights(), alpha = layer.plasticParameters().alphaPerSynapse(), wRec = layer.recurrentWeights();
        double[] cur = layer.biases().clone();
        for (int j = 0; j < in; j++) {
            if (u[j] == 0) continue;
            for (int i = 0; i < out; i++) {
                int k = j * out + i;
                cur[i] += h.length > 0 ? u[j] * (w[k] + alpha[k] * h[k]) : u[j] * w[k];
            }
        }
        if (wRec.length > 0) {
            for (int r = 0; r < out; r++) {
                if (spikesBefore[r] == 0) continue;
                for (int i = 0; i < out; i++) cur[i] += wRec[r * out + i];
            }
        }
        return cur;
    }

    private static long[] bits(double[] a) {
        long[] b = new long[a.length];
        for (int k = 0; k < a.length; k++) b[k] = Double.doubleToRawLongBits(a[k]);
        return b;
    }
}
