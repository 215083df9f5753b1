package org.propamine.render.playback;

import org.propamine.sim.RobotState;

/**
 * Open-loop test gait: actuator a gets ctrl = 0.7·sin(2π·1.5·t + φ_a), with hips (even actuators) and ankles
 * (odd) a quarter period apart and diagonal legs in phase. Not a tuned gait; it just moves the robot.
 */
final class TrotGait implements SimPlaybackSource.ControlLaw {
    @Override
    public void control(double time, RobotState state, double[] ctrl) {
        for (int a = 0; a < ctrl.length; a++) {
            int leg = a / 2;
            double phase = (leg % 2) * Math.PI + (a % 2) * Math.PI / 2;
            ctrl[a] = 0.7 * Math.sin(2 * Math.PI * 1.5 * time + phase);
        }
    }
}
