package org.propamine.cli.bench;

import java.util.ArrayList;
import java.util.List;
import org.propamine.agent.SnnController;
import org.propamine.agent.spec.NetworkSpec;
import org.propamine.cli.train.ExperimentParts;
import org.propamine.envs.Env;
import org.propamine.envs.Envs;
import org.propamine.envs.StepResult;

/**
 * The controller in closed loop, as training and playback run it: {@link SnnController#act} drives {@code Ant-v1}
 * (or the env its preset fits, {@link #envFor}; wrapped in the spike encoding of its preset) and the wall time of every {@code act} and of every env step
 * (encoding included) is summed separately in the same loop, so both sides see the same machine state. The
 * observations are the robot's own: they change smoothly and mostly keep their sign, so the ± channel that is
 * not active stays silent and its pre traces fall below the trace floor — unlike the synthetic rasters of
 * {@link org.propamine.agent.ControllerBenchmark}, whose fresh random sign every step keeps both channels'
 * traces alive (the worst case, reported next to this one). Episodes end at termination or the 1000-step limit
 * and restart with the next seed; the controller is the untrained preset (seeded init). Timing only.
 */
final class ClosedLoopControllerBenchmark {
    private ClosedLoopControllerBenchmark() {}

    /**
     * @param controllerMicros mean µs of one {@code act} (K substeps and the decoder)
     * @param envMicros        mean µs of one env step (physics and the spike encoding)
     * @param steps            timed env steps
     */
    record Result(double controllerMicros, double envMicros, int steps) {
        double ratio() {
            return controllerMicros / envMicros;
        }
    }

    /** Locomotion envs the closed loop can drive, in order of preference. */
    static final List<String> ENVS = List.of("Ant-v1", "Hexapod-v1", "PointMass-v0");

    /**
     * The first env of {@link #ENVS} with as many actions as {@code spec} has outputs (Ant-v1 for the ant
     * presets, Hexapod-v1 for the hexapod ones).
     *
     * @throws IllegalArgumentException naming the preset and the action counts when none fits
     */
    static String envFor(NetworkSpec spec) {
        List<String> counts = new ArrayList<>();
        for (String id : ENVS) {
            try (Env env = Envs.make(id)) {
                int actions = env.actionSpace().size();
                if (actions == spec.readout().out()) return id;
                counts.add(id + ": " + actions);
            }
        }
        throw new IllegalArgumentException("--preset " + spec.name() + " has " + spec.readout().out()
                + " outputs, but no locomotion env takes that many actions (" + String.join(", ", counts) + ")");
    }

    /** Times {@code steps} closed-loop env steps of {@code envId} after {@code warmup} untimed ones. */
    static Result run(NetworkSpec spec, String envId, int warmup, int steps, long seed) {
        SnnController controller = SnnController.create(spec, seed);
        try (Env env = ExperimentParts.encode(Envs.make(envId), spec)) {
            double[] action = new double[env.actionSpace().size()];
            long[] nanos = new long[2];
            long episode = drive(controller, env, action, warmup, seed, nanos);
            nanos[0] = 0;
            nanos[1] = 0;
            drive(controller, env, action, steps, episode + 1, nanos);
            return new Result(nanos[0] / 1e3 / steps, nanos[1] / 1e3 / steps, steps);
        }
    }

    /** Runs {@code steps} env steps from a fresh episode with seed {@code seed}; returns the last episode's seed. */
    private static long drive(SnnController controller, Env env, double[] action, int steps, long seed, long[] nanos) {
        long episode = seed;
        StepResult r = env.reset(episode);
        controller.reset(episode);
        for (int t = 0; t < steps; t++) {
            long t0 = System.nanoTime();
            controller.act(r.observation(), action);
            long t1 = System.nanoTime();
            r = env.step(action);
            long t2 = System.nanoTime();
            nanos[0] += t1 - t0;
            nanos[1] += t2 - t1;
            if (r.terminated() || r.truncated()) {
                episode++;
                r = env.reset(episode);
                controller.reset(episode);
            }
        }
        return episode;
    }
}
