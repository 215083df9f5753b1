package org.propamine.trainer.bptt;

/**
 * Where each learnable block of a {@link PlasticNet} sits in its flat parameter vector. The order is stable
 * and documented (row-major, post-neuron first: {@code W[i·cols + j]} connects j → i):
 *
 * <ol>
 *   <li>{@code inputWeights}: {@code W_in} (N×I) for dense input, or N gains for one-to-one input</li>
 *   <li>{@code bias}: hidden bias b (N)</li>
 *   <li>{@code recurrent}: fixed recurrent weights W (N×N)</li>
 *   <li>{@code alpha}: plasticity coefficients α (N×N), plastic rules only</li>
 *   <li>{@code eta}: the rate's logit, η = σ(η_raw) (1), plastic rules only</li>
 *   <li>{@code coefficients}: A, B, C, D (4), ABCD only</li>
 *   <li>{@code modulator}: w_M (N) then b_M (1); with fan-out also f (N) then g (N); modulated only</li>
 *   <li>{@code etaE}: eligibility rate logit, η_E = σ(η_E,raw) (1), retroactive only</li>
 *   <li>{@code readout}: W_out (O×N) then b_out (O)</li>
 * </ol>
 * Absent blocks have offset −1.
 */
public record ParameterLayout(int inputWeights, int bias, int recurrent, int alpha, int eta, int coefficients,
                              int modulatorW, int modulatorB, int fanOutF, int fanOutG, int etaE, int readoutW,
                              int readoutB, int size) {

    /** The layout of {@code c}'s parameters. */
    public static ParameterLayout of(PlasticNetConfig c) {
        int n = c.hidden();
        int o = 0;
        int inputWeights = o;
        o += c.projection() == InputProjection.DENSE ? n * c.inputs() : n;
        int bias = o;
        o += n;
        int recurrent = o;
        o += n * n;
        int alpha = -1, eta = -1, coefficients = -1, mw = -1, mb = -1, ff = -1, fg = -1, etaE = -1;
        if (c.rule().plastic()) {
            alpha = o;
            o += n * n;
            eta = o++;
            if (c.rule().coefficientCount() > 0) {
                coefficients = o;
                o += c.rule().coefficientCount();
            }
            if (c.modulation().modulated()) {
                mw = o;
                o += n;
                mb = o++;
                if (c.fanOut()) {
                    ff = o;
                    o += n;
                    fg = o;
                    o += n;
                }
            }
            if (c.modulation() == Modulation.RETROACTIVE) etaE = o++;
        }
        int readoutW = o;
        o += c.outputs() * n;
        int readoutB = o;
        o += c.outputs();
        return new ParameterLayout(inputWeights, bias, recurrent, alpha, eta, coefficients, mw, mb, ff, fg, etaE,
                readoutW, readoutB, o);
    }
}
