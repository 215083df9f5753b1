package org.propamine.render.playback;

import org.propamine.agent.Policy;
import org.propamine.envs.Env;
import org.propamine.envs.StepResult;
import org.propamine.envs.Wrappers;
import org.propamine.envs.gait.ScriptedGait;
import org.propamine.envs.locomotion.LocomotionEnv;
import org.propamine.render.overlay.HudInfo;
import org.propamine.render.scene.RobotScene;
import org.propamine.render.scene.Scene;
import org.propamine.sim.RobotState;
import org.propamine.sim.SimWorld;

/**
 * Plays a locomotion {@link Env} (any wrapper stack around a {@link LocomotionEnv}) driven by an {@link Actor}
 * (a trained policy or the scripted gait), with optional {@link NeuralActivity} for the overlays.
 * HUD: time = steps·dt (s), speed = root v_x (m/s), distance = x − x₀ (m), reward = Σ env reward of the
 * episode. Push = impulse {@code pushImpulse} N·s along +y on the root; leg damage toggles the motor strength of
 * leg 0's actuators between 1 and 0 (it survives resets: re-applied after every env reset). Every episode restarts
 * with the same seed.
 */
public final class EnvPlaybackSource implements PlaybackSource {

    /** Chooses the action for an observation; {@code time} is the episode time in seconds. */
    public interface Actor {
        void act(double time, double[] observation, double[] action);

        /** Called at every episode start (default: nothing). */
        default void reset(long seed) {
        }

        /** A trained policy (its {@code reset(seed)} is called with the episode seed at every episode start). */
        static Actor of(Policy policy) {
            return of(policy, seed -> seed);
        }

        /**
         * A trained policy reset with {@code policySeed(episodeSeed)} at every episode start (e.g. the trainer's
         * policy seed stream, so playback replays the episode the evaluation saw).
         */
        static Actor of(Policy policy, java.util.function.LongUnaryOperator policySeed) {
            return new Actor() {
                @Override
                public void act(double time, double[] observation, double[] action) {
                    policy.act(observation, action);
                }

                @Override
                public void reset(long seed) {
                    policy.reset(policySeed.applyAsLong(seed));
                }
            };
        }

        /** The open-loop scripted gait (ignores observations). */
        static Actor of(ScriptedGait gait) {
            return (time, observation, action) -> gait.act(time, action);
        }
    }

    /** Spiking activity and one plastic trace of the controller, read after each step (may not allocate). */
    public interface NeuralActivity {
        int neuronCount();

        void spikes(double[] dest);

        int traceRows();

        int traceColumns();

        void trace(double[][] dest);
    }

    private final Env env;
    private final SimWorld world;
    private final LocomotionEnv base;
    private final Actor actor;
    private final NeuralActivity activity;
    private final long seed;
    private final String title;
    private final ViewerPerturbations perturbations;
    private final RobotScene scene;
    private final double[] action;
    private StepResult last;
    private long steps;
    private double startX;
    private double reward;

    /**
     * @param activity    neural activity for the overlays, or null for none
     * @param pushImpulse N·s of the push (ant ≈ 0.9 kg: 1.5 N·s gives ≈ 1.7 m/s)
     */
    public EnvPlaybackSource(Env env, Actor actor, NeuralActivity activity, long seed, String title, double pushImpulse) {
        LocomotionEnv base = Wrappers.find(env, LocomotionEnv.class).orElseThrow(() -> new IllegalArgumentException(
                "playback needs a locomotion env (a robot to draw), got " + env.getClass().getSimpleName()));
        this.env = env;
        this.world = base.world();
        this.base = base;
        this.actor = actor;
        this.activity = activity;
        this.seed = seed;
        this.title = title;
        int[] hinges = base.legs().jointsOf(0);
        int[] legZeroActuators = java.util.stream.IntStream.range(0, world.actuatorCount())
                .filter(a -> java.util.Arrays.stream(hinges).anyMatch(h -> h == world.actuatorJoint(a))).toArray();
        this.perturbations = new ViewerPerturbations(world, legZeroActuators, pushImpulse, "leg 0 damaged");
        this.action = new double[env.actionSpace().size()];
        last = env.reset(seed);
        scene = new RobotScene(world);
        reset();
    }

    @Override
    public Scene scene() {
        return scene;
    }

    @Override
    public double stepSeconds() {
        return env.dt();
    }

    @Override
    public void reset() {
        last = env.reset(seed);
        perturbations.afterReset(); // a wrapper may have rewritten the motor strengths on reset
        actor.reset(seed);
        steps = 0;
        reward = 0;
        startX = base.state().basePosition[0];
        scene.update();
    }

    @Override
    public void step() {
        actor.act(steps * env.dt(), last.observation(), action);
        last = env.step(action);
        steps++;
        reward += last.reward();
        scene.update();
    }

    @Override
    public boolean episodeOver() {
        return last.done();
    }

    @Override
    public void readHud(HudInfo dest) {
        dest.time = steps * env.dt();
        RobotState state = base.state();
        dest.speed = state.baseLinearVelocity[0];
        dest.distance = state.basePosition[0] - startX;
        dest.reward = reward;
        dest.title.setLength(0);
        dest.title.append(title);
        perturbations.writeHud(dest, dest.time);
    }

    @Override
    public int neuronCount() {
        return activity == null ? 0 : activity.neuronCount();
    }

    @Override
    public void spikes(double[] dest) {
        if (activity != null) {
            activity.spikes(dest);
        }
    }

    @Override
    public int traceRows() {
        return activity == null ? 0 : activity.traceRows();
    }

    @Override
    public int traceColumns() {
        return activity == null ? 0 : activity.traceColumns();
    }

    @Override
    public void trace(double[][] dest) {
        if (activity != null) {
            activity.trace(dest);
        }
    }

    @Override
    public boolean perturb(Perturbation perturbation) {
        return perturbations.perturb(perturbation, steps * env.dt());
    }

    /** Actuators that {@link Perturbation#TOGGLE_LEG_DAMAGE} switches off (leg 0's). */
    public int[] damagedActuators() {
        return perturbations.damagedActuators();
    }
}
