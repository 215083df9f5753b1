package org.propamine.trainer.bptt;

import org.propamine.agent.spec.LayerSpec;
import org.propamine.agent.spec.NetworkSpec;
import org.propamine.plasticity.LowPassTrace;

/**
 * Structural prior of the CueReward network (inputs: {@code B} signed cue bits, then prompt, reward, answer
 * "present", answer "absent"; see {@code MergeSignChannels} and {@code CueRewardEnv}; trials of
 * {@value #TRIAL_STEPS} steps: cue A on phases 0–1, cue B on 2–3, response on 4, feedback on 5). It overwrites
 * the seeded initial parameters of the first {@value #NEURONS} hidden neurons (input and recurrent weights into
 * them, bias, α, readout, modulator weights), the same for every rule. The learner D stores the <em>distractors</em>:
 * the cues of pairs that did not hold the target.
 * <pre>
 *   0      starter: bias g, self −10: spikes on step 0 only
 *   1      on-latch: driven by the starter, then by itself; inhibits the starter for the rest of the episode
 *   2–7    clock ring c0..c5: c_k → c_(k+1 mod 6), the starter kicks c1, so c_k spikes exactly on phase k
 *   14     D, the learner: cue synapses W = 0, α = alpha. Retrieval on the even phases 0 and 2 (the first step of
 *          each cue; lift recallLift from c5 and c1): D spikes iff its plastic current α·H·u recalls the cue.
 *          Blocked on the odd phases 1 and 3 (−gate from c0, c2). Teacher on phase 5 (c4): D spikes iff the network
 *          answered "present" (A' silent) and the reward channel r is below ½ (−rewardInhibit·r): the pair held two
 *          distractors
 *   8      RECALLED_A: D on phase 0 and c0 coincide, so it spikes on phase 1 iff D recalled cue A
 *   9      HOLD_A: its copy on phase 2
 *   10     A, "absent": HOLD_A and D on phase 2 coincide, so it spikes on phase 3 iff both cues were recalled
 *   11     A', A's copy on the response step, the network's answer: the readout reads only A' (weight
 *          −answerReadout, bias +answerReadout·(1−e^(−Δt/τ_r))/2), so the action is "absent" iff A' spikes
 *   12     T, the outcome neuron: on the feedback step (gated by c4 with clockGain) it spikes iff A' did not and
 *          r &lt; ½ (rewardGain, answerGain); bias θ − (1−β)(clockGain − need) puts its threshold half-way
 *   13     T', T's one-step-delayed copy
 *   modulator  M = tanh(k·(y_T − d·y_T')), b_M = 0, other w_M = 0
 * </pre>
 * with g = 1.2·θ/(1−β) the input that fires a LIF neuron from rest in one step (β = e^(−Δt/τ_mem), θ = v_th) and
 * d the post-trace decay per step ({@code post_trace_tau}); T' cancels T's post-trace tail, so M is tanh(k·(1−d))
 * on the feedback step of a pair of distractors answered "present" and exactly 0 on every other step.
 *
 * <p>The network this prior is meant for ({@code TemporalExperiment}) has short membranes (τ_mem 5 ms: a neuron
 * keeps 13.5 % of its potential from one 10 ms step to the next, so the coincidence neurons above are one-step
 * logic gates), a hard reset, post traces of 2 ms and {@code plasticity_interval} 2: the traces change on the odd
 * steps only — the phases 1, 3, 5 — and D retrieves on the even ones. So a retrieval spike leaves a post trace of
 * e^(−5) ≈ 0.7 % at the next plastic step and the rule's x·y comes from the feedback step alone: encoding and
 * retrieval happen in separate phases, as Hasselmo et al. (2002) proposed for the hippocampal theta rhythm. This
 * is what lets a two-factor rule (Hebbian, Oja, BCM) learn here: with plasticity on every step each of D's
 * retrieval spikes writes the cue it retrieves, D comes to fire for the target too and stays at chance (measured:
 * 9.7–10.3 of 20 before this prior, README "Temporal tasks"). A neuromodulated rule writes only where M ≠ 0,
 * on the feedback step. The schedule is fixed, the same for every rule and carries no information about the
 * trial's outcome; the outcome reaches D through its own inputs (A', r) and, for the NM rules, through M.
 *
 * <p>The cues that D has stored drive it above threshold when they are shown again: the target is never written
 * (it is in no pair of distractors), so A answers "absent" exactly when both cues are known distractors. The
 * non-plastic network has no trace, D never recalls anything, and it answers "present" on every trial: chance.
 *
 * @param alpha plasticity coefficient α of D's cue synapses (finite, default 40)
 * @param recallLift input to D on its retrieval phases 0 and 2 (finite, default −0.5: D recalls a cue when
 *     α·H·u ≥ θ/(1−β) − recallLift)
 * @param gate inhibition of D on the odd phases 1 and 3 (&gt; 0, default 40: more than any plastic current);
 *     its carry into phase 2 (β·gate) is added back to the phase-2 lift, its carry into phase 5 (β²·gate) to
 *     the teacher lift
 * @param rewardInhibit weight of the reward channel on D (&gt; 0, default 1): the teacher lift is
 *     θ/(1−β) + rewardInhibit/2, so D's teacher spike needs r &lt; ½
 * @param answerReadout readout weight of A' (&gt; 0, default 4)
 * @param modGain modulator gain k (finite, default 5)
 * @param rewardGain weight of the reward channel on T (&gt; 0, default 4)
 * @param answerGain weight of A''s spike on T (&gt; rewardGain, default 8)
 * @param clockGain weight of c4 on T (&gt; 0, default 12): T's bias is this much lower, so it cannot fire between
 *     feedback steps
 */
public record CuePrior(double alpha, double recallLift, double gate, double rewardInhibit, double answerReadout,
                       double modGain, double rewardGain, double answerGain, double clockGain) implements StructuralPrior {
    /** Number of hidden neurons the prior sets (0..14). */
    public static final int NEURONS = 15;
    /** Steps per trial the clock assumes (two cues of two steps, response, feedback: CueReward's default). */
    public static final int TRIAL_STEPS = 6;
    static final int STARTER = 0, LATCH = 1, CLOCK = 2, RECALLED_A = 8, HOLD_A = 9, ABSENT = 10, ABSENT_COPY = 11,
            TEACHER = 12, TEACHER_COPY = 13, LEARNER = 14;
    private static final double INHIBIT = -10;

    public CuePrior {
        finite("alpha", alpha);
        finite("recallLift", recallLift);
        positive("gate", gate);
        positive("rewardInhibit", rewardInhibit);
        positive("answerReadout", answerReadout);
        finite("modGain", modGain);
        positive("rewardGain", rewardGain);
        positive("answerGain", answerGain);
        if (!(answerGain > rewardGain)) {
            throw new IllegalArgumentException("cuePrior.answerGain is " + answerGain + ", expected > rewardGain (" + rewardGain + ")");
        }
        positive("clockGain", clockGain);
    }

    /** The prior of the C1 experiment: α 40, recall lift −0.5, gate 40, reward 1 on D, readout 4, k 5, T's gains 4 / 8 / 12. */
    public static CuePrior defaults() {
        return new CuePrior(40, -0.5, 40, 1, 4, 5, 4, 8, 12);
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
        double half = 0.6 * g;   // one of two coincident inputs: 0.72 θ alone, 1.44 θ together
        int reward = bits + 1;
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
        // the answer: A spikes on phase 3 iff D recalled cue A on phase 0 (RECALLED_A, HOLD_A) and cue B on phase 2
        w.rec(LEARNER, RECALLED_A, half);
        w.rec(CLOCK, RECALLED_A, half);
        w.rec(RECALLED_A, HOLD_A, g);
        w.rec(HOLD_A, ABSENT, half);
        w.rec(LEARNER, ABSENT, half);
        w.rec(ABSENT, ABSENT_COPY, g);
        // T on the feedback step: answered present (A' silent) and r < 1/2; its threshold half-way between the cases
        double need = -0.5 * rewardGain;
        w.in(reward, TEACHER, -rewardGain);
        w.rec(ABSENT_COPY, TEACHER, -answerGain);
        w.rec(CLOCK + 4, TEACHER, clockGain);
        w.bias(TEACHER, theta - open * (clockGain + need));
        w.rec(TEACHER, TEACHER, -2 * g);
        w.rec(TEACHER, TEACHER_COPY, g);
        // D: retrieval on phases 0 and 2, blocked on 1 and 3 (the plastic steps), teacher on 5
        w.rec(CLOCK + 5, LEARNER, recallLift);
        w.rec(CLOCK + 1, LEARNER, recallLift + beta * gate);
        w.rec(CLOCK, LEARNER, -gate);
        w.rec(CLOCK + 2, LEARNER, -gate);
        w.rec(CLOCK + 4, LEARNER, theta / open + 0.5 * rewardInhibit + beta * beta * gate);
        w.rec(ABSENT_COPY, LEARNER, -4 * g);
        w.in(reward, LEARNER, -rewardInhibit);
        if (layout.alpha[0] >= 0) {
            for (int i = 0; i < NEURONS; i++) {
                for (int j = 0; j < in; j++) params[layout.alpha[0] + j * hidden + i] = i == LEARNER && j < bits ? alpha : 0;
            }
        }
        for (int j = 0; j < hidden; j++) params[layout.readoutW + j] = j == ABSENT_COPY ? -answerReadout : 0;
        params[layout.readoutB] = answerReadout * (1 - Math.exp(-spec.dt() / spec.readout().tau())) / 2;
        if (layout.modW[0] >= 0) {
            double d = LowPassTrace.decay(spec.dt(), spec.postTraceTau());   // M reads the post traces
            for (int i = 0; i < hidden; i++) params[layout.modW[0] + i] = 0;
            params[layout.modW[0] + TEACHER] = modGain;
            params[layout.modW[0] + TEACHER_COPY] = -d * modGain;
            params[layout.modB[0]] = 0;
        }
    }

    /**
     * Freezes the fixed circuitry: every input, recurrent, bias and α parameter into neurons 0..13 (clock, answer
     * gates, T and T'). Trained, they only drift (the clock has nothing to learn), and their near-threshold steps
     * multiply REINFORCE gradients (measured with the previous prior: norms of 10⁶ on the clock's biases). The
     * learner D, the readout, η and the modulator weights stay trainable.
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
