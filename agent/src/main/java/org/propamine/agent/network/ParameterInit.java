package org.propamine.agent.network;

import java.util.SplittableRandom;
import org.propamine.agent.spec.InitSpec;
import org.propamine.plasticity.ParameterSegment;
import org.propamine.plasticity.PlasticParameters;

/**
 * Draws a network's initial parameters from a seed (scaled Gaussians, {@link InitSpec}), in codec order with
 * one {@link SplittableRandom}{@code (seed)}, so the same seed gives bit-identical parameters:
 * <ul>
 *   <li>W (feed-forward) ~ N(0, (weight_gain/√in)²); W_rec ~ N(0, (recurrent_gain/√out)²); bias = init bias;</li>
 *   <li>α ~ N(0, alpha_std²); raw η, raw η_E at σ⁻¹ of the preset's η, η_E; rule constants at their defaults;</li>
 *   <li>modulator w_M ~ N(0, 1/out), b_M = 0, fan-out f = 1, g = 0;</li>
 *   <li>readout W ~ N(0, (readout_gain/√in)²), readout bias 0.</li>
 * </ul>
 */
public final class ParameterInit {
    private ParameterInit() {}

    /** Overwrites every parameter of {@code net} and refreshes derived values. */
    public static void initialise(SpikingNetwork net, long seed) {
        InitSpec init = net.spec().init();
        SplittableRandom rng = new SplittableRandom(seed);
        for (int l = 0; l < net.layerCount(); l++) {
            SpikingLayer layer = net.layer(l);
            gaussian(rng, layer.w, init.weightGain() / Math.sqrt(layer.in));
            gaussian(rng, layer.wRec, init.recurrentGain() / Math.sqrt(layer.out));
            java.util.Arrays.fill(layer.bias, init.bias());
        }
        for (int l = 0; l < net.layerCount(); l++) {
            PlasticParameters p = net.layer(l).plastic;
            PlasticParameters fresh = new PlasticParameters(p.config(), p.nPre(), p.nPost());
            copy(fresh, p);
            for (ParameterSegment s : p.alphaSegments("")) gaussian(rng, s.values(), init.alphaStd());
            for (ParameterSegment s : p.modulatorSegments("")) {
                if (s.name().equals("mod_w")) gaussian(rng, s.values(), 1 / Math.sqrt(p.nPost()));
            }
        }
        for (ParameterSegment s : net.decoder().segments()) {
            if (s.name().equals("readout.w")) {
                gaussian(rng, s.values(), init.readoutGain() / Math.sqrt(net.decoder().inputs()));
            } else {
                java.util.Arrays.fill(s.values(), 0);
            }
        }
        net.refresh();
    }

    /** Resets rates, rule constants and modulator of {@code dest} to the initial values held by {@code fresh}. */
    private static void copy(PlasticParameters fresh, PlasticParameters dest) {
        var a = fresh.rateSegments("");
        var b = dest.rateSegments("");
        for (int i = 0; i < a.size(); i++) System.arraycopy(a.get(i).values(), 0, b.get(i).values(), 0, a.get(i).length());
        a = fresh.ruleSegments("");
        b = dest.ruleSegments("");
        for (int i = 0; i < a.size(); i++) System.arraycopy(a.get(i).values(), 0, b.get(i).values(), 0, a.get(i).length());
        a = fresh.modulatorSegments("");
        b = dest.modulatorSegments("");
        for (int i = 0; i < a.size(); i++) System.arraycopy(a.get(i).values(), 0, b.get(i).values(), 0, a.get(i).length());
    }

    private static void gaussian(SplittableRandom rng, double[] dest, double std) {
        for (int i = 0; i < dest.length; i++) dest[i] = std * nextGaussian(rng);
    }

    /** Standard normal by Box–Muller on two uniforms (stable across JDK versions, unlike nextGaussian). */
    private static double nextGaussian(SplittableRandom rng) {
        double u1 = 1.0 - rng.nextDouble();
        double u2 = rng.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }
}
