package org.propamine.render.playback;

import org.propamine.sim.RobotState;

/**
 * An open-loop sinusoidal gait for demos and benchmarks of the renderer (not a tuned or learned controller):
 * actuator a gets {@code ctrl = amplitude·sin(2π·f·t + φ_a)} with φ_a = π·(leg mod 2) + (π/2)·(a mod 2), where
 * actuators come in (hip, ankle) pairs per leg: diagonal legs move in phase, ankles lag hips by a quarter period.
 *
 * @param amplitude control amplitude in actuator units ([0, 1], default 0.7)
 * @param frequency stride frequency in Hz (&gt; 0, default 1.5)
 */
public record SineGait(double amplitude, double frequency) implements SimPlaybackSource.ControlLaw {

    public SineGait {
        if (!(amplitude >= 0 && amplitude <= 1)) {
            throw new IllegalArgumentException("gait amplitude must be in [0, 1], got " + amplitude);
        }
        if (!(frequency > 0) || Double.isInfinite(frequency)) {
            throw new IllegalArgumentException("gait frequency must be a positive number of Hz, got " + frequency);
        }
    }

    /** Amplitude 0.7 at 1.5 Hz. */
    public static SineGait defaults() {
        return new SineGait(0.7, 1.5);
    }

    @Override
    public void control(double time, RobotState state, double[] ctrl) {
        for (int a = 0; a < ctrl.length; a++) {
            int leg = a / 2;
            double phase = (leg % 2) * Math.PI + (a % 2) * Math.PI / 2;
            ctrl[a] = amplitude * Math.sin(2 * Math.PI * frequency * time + phase);
        }
    }
}
