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
    private final int[] damagedActuators;
    private final double pushImpulse;
    private final String title;
    private double startX;
    private double reward;
    private boolean damaged;
    private double lastPushTime = Double.NEGATIVE_INFINITY;

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
        this.damagedActuators = damagedActuators.clone();
        for (int a : this.damagedActuators) {
            if (a < 0 || a >= world.actuatorCount()) {
                throw new IllegalArgumentException("damaged actuator " + a + " outside [0, " + world.actuatorCount() + ")");
            }
        }
        this.pushImpulse = pushImpulse;
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
        if (damaged) {
            setDamage(true); // a reset keeps the viewer's damage choice
        }
        world.readState(state);
        startX = state.basePosition[0];
        reward = 0;
        lastPushTime = Double.NEGATIVE_INFINITY;
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
        dest.perturbations.setLength(0);
        if (damaged) {
            dest.perturbations.append("leg damaged");
        }
        if (world.time() - lastPushTime < 1.0) {
            dest.perturbations.append(dest.perturbations.length() > 0 ? ", " : "").append("push");
        }
    }

    @Override
    public boolean perturb(Perturbation perturbation) {
        switch (perturbation) {
            case PUSH -> {
                world.applyRootImpulse(0, pushImpulse, 0);
                lastPushTime = world.time();
                return true;
            }
            case TOGGLE_LEG_DAMAGE -> {
                if (damagedActuators.length == 0) {
                    return false;
                }
                damaged = !damaged;
                setDamage(damaged);
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    private void setDamage(boolean on) {
        for (int a : damagedActuators) {
            world.setMotorStrength(a, on ? 0 : 1);
        }
    }

    /** Whether the leg damage is currently on. */
    public boolean damaged() {
        return damaged;
    }
}
