package org.propamine.envs.wrappers;

import org.propamine.envs.Env;
import org.propamine.envs.Info;
import org.propamine.sim.JointMode;

/**
 * Damages one leg (every hinge of it, see {@code Legs}): {@link LegDamageMode#DISABLE} switches its motors off,
 * {@link LegDamageMode#LOCK} freezes its joints at their current angles. The damage starts at simulated time
 * {@code atSeconds} (0 = from the start of every episode; otherwise before the first env step whose start time
 * is ≥ atSeconds) and lasts to the end of the episode; each reset restores the leg first.
 * {@code info["leg_damage"]} = 1 while the damage is active, else 0; {@code info["damaged_leg"]} = the leg.
 * {@link LegDamageMode#SHORTEN} is a different robot file and is refused here (see {@code Conditions}).
 */
public final class LegDamage extends PhysicsWrapper {
    public static final String ACTIVE = "leg_damage", LEG = "damaged_leg";
    private final LegDamageMode mode;
    private final int leg;
    private final int[] joints;
    private final double atSeconds;
    private boolean active;

    /**
     * @param mode      DISABLE or LOCK
     * @param leg       leg index (0-based, see {@code Legs}; ant: 0..3)
     * @param atSeconds start time in simulated seconds, ≥ 0
     */
    public LegDamage(Env env, LegDamageMode mode, int leg, double atSeconds) {
        super(env);
        if (mode == LegDamageMode.SHORTEN) {
            throw new IllegalArgumentException("LegDamage.mode = SHORTEN needs the damaged robot file (e.g. robot ant_short_leg); build the env through Conditions or --robot");
        }
        if (!(atSeconds >= 0) || !Double.isFinite(atSeconds)) throw new IllegalArgumentException("LegDamage.at = " + atSeconds + ", expected a finite time >= 0 s");
        this.mode = mode;
        this.leg = leg;
        this.joints = base.legs().jointsOf(leg);
        this.atSeconds = atSeconds;
    }

    public int[] joints() {
        return joints.clone();
    }

    @Override
    protected void onReset(long seed) {
        for (int j : joints) world().setJointMode(j, JointMode.ACTUATED);
        active = false;
        if (atSeconds == 0) activate();
    }

    @Override
    protected void beforeStep() {
        if (!active && world().time() >= atSeconds - 1e-9) activate();
    }

    private void activate() {
        JointMode m = mode == LegDamageMode.LOCK ? JointMode.LOCKED : JointMode.DISABLED;
        for (int j : joints) world().setJointMode(j, m);
        active = true;
    }

    @Override
    protected void annotate(Info info) {
        info.put(ACTIVE, active ? 1 : 0).put(LEG, leg);
    }
}
