package org.propamine.envs.gait;

import org.propamine.envs.Env;
import org.propamine.envs.EnvOptions;
import org.propamine.envs.Envs;
import org.propamine.envs.StepResult;
import org.propamine.envs.Wrappers;
import org.propamine.envs.locomotion.LocomotionEnv;

/** Manual tuning aid (not a test): prints the distance of gait variants. */
public final class GaitProbe {
    public static void main(String[] args) {
        String robot = args.length > 0 ? args[0] : "ant";
        double[][] cands = {{1, -Math.PI / 2, 1}, {0.5, 0, 1}, {1, 0, 0.5}, {1, -Math.PI / 4, 1}, {1, -3 * Math.PI / 4, 1}, {0.75, -Math.PI / 2, 1}};
        for (double[] c : cands) {
            GaitParams p = new GaitParams(c[0], 1.0, c[2], c[1]);
            StringBuilder b = new StringBuilder();
            for (long seed = 1; seed <= 5; seed++) b.append(String.format(" %.2f", distance(robot, p, 1000, seed)));
            System.out.printf("f=%.2f lead=%+.2f ankle=%.1f ->%s%n", c[0], c[1], c[2], b);
        }
    }

    static double distance(String robot, GaitParams p, int steps, long seed) {
        try (Env env = Envs.makeRaw(robot.equals("hexapod") ? "Hexapod-v1" : "Ant-v1", EnvOptions.defaults())) {
            LocomotionEnv base = Wrappers.require(env, LocomotionEnv.class);
            ScriptedGait g = new ScriptedGait(base.world().description(), p);
            double[] a = new double[env.actionSpace().size()];
            StepResult r = env.reset(seed);
            for (int t = 0; t < steps; t++) {
                g.act(t * env.dt(), a);
                r = env.step(a);
                if (r.terminated()) return r.info().get("distance") - 1000;
            }
            return r.info().get("distance");
        }
    }
}
