package org.propamine.trainer.bptt;

/**
 * What a temporal-task run optimises and how it is scored.
 *
 * <ul>
 *   <li>{@link #SUPERVISED_MSE}: BPTT on the task's MSE against {@code target()}; scored by the env's
 *       {@code bit_error} (lower is better).</li>
 *   <li>{@link #REINFORCE}: REINFORCE with a per-trial batch-mean baseline on the discounted reward-to-go,
 *       back-propagated through the SNN; scored by the greedy policy's reward per episode (higher is
 *       better).</li>
 * </ul>
 */
public enum Objective {
    SUPERVISED_MSE("bit_error", false),
    REINFORCE("reward", true);

    private final String metric;
    private final boolean higherIsBetter;

    Objective(String metric, boolean higherIsBetter) {
        this.metric = metric;
        this.higherIsBetter = higherIsBetter;
    }

    /** Name of the evaluation metric. */
    public String metric() {
        return metric;
    }

    public boolean higherIsBetter() {
        return higherIsBetter;
    }

    /** True when {@code a} is a strictly better score than {@code b}. */
    public boolean better(double a, double b) {
        return higherIsBetter ? a > b : a < b;
    }
}
