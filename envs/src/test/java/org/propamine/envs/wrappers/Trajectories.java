package org.propamine.envs.wrappers;

import java.util.SplittableRandom;
import org.propamine.envs.Env;
import org.propamine.envs.EnvOptions;
import org.propamine.envs.Envs;
import org.propamine.envs.StepResult;

/** Test helpers: seeded random rollouts flattened for bitwise comparison, and a raw ant. */
final class Trajectories {
    private Trajectories() {}

    /** Observations and rewards of {@code steps} seeded random steps after {@code reset(seed)}. */
    static double[] rollout(Env env, long seed, int steps) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] a = new double[env.actionSpace().size()];
        int n = env.observationSpace().size();
        double[] out = new double[(steps + 1) * (n + 1)];
        StepResult r = env.reset(seed);
        System.arraycopy(r.observation(), 0, out, 0, n);
        for (int t = 1; t <= steps; t++) {
            env.actionSpace().sample(rng, a);
            r = env.step(a);
            System.arraycopy(r.observation(), 0, out, t * (n + 1), n);
            out[t * (n + 1) + n] = r.reward();
        }
        return out;
    }

    /** A raw Ant-v1 (no time limit) at the default physics. */
    static Env ant() {
        return Envs.makeRaw("Ant-v1", EnvOptions.defaults());
    }
}
