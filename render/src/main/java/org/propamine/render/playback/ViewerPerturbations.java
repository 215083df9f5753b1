package org.propamine.render.playback;

import org.propamine.render.overlay.HudInfo;
import org.propamine.sim.SimWorld;

/**
 * The viewer's {@link Perturbation}s on a physics world, shared by the playback sources. Push = impulse
 * {@code pushImpulse} N·s along +y on the root, shown in the HUD for 1 s; leg damage toggles the motor strength of
 * {@code damagedActuators} between 1 and 0 and survives episode resets ({@link #afterReset} re-applies it, since
 * a reset or a wrapper may rewrite motor strengths). Times are the caller's episode/sim time in seconds.
 */
final class ViewerPerturbations {
    /** Seconds the push label stays in the HUD. */
    static final double PUSH_LABEL_SECONDS = 1.0;

    private final SimWorld world;
    private final int[] damagedActuators;
    private final double pushImpulse;
    private final String damageLabel;
    private boolean damaged;
    private double lastPushTime = Double.NEGATIVE_INFINITY;

    /**
     * @param damagedActuators actuators switched off by leg damage (copied; each in [0, actuatorCount))
     * @param damageLabel      HUD text while the damage is on (e.g. "leg 0 damaged")
     */
    ViewerPerturbations(SimWorld world, int[] damagedActuators, double pushImpulse, String damageLabel) {
        this.world = world;
        this.damagedActuators = damagedActuators.clone();
        for (int a : this.damagedActuators) {
            if (a < 0 || a >= world.actuatorCount()) {
                throw new IllegalArgumentException("damaged actuator " + a + " outside [0, " + world.actuatorCount() + ")");
            }
        }
        this.pushImpulse = pushImpulse;
        this.damageLabel = damageLabel;
    }

    /** Applies {@code p} at time {@code time}; false when it does not apply (no actuators to damage). */
    boolean perturb(Perturbation p, double time) {
        switch (p) {
            case PUSH -> {
                world.applyRootImpulse(0, pushImpulse, 0);
                lastPushTime = time;
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

    /** Call after every world/env reset: re-applies the damage if on and forgets the last push. */
    void afterReset() {
        if (damaged) {
            setDamage(true);
        }
        lastPushTime = Double.NEGATIVE_INFINITY;
    }

    /** Writes the HUD's perturbation line: the damage label, then "push" within 1 s of a push (", "-separated). */
    void writeHud(HudInfo dest, double time) {
        dest.perturbations.setLength(0);
        if (damaged) {
            dest.perturbations.append(damageLabel);
        }
        if (time - lastPushTime < PUSH_LABEL_SECONDS) {
            dest.perturbations.append(dest.perturbations.length() > 0 ? ", " : "").append("push");
        }
    }

    boolean damaged() {
        return damaged;
    }

    int[] damagedActuators() {
        return damagedActuators.clone();
    }

    private void setDamage(boolean on) {
        for (int a : damagedActuators) {
            world.setMotorStrength(a, on ? 0 : 1);
        }
    }
}
