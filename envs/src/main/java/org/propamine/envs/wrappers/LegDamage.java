package org.propamine.envs.wrappers;

import org.propamine.envs.Env;
import org.propamine.envs.Info;
import org.propamine.sim.JointMode;
import org.propamine.sim.robot.LinkShortening;

/**
 * Damages one leg: {@link LegDamageMode#DISABLE} switches the motors of every hinge of it off (see
 * {@code Legs}), {@link LegDamageMode#LOCK} freezes those joints at their current angles,
 * {@link LegDamageMode#SHORTEN} cuts the leg's distal links (its leaf links, the ant's shin) to {@code length} of
 * their length in the running world ({@code SimWorld.setLinkLengthScale}: the end at the joint stays, the
 * density is kept). The damage starts at simulated time {@code atSeconds} (0 = from the start of every episode;
 * otherwise before the first env step whose start time is ≥ atSeconds) and lasts to the end of the episode;
 * each reset restores the leg first. Shortening from the start is bit-identical to building the env from a
 * robot file with the shortened link (ant leg 0 at 0.5: {@code ant_short_leg}).
 * {@code info["leg_damage"]} = 1 while the damage is active, else 0; {@code info["damaged_leg"]} = the leg.
 */
public final class LegDamage extends PhysicsWrapper {
    public static final String ACTIVE = "leg_damage", LEG = "damaged_leg";
    /** Default kept fraction of the distal links' length for {@link LegDamageMode#SHORTEN}: half. */
    public static final double DEFAULT_LENGTH = 0.5;
    private final LegDamageMode mode;
    private final int leg;
    private final int[] joints, feet;
    private final double atSeconds, length;
    private boolean active;

    /**
     * @param mode      DISABLE, LOCK or SHORTEN (to {@link #DEFAULT_LENGTH})
     * @param leg       leg index (0-based, see {@code Legs}; ant: 0..3)
     * @param atSeconds start time in simulated seconds, ≥ 0
     */
    public LegDamage(Env env, LegDamageMode mode, int leg, double atSeconds) {
        this(env, mode, leg, atSeconds, DEFAULT_LENGTH);
    }

    /**
     * @param length kept fraction of the distal links' length for SHORTEN, 0 < length ≤ 1 (default 0.5); other
     *               modes take only the default
     */
    public LegDamage(Env env, LegDamageMode mode, int leg, double atSeconds, double length) {
        super(env);
        if (!(atSeconds >= 0) || !Double.isFinite(atSeconds)) throw new IllegalArgumentException("LegDamage.at = " + atSeconds + ", expected a finite time >= 0 s");
        if (!(length > 0 && length <= 1)) throw new IllegalArgumentException("LegDamage.length = " + length + ", expected 0 < length <= 1");
        if (mode != LegDamageMode.SHORTEN && length != DEFAULT_LENGTH) {
            throw new IllegalArgumentException("LegDamage.length = " + length + " with mode " + mode + ", expected length only with mode SHORTEN");
        }
        this.mode = mode;
        this.leg = leg;
        this.joints = base.legs().jointsOf(leg);
        this.feet = base.legs().feetOf(leg);
        this.atSeconds = atSeconds;
        this.length = length;
        if (mode == LegDamageMode.SHORTEN) {
            // refuse a leg that cannot be cut (e.g. a sphere foot) now rather than in the middle of an episode
            for (int f : feet) LinkShortening.shorten(world().description(), f, length);
        }
    }

    public int[] joints() {
        return joints.clone();
    }

    @Override
    protected void onReset(long seed) {
        // the world is still in its start state here, so restoring (and shortening from the start) is exact
        if (mode == LegDamageMode.SHORTEN) for (int f : feet) world().setLinkLengthScale(f, 1);
        else for (int j : joints) world().setJointMode(j, JointMode.ACTUATED);
        active = false;
        if (atSeconds == 0) activate();
    }

    @Override
    protected void beforeStep() {
        if (!active && world().time() >= atSeconds - 1e-9) activate();
    }

    private void activate() {
        switch (mode) {
            case SHORTEN -> {
                for (int f : feet) world().setLinkLengthScale(f, length);
            }
            case LOCK -> {
                for (int j : joints) world().setJointMode(j, JointMode.LOCKED);
            }
            case DISABLE -> {
                for (int j : joints) world().setJointMode(j, JointMode.DISABLED);
            }
        }
        active = true;
    }

    @Override
    protected void annotate(Info info) {
        info.put(ACTIVE, active ? 1 : 0).put(LEG, leg);
    }
}
