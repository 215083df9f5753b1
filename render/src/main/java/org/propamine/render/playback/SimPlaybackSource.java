package org.propamine.render.playback;

import org.propamine.render.overlay.HudInfo;
import org.propamine.render.scene.RobotScene;
import org.propamine.render.scene.Scene;
import org.propamine.sim.RobotState;
import org.propamine.sim.SimWorld;

/**
 * Plays a {@link SimWorld} driven by a {@link ControlLaw} (e.g. an open-loop gait). HUD: time = sim time,
 * speed = root forward velocity v_x (m/s), distance = x − x₀ (m), reward = Σ v_x·Δt (the forward-progress term
 * of Gym's Ant reward, in metres). Push = impulse of {@code pushImpulse} N·s along +y on the root; leg damage
 * toggles the motor strength of the actuators in {@code damagedActuators} between 1 and 0.
 */
public final class SimPlaybackSource implements PlaybackSource {

    /** Computes the actuator controls for the next step from the time (s) and the state; writes into {@code ctrl}. */
    @FunctionalInterface
    public interface ControlLaw {
        void control(double time, RobotState state, double[] ctrl);
    }

    private final SimWorld world;
    private final ControlLaw law;
    private final long seed;
    private final RobotScene scene;
    private final RobotState state;
    private final double[] ctrl;
    private final ViewerPerturbations perturbations;
    private final String title;
    private double startX;
    private double reward;

    /**
     * @param seed             reset seed for every episode
     * @param damagedActuators actuators switched off by {@link Perturbation#TOGGLE_LEG_DAMAGE} (one leg's)
     * @param pushImpulse      N·s of the push (the ~0.9 kg ant: 1.5 N·s gives ≈ 1.7 m/s; keep the result under
     *                         {@code PhysicsConfig.maxBodySpeed} or the world diverges and the episode restarts)
     * @param title            HUD title line (robot / condition)
     */
    public SimPlaybackSource(SimWorld world, ControlLaw law, long seed, int[] damagedActuators, double pushImpulse,
                             String title) {
        this.world = world;
        this.law = law;
        this.seed = seed;
        this.perturbations = new ViewerPerturbations(world, damagedActuators, pushImpulse, "leg damaged");
        this.title = title;
        this.state = world.newState();
        this.ctrl = new double[world.actuatorCount()];
        world.reset(seed);
        this.scene = new RobotScene(world);
        reset();
    }

    @Override
    public Scene scene() {
        return scene;
    }

    @Override
    public double stepSeconds() {
        return world.config().controlDt();
    }

    @Override
    public void reset() {
        world.reset(seed);
        perturbations.afterReset(); // a reset keeps the viewer's damage choice
        world.readState(state);
        startX = state.basePosition[0];
        reward = 0;
        scene.update();
    }

    @Override
    public void step() {
        law.control(world.time(), state, ctrl);
        world.step(ctrl);
        world.readState(state);
        reward += state.baseLinearVelocity[0] * stepSeconds();
        scene.update();
    }

    @Override
    public boolean episodeOver() {
        return world.diverged();
    }

    @Override
    public void readHud(HudInfo dest) {
        dest.time = world.time();
        dest.speed = state.baseLinearVelocity[0];
        dest.distance = state.basePosition[0] - startX;
        dest.reward = reward;
        dest.title.setLength(0);
        dest.title.append(title);
        perturbations.writeHud(dest, world.time());
    }

    @Override
    public boolean perturb(Perturbation perturbation) {
        return perturbations.perturb(perturbation, world.time());
    }

    /** Whether the leg damage is currently on. */
    public boolean damaged() {
        return perturbations.damaged();
    }
}
