package org.propamine.envs.locomotion;

import org.propamine.envs.Actions;
import org.propamine.envs.Box;
import org.propamine.envs.Env;
import org.propamine.envs.Info;
import org.propamine.envs.StepResult;
import org.propamine.sim.RobotState;
import org.propamine.sim.SimWorld;
import org.propamine.sim.robot.Actuator;

/**
 * A legged robot on flat ground that should walk along +x ({@code Ant-v1}, {@code Hexapod-v1}), over any
 * {@link SimWorld}. The env never knows how the physics integrates; the physics never knows rewards.
 *
 * <ul>
 *   <li>Observation: {@link LocomotionObservation} (size 8 + 2·joints + feet; 28 for the ant).</li>
 *   <li>Action: one ctrl per actuator in the actuator's ctrl range (ant: [−1, 1]⁸, torque = gear·ctrl);
 *       out-of-box values are clipped and counted in {@code info["clipped_actions"]}; NaN/∞ throws and leaves
 *       the env unchanged.</li>
 *   <li>Reward = forward + alive − ctrl − contact ({@link RewardTerms}, weights in {@link LocomotionConfig}),
 *       each term in {@code info}, plus {@code distance} = torso x displacement since reset (m),
 *       {@code x_velocity} (m/s), {@code clipped_actions}, {@code physics_diverged} (0/1).</li>
 *   <li>{@code terminated}: not healthy ({@link RewardTerms#healthy}) or physics diverged (then the
 *       observation's non-finite entries are 0). Never {@code truncated}: wrap in {@code TimeLimit}.</li>
 * </ul>
 * Owns the world and closes it.
 */
public final class LocomotionEnv implements Env {
    public static final String DISTANCE = "distance", X_VELOCITY = "x_velocity";
    public static final String CLIPPED = "clipped_actions", DIVERGED = "physics_diverged";

    private final String id;
    private final SimWorld world;
    private final LocomotionConfig config;
    private final Box actionSpace;
    private final LocomotionObservation observation;
    private final Legs legs;
    private final RobotState state;
    private final StepResult result;
    private final double[] ctrl;
    private double x0, z0;

    /** An env named {@code id} over {@code world} (ctrl ranges and legs from its description). */
    public LocomotionEnv(String id, SimWorld world, LocomotionConfig config) {
        this.id = id;
        this.world = world;
        this.config = config;
        int na = world.actuatorCount();
        double[] lo = new double[na], hi = new double[na];
        for (int a = 0; a < na; a++) {
            Actuator act = world.description().actuators().get(a);
            lo[a] = act.ctrlMin();
            hi[a] = act.ctrlMax();
        }
        actionSpace = Box.of(lo, hi);
        int nj = world.jointCount();
        double[] jl = new double[nj], ju = new double[nj];
        for (int j = 0; j < nj; j++) {
            jl[j] = world.jointLower(j);
            ju[j] = world.jointUpper(j);
        }
        observation = new LocomotionObservation(jl, ju, world.footCount());
        legs = Legs.of(world.description());
        state = world.newState();
        result = new StepResult(observation.space().size());
        ctrl = new double[na];
    }

    @Override
    public Box observationSpace() {
        return observation.space();
    }

    @Override
    public Box actionSpace() {
        return actionSpace;
    }

    @Override
    public double dt() {
        return world.config().controlDt();
    }

    /** The physics world (for the physical perturbation wrappers). */
    public SimWorld world() {
        return world;
    }

    /** The robot state after the last reset/step (env-owned; read, don't keep). */
    public RobotState state() {
        return state;
    }

    /** Leg membership of the joints. */
    public Legs legs() {
        return legs;
    }

    public LocomotionConfig config() {
        return config;
    }

    @Override
    public StepResult reset(long seed) {
        world.reset(seed);
        world.readState(state);
        x0 = state.basePosition[0];
        z0 = state.basePosition[2];
        java.util.Arrays.fill(ctrl, 0);
        result.reward(0).terminated(false).truncated(false);
        Info info = result.info();
        info.clear();
        putTerms(info, 0, 0, 0, 0, 0, 0, 0);
        observation.write(state, z0, result.observation());
        return result;
    }

    @Override
    public StepResult step(double[] action) {
        Actions.validate(action, actionSpace);
        System.arraycopy(action, 0, ctrl, 0, ctrl.length);
        int clipped = actionSpace.clip(ctrl);
        double xBefore = state.basePosition[0];
        world.step(ctrl);
        world.readState(state);
        boolean diverged = world.diverged();
        boolean healthy = !diverged && RewardTerms.healthy(state, config);
        double forward = diverged ? 0 : RewardTerms.forward(xBefore, state, dt());
        double alive = RewardTerms.alive(healthy, config.aliveBonus());
        double ctrlCost = RewardTerms.control(ctrl, config.ctrlCostWeight());
        double contactCost = diverged ? 0 : RewardTerms.contact(state, config.contactCostWeight());
        double distance = diverged ? result.info().get(DISTANCE, 0) : state.basePosition[0] - x0;
        result.reward(forward + alive - ctrlCost - contactCost).terminated(!healthy).truncated(false);
        putTerms(result.info(), forward, alive, ctrlCost, contactCost, distance, clipped, diverged ? 1 : 0);
        observation.write(state, z0, result.observation());
        return result;
    }

    private static void putTerms(Info info, double forward, double alive, double ctrlCost, double contactCost,
                                 double distance, int clipped, int diverged) {
        info.put(RewardTerms.FORWARD, forward).put(RewardTerms.ALIVE, alive).put(RewardTerms.CTRL, ctrlCost)
                .put(RewardTerms.CONTACT, contactCost).put(DISTANCE, distance).put(X_VELOCITY, forward)
                .put(CLIPPED, clipped).put(DIVERGED, diverged);
    }

    @Override
    public void close() {
        world.close();
    }

    @Override
    public String toString() {
        return id;
    }
}
