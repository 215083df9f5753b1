package org.propamine.envs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.propamine.envs.locomotion.LocomotionConfig;
import org.propamine.envs.locomotion.LocomotionEnv;
import org.propamine.envs.pointmass.PointMassEnv;
import org.propamine.envs.temporal.CueRewardConfig;
import org.propamine.envs.temporal.CueRewardEnv;
import org.propamine.envs.temporal.PatternMemoryConfig;
import org.propamine.envs.temporal.PatternMemoryEnv;
import org.propamine.envs.wrappers.TimeLimit;
import org.propamine.sim.RobotFiles;
import org.propamine.sim.bullet.JBulletWorld;

/**
 * The one registry of environment ids (Brax {@code _envs}, Gymnasium {@code registry}). Adding an env is one
 * {@link #register} line in the static block.
 *
 * <pre>{@code
 * Env env = Envs.make("Ant-v1");                                             // TimeLimit(1000) ∘ Ant
 * Env own = Envs.make("Ant-v1", EnvOptions.defaults().withRobot("my_bot.urdf"));
 * }</pre>
 */
public final class Envs {
    private static final Map<String, EnvSpec> SPECS = new LinkedHashMap<>();

    static {
        register(new EnvSpec("PointMass-v0", 200, o -> new PointMassEnv(), "physics-free 2-D point mass (tests)"));
        register(new EnvSpec("Ant-v1", 1000, o -> locomotion("Ant-v1", "ant", o), "Gym-dimension ant, 8 rotor actuators, walk along +x"));
        register(new EnvSpec("Hexapod-v1", 1000, o -> locomotion("Hexapod-v1", "hexapod", o), "six-legged walker, walk along +x"));
        // temporal tasks end themselves with truncated, so no TimeLimit (0)
        register(new EnvSpec(PatternMemoryEnv.ID, 0, o -> new PatternMemoryEnv(PatternMemoryConfig.defaults()),
                "binary pattern completion (Miconi 2018), N = 64, 2N+1 spike channels"));
        register(new EnvSpec(CueRewardEnv.ID, 0, o -> new CueRewardEnv(CueRewardConfig.defaults()),
                "cue-reward target discovery (Backpropamine), 4 cues x 20 bits, 20 trials"));
    }

    private Envs() {}

    /** Adds {@code spec}; an id can be registered once. */
    public static synchronized void register(EnvSpec spec) {
        if (SPECS.putIfAbsent(spec.id(), spec) != null) throw new IllegalArgumentException("env id '" + spec.id() + "' is already registered");
    }

    /** The spec of {@code id}; unknown ids throw a one-line error listing the known ids. */
    public static synchronized EnvSpec spec(String id) {
        EnvSpec s = SPECS.get(id);
        if (s == null) throw new IllegalArgumentException("unknown env id '" + id + "', expected one of " + SPECS.keySet());
        return s;
    }

    /** All registered ids, in registration order. */
    public static synchronized List<String> ids() {
        return List.copyOf(SPECS.keySet());
    }

    /** {@code make(id, EnvOptions.defaults())}. */
    public static Env make(String id) {
        return make(id, EnvOptions.defaults());
    }

    /** The env of {@code id} built with {@code options}, wrapped in {@code TimeLimit(maxEpisodeSteps)}. */
    public static Env make(String id, EnvOptions options) {
        EnvSpec s = spec(id);
        Env raw = s.factory().apply(options);
        return s.maxEpisodeSteps() > 0 ? new TimeLimit(raw, s.maxEpisodeSteps()) : raw;
    }

    /** The env of {@code id} without the time limit (benchmarks, custom wrapping). */
    public static Env makeRaw(String id, EnvOptions options) {
        return spec(id).factory().apply(options);
    }

    private static Env locomotion(String id, String defaultRobot, EnvOptions o) {
        return new LocomotionEnv(id, JBulletWorld.create(RobotFiles.load(o.robotOr(defaultRobot)), o.physicsOrDefault()),
                LocomotionConfig.defaults());
    }
}
