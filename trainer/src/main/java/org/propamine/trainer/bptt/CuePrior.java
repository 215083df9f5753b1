package org.propamine.trainer.bptt;

import org.propamine.agent.spec.LayerSpec;
import org.propamine.agent.spec.NetworkSpec;
import org.propamine.plasticity.LowPassTrace;

/**
 * Structural prior of the CueReward network (inputs: {@code B} signed cue bits, then prompt, reward, answer
 * "present", answer "absent"; see {@code MergeSignChannels} and {@code CueRewardEnv}; trials of
 * {@value #TRIAL_STEPS} steps: cue A on phases 0–1, cue B on 2–3, response on 4, feedback on 5). It overwrites
 * the seeded initial parameters of the first {@value #NEURONS} hidden neurons (input and recurrent weights into
 * them, bias, α, readout, modulator weights), the same for every rule:
 * <pre>
 *   0      starter: bias g, self −10: spikes on step 0 only
 *   1      on-latch: driven by the starter, then by itself; inhibits the starter for the rest of the episode
 *   2–7    clock ring c0..c5: c_k → c_(k+1 mod 6), the starter kicks c1, so c_k spikes exactly on phase k
 *   8      A, the decision: rest −6, input 4 from R's spikes, c2 lifts it on phase 3 (c3 then inhibits it): it
 *          spikes there iff R's recent spikes, leaky-summed, reach answerThreshold (an R spike on phase 2 counts
 *          2.6, phase 1 1.6, phase 0 1.0, the feedback step before 0.6)
 *   9      A', A's copy (input 2g): spikes on the response step iff A did; the readout reads only A' (weight
 *          answerReadout, bias −answerReadout·(1−e^(−Δt/τ_r))/2), so A' IS the network's answer
 *   10–13  outcome neurons on the feedback step (gated by c4 with clockGain): held = (A' ∧ r) or (¬A' ∧ ¬r),
 *          not held = (¬A' ∧ r) or (A' ∧ ¬r), from A''s spike (answerGain) and the reward channel r (rewardGain,
 *          split at r = ½); bias θ − (1−β)(clockGain + need) puts each threshold half-way between its cases
 *   14–17  one-step-delayed copies of 10–13
 *   18     R, the learner: c4 drives it (2g) on every feedback step; its cue synapses have W = 0, α = alpha
 *   modulator  M = tanh(k·[y10 + y11 − y12 − y13 − d·(y14 + y15 − y16 − y17)]),  b_M = 0, other w_M = 0
 * </pre>
 * with g = 1.2·θ/(1−β) the input that fires a LIF neuron from rest in one step (β = e^(−Δt/τ_mem), θ = v_th) and
 * d the post-trace decay per step (τ_post, {@code post_trace_tau}). The delayed copies cancel the decaying tail of the outcome neurons' post traces, so
 * M is ±tanh(k·(1−d)) on the feedback step — + when the pair held the target, − when not — and exactly 0 on
 * every other step. A neuromodulated trace of R then adds, once per trial, M·η·y_R·x_j: the still-decaying pre
 * traces of the trial's cues, signed by whether the target was among them, so the target's bits come to drive R
 * when it is shown again, R spikes, and A answers "present".
 *
 * <p>Why the clock, A and A' (noise, SPEC §3): the env's reward, answer and prompt channels carry the same
 * current noise σ and spurious spikes as the cues. Outcome neurons driven by those channels alone mis-fire between
 * feedback steps (a modulator pulse at the wrong time writes the next trial's cues into the traces) and read the
 * answer from two noisy channels. The ring makes the timing noise-free (its neurons have no env input), and A' is
 * the network's own answer, known exactly inside the network, so only the reward channel is left noisy
 * (σ 0.5 and 5 % spurious spikes: about 1 feedback in 5 mislabelled, see {@code CuePriorTest}). A decides one
 * step early and A' copies it because A' is driven far above threshold: its flat surrogate derivative cuts the
 * gradient loop R → A → outcome → M → trace → R, which otherwise multiplies REINFORCE gradients to norms of 10⁸
 * when A, the outcome neurons and R sit near threshold together (measured). The cost: R's spikes on phase 3 (the
 * second step of cue B) do not reach the decision.
 *
 * <p>Rules without a modulator get the same wiring, but a two-factor trace of R grows on every feedback step
 * whatever the outcome, and the non-plastic network has no trace at all: neither can tell the cues apart. (A
 * learner gated by the outcome does not rescue the two-factor rules either: with τ_post = τ_pre its post trace
 * outlasts the feedback step and writes the next trial's cues with about the weight of the trial's own; with a
 * short {@code post_trace_tau} that is gone, but each of the learner's recall spikes on a cue step writes that cue,
 * so it comes to fire for non-targets too; see the README, "Temporal tasks".)
 *
 * @param alpha plasticity coefficient α of R's cue synapses (finite, default 20)
 * @param rewardGain weight of the reward channel on the outcome neurons (> 0, default 4)
 * @param answerGain weight of A''s spike on the outcome neurons (> rewardGain, default 8: reward noise must not
 *     stand in for the answer)
 * @param clockGain weight of c4 on the outcome neurons (> 0, default 12): their bias is this much lower, so they
 *     cannot fire between feedback steps
 * @param answerThreshold R charge on A that makes the network answer "present" (> 0, default 1.7: an R spike on
 *     phase 1 or 2 is enough; one on phase 0, which R's charge left from the feedback step alone can cause, is not)
 * @param answerReadout readout weight of A' (> 0, default 4; the readout is then ±answerReadout·(1−e^(−Δt/τ_r))/2)
 * @param modGain modulator gain k (finite, default 5)
 */
public record CuePrior(double alpha, double rewardGain, double answerGain, double clockGain, double answerThreshold,
                       double answerReadout, double modGain) implements StructuralPrior {
    /** Number of hidden neurons the prior sets (0..18). */
    public static final int NEURONS = 19;
    /** Steps per trial the clock assumes (two cues of two steps, response, feedback: CueReward's default). */
    public static final int TRIAL_STEPS = 6;
    static final int STARTER = 0, LATCH = 1, CLOCK = 2, ANSWER = 8, ANSWER_COPY = 9, OUTCOME = 10, DELAYED = 14,
            LEARNER = 18;
    /** Rest potential of A below zero, in units of v_th (R's spikes alone, every step, charge it by at most 4). */
    static final double ANSWER_REST = 6;
    /** Weight of an R spike on A, in units of v_th. */
    static final double ANSWER_INPUT = 4;
    private static final double INHIBIT = -10;

    public CuePrior {
        finite("alpha", alpha);
        positive("rewardGain", rewardGain);
        positive("answerGain", answerGain);
        if (!(answerGain > rewardGain)) {
            throw new IllegalArgumentException("cuePrior.answerGain is " + answerGain + ", expected > rewardGain (" + rewardGain + ")");
        }
        positive("clockGain", clockGain);
        positive("answerThreshold", answerThreshold);
        positive("answerReadout", answerReadout);
        finite("modGain", modGain);
    }

    /** The prior of the C1 experiment: α 20, reward gain 4, answer gain 8, clock gain 12, threshold 1.7, readout 4, k 5. */
    public static CuePrior defaults() {
        return new CuePrior(20, 4, 8, 12, 1.7, 4, 5);
    }

    @Override
    public void apply(NetworkSpec spec, SnnLayout layout, double[] params) {
        LayerSpec layer = spec.layers().get(0);
        int in = layer.in();
        int hidden = layer.out();
        int bits = in - 4;
        if (bits < 1 || hidden < NEURONS || spec.readout().out() != 1 || layout.wRec[0] < 0) {
            throw new IllegalArgumentException("cue prior: network " + spec.name() + " has " + in + " inputs, " + hidden
                    + " hidden and " + spec.readout().out() + " outputs; expected >= 5 inputs (cue bits + 4), >= " + NEURONS
                    + " recurrent hidden neurons, 1 output");
        }
        if (layout.alpha[0] >= 0 && layer.plasticity().alphaSharing().count(in, hidden) != in * hidden) {
            throw new IllegalArgumentException("cue prior: network " + spec.name() + " needs one α per synapse");
        }
        double beta = layer.neuron().beta(), theta = layer.neuron().vTh(), open = 1 - beta;
        double g = 1.2 * theta / open;
        Wiring w = new Wiring(params, layout, hidden);
        w.clear(in);
        // clock: the starter fires on step 0 only, the latch keeps it silent, the ring carries the phase
        w.bias(STARTER, g);
        w.rec(STARTER, STARTER, INHIBIT * theta);
        w.rec(STARTER, LATCH, g);
        w.rec(LATCH, LATCH, g);
        w.rec(LATCH, STARTER, INHIBIT * theta);
        w.rec(STARTER, CLOCK + 1, g);
        for (int k = 0; k < TRIAL_STEPS; k++) w.rec(CLOCK + k, CLOCK + (k + 1) % TRIAL_STEPS, g);
        // answer A: on the step before the response step it fires iff β·(charge − threshold) + (1−β)·input(R at
        // t−1) ≥ 0; its copy A' repeats it on the response step (the readout's answer) with a flat surrogate
        double rest = ANSWER_REST * theta;
        w.bias(ANSWER, -rest);
        w.rec(LEARNER, ANSWER, ANSWER_INPUT * theta);
        w.rec(CLOCK + 2, ANSWER, (theta + rest - beta * answerThreshold * theta) / open);
        w.rec(CLOCK + 3, ANSWER, -2 * g);
        w.rec(ANSWER, ANSWER_COPY, 2 * g);
        // outcome neurons on the feedback step (gated by c4): held = (A' ∧ r) or (¬A' ∧ ¬r), from A''s spike and
        // the reward channel r (split at r = ½); each threshold half-way between its cases
        int reward = bits + 1;
        double[] sA = {1, -1, -1, 1}, sR = {1, -1, 1, -1};
        for (int type = 0; type < 4; type++) {
            int n = OUTCOME + type;
            double need = (sA[type] > 0 ? answerGain : 0) + 0.5 * rewardGain * sR[type];
            w.in(reward, n, sR[type] * rewardGain);
            w.rec(ANSWER_COPY, n, sA[type] * answerGain);
            w.rec(CLOCK + 4, n, clockGain);
            w.bias(n, theta - open * (clockGain + need));
            w.rec(n, n, -2 * g);   // one spike per feedback: a strong noisy input would leave charge for a second
            w.rec(n, DELAYED + type, g);
        }
        // learner R: spikes on every feedback step (twice the one-step input: it stays charged into the next cue)
        w.rec(CLOCK + 4, LEARNER, 2 * g);
        if (layout.alpha[0] >= 0) {
            for (int i = 0; i < NEURONS; i++) {
                for (int j = 0; j < in; j++) params[layout.alpha[0] + j * hidden + i] = i == LEARNER && j < bits ? alpha : 0;
            }
        }
        for (int j = 0; j < hidden; j++) params[layout.readoutW + j] = j == ANSWER_COPY ? answerReadout : 0;
        params[layout.readoutB] = -answerReadout * (1 - Math.exp(-spec.dt() / spec.readout().tau())) / 2;
        if (layout.modW[0] >= 0) {
            double d = LowPassTrace.decay(spec.dt(), spec.postTraceTau());   // M reads the post traces
            double[] sign = {1, 1, -1, -1};
            for (int i = 0; i < hidden; i++) params[layout.modW[0] + i] = 0;
            for (int type = 0; type < 4; type++) {
                params[layout.modW[0] + OUTCOME + type] = sign[type] * modGain;
                params[layout.modW[0] + DELAYED + type] = -d * sign[type] * modGain;
            }
            params[layout.modB[0]] = 0;
        }
    }

    /**
     * Freezes the fixed circuitry: every input, recurrent, bias and α parameter into neurons 0..17 (clock, A, A',
     * outcome neurons and their copies). Trained, they only drift (the clock has nothing to learn), and their
     * near-threshold steps multiply REINFORCE gradients (measured: norms of 10⁶ on the clock's biases after ~200
     * steps, nm-hebbian seed 1). The learner R, the readout, η and the modulator weights stay trainable.
     */
    @Override
    public void freeze(NetworkSpec spec, SnnLayout layout, boolean[] frozen) {
        int in = spec.layers().get(0).in();
        int hidden = spec.layers().get(0).out();
        for (int i = 0; i < LEARNER; i++) {
            for (int j = 0; j < in; j++) {
                frozen[layout.w[0] + j * hidden + i] = true;
                if (layout.alpha[0] >= 0) frozen[layout.alpha[0] + j * hidden + i] = true;
            }
            for (int r = 0; r < hidden; r++) frozen[layout.wRec[0] + r * hidden + i] = true;
            frozen[layout.bias[0] + i] = true;
        }
    }

    /** Writes into the first {@link #NEURONS} hidden neurons of layer 0 (codec order, see {@link SnnLayout}). */
    private record Wiring(double[] p, SnnLayout layout, int hidden) {
        void clear(int in) {
            for (int i = 0; i < NEURONS; i++) {
                for (int j = 0; j < in; j++) p[layout.w[0] + j * hidden + i] = 0;
                for (int r = 0; r < hidden; r++) p[layout.wRec[0] + r * hidden + i] = 0;
                p[layout.bias[0] + i] = 0;
            }
        }

        void in(int channel, int to, double v) {
            p[layout.w[0] + channel * hidden + to] = v;
        }

        void rec(int from, int to, double v) {
            p[layout.wRec[0] + from * hidden + to] = v;
        }

        void bias(int n, double v) {
            p[layout.bias[0] + n] = v;
        }
    }

    private static void finite(String field, double v) {
        if (!Double.isFinite(v)) throw new IllegalArgumentException("cuePrior." + field + " is " + v + ", expected a finite number");
    }

    private static void positive(String field, double v) {
        if (!(v > 0) || !Double.isFinite(v)) throw new IllegalArgumentException("cuePrior." + field + " is " + v + ", expected a finite value > 0");
    }
}
