package org.propamine.cli.play;

import org.propamine.agent.Policy;
import org.propamine.agent.SnnController;
import org.propamine.agent.network.SpikingLayer;
import org.propamine.envs.Env;
import org.propamine.envs.StepResult;
import org.propamine.envs.locomotion.LocomotionEnv;
import org.propamine.render.overlay.HudInfo;
import org.propamine.render.playback.Perturbation;
import org.propamine.render.playback.PlaybackSource;
import org.propamine.render.scene.RobotScene;
import org.propamine.render.scene.Scene;
import org.propamine.sim.SimWorld;
import org.propamine.trainer.es.Seeds;

/**
 * Plays a trained controller in its (possibly perturbed) env: each {@link #step()} is one env step
 * {@code policy.act(obs) → env.step(action)}. HUD: time = steps · dt, speed = {@code info["x_velocity"]} (m/s),
 * distance = {@code info["distance"]} (m), reward = the episode's summed reward. The spike raster shows every
 * layer's spikes of the last substep, the heat map the plastic trace H of the first layer (post × pre).
 * Viewer perturbations act on the env's physics world: push = {@code pushImpulse} N·s along +y on the root;
 * leg damage switches the motors of {@code damagedActuators} off and on.
 */
public final class EnvPlaybackSource implements PlaybackSource {

    private final Env env;
    private final Policy policy;
    private final SimWorld world;
    private final RobotScene scene;
    private final long seed;
    private final int[] damagedActuators;
    private final double pushImpulse;
    private final String title;
    private final double[] action;
    private final SpikingLayer[] layers;
    private StepResult last;
    private int steps;
    private double reward;
    private boolean damaged;
    private double lastPushTime = Double.NEGATIVE_INFINITY;

    /**
     * @param env    an env whose innermost env is a {@link LocomotionEnv} (the physics world is drawn)
     * @param policy the controller, parameters set
     */
    public EnvPlaybackSource(Env env, Policy policy, long seed, int[] damagedActuators, double pushImpulse, String title) {
        if (!(env.unwrapped() instanceof LocomotionEnv loco)) {
            throw new IllegalArgumentException("play needs a locomotion env (a physics world to draw), got " + env.unwrapped().getClass().getSimpleName());
        }
        this.env = env;
        this.policy = policy;
        this.world = loco.world();
        this.seed = seed;
        this.damagedActuators = damagedActuators.clone();
        this.pushImpulse = pushImpulse;
        this.title = title;
        this.action = new double[env.actionSpace().size()];
        if (policy instanceof SnnController c) {
            layers = new SpikingLayer[c.network().layerCount()];
            for (int l = 0; l < layers.length; l++) layers[l] = c.network().layer(l);
        } else {
            layers = new SpikingLayer[0];
        }
        reset();
        this.scene = new RobotScene(world);
        scene.update();
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
        policy.reset(Seeds.policy(seed));
        if (damaged) setDamage(true);
        steps = 0;
        reward = 0;
        lastPushTime = Double.NEGATIVE_INFINITY;
        if (scene != null) scene.update();
    }

    @Override
    public void step() {
        policy.act(last.observation(), action);
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
        dest.speed = last.info().get("x_velocity", 0);
        dest.distance = last.info().get("distance", 0);
        dest.reward = reward;
        dest.title.setLength(0);
        dest.title.append(title);
        dest.perturbations.setLength(0);
        if (damaged) dest.perturbations.append("leg damaged");
        if (dest.time - lastPushTime < 1.0) dest.perturbations.append(dest.perturbations.length() > 0 ? ", " : "").append("push");
    }

    @Override
    public int neuronCount() {
        int n = 0;
        for (SpikingLayer l : layers) n += l.spikes().length;
        return n;
    }

    @Override
    public void spikes(double[] dest) {
        int k = 0;
        for (SpikingLayer l : layers) {
            double[] s = l.spikes();
            System.arraycopy(s, 0, dest, k, s.length);
            k += s.length;
        }
    }

    @Override
    public int traceRows() {
        return layers.length == 0 ? 0 : layers[0].spec().out();
    }

    @Override
    public int traceColumns() {
        return layers.length == 0 ? 0 : layers[0].spec().in();
    }

    @Override
    public void trace(double[][] dest) {
        double[] h = layers[0].plasticState().h;
        int cols = traceColumns();
        for (int i = 0; i < dest.length; i++) {
            for (int j = 0; j < cols; j++) dest[i][j] = h.length == dest.length * cols ? h[i * cols + j] : 0;
        }
    }

    @Override
    public boolean perturb(Perturbation perturbation) {
        switch (perturbation) {
            case PUSH -> {
                world.applyRootImpulse(0, pushImpulse, 0);
                lastPushTime = steps * env.dt();
                return true;
            }
            case TOGGLE_LEG_DAMAGE -> {
                if (damagedActuators.length == 0) return false;
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
        for (int a : damagedActuators) world.setMotorStrength(a, on ? 0 : 1);
    }
}
