package org.propamine.envs.wrappers;

import org.propamine.envs.ActionWrapper;
import org.propamine.envs.Env;
import org.propamine.envs.Info;

/**
 * Actuation latency: the inner env receives the action given {@code k} steps earlier; during the first k steps
 * of an episode it receives the action-box point nearest to 0 (the zero action for the ant).
 * {@code info["action_delay_steps"]} = k.
 */
public final class ActionDelay extends ActionWrapper {
    public static final String KEY = "action_delay_steps";
    private final int k;
    private final double[][] line;
    private final double[] rest;
    private int head;

    /** @param k delay in env steps, ≥ 0 (0 = off) */
    public ActionDelay(Env env, int k) {
        super(env);
        if (k < 0) throw new IllegalArgumentException("ActionDelay.steps = " + k + ", expected >= 0");
        this.k = k;
        int n = env.actionSpace().size();
        line = new double[k][n];
        rest = new double[n];
        env.actionSpace().clip(rest);
    }

    @Override
    protected void onReset(long seed) {
        for (double[] a : line) System.arraycopy(rest, 0, a, 0, rest.length);
        head = 0;
    }

    @Override
    protected void action(double[] in, double[] out) {
        if (k == 0) {
            System.arraycopy(in, 0, out, 0, in.length);
            return;
        }
        System.arraycopy(line[head], 0, out, 0, out.length);
        System.arraycopy(in, 0, line[head], 0, in.length);
        head = (head + 1) % k;
    }

    @Override
    protected void annotate(Info info) {
        info.put(KEY, k);
    }
}
