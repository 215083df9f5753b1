package org.propamine.envs.gait;

/**
 * Parameters of {@link ScriptedGait}.
 *
 * @param frequency      stride frequency in Hz, (0, 10]
 * @param hipAmplitude   amplitude of the hip (swing) ctrl, in ctrl units [0, 1]
 * @param ankleAmplitude amplitude of the ankle (lift) ctrl, in ctrl units [0, 1]
 * @param liftLead       phase (rad) by which the ankle lift leads the hip swing, [−π, π]
 */
public record GaitParams(double frequency, double hipAmplitude, double ankleAmplitude, double liftLead) {

    public GaitParams {
        if (!(frequency > 0 && frequency <= 10)) throw new IllegalArgumentException("gait.frequency = " + frequency + ", expected (0, 10] Hz");
        if (!(hipAmplitude >= 0 && hipAmplitude <= 1)) throw new IllegalArgumentException("gait.hip_amplitude = " + hipAmplitude + ", expected [0, 1]");
        if (!(ankleAmplitude >= 0 && ankleAmplitude <= 1)) throw new IllegalArgumentException("gait.ankle_amplitude = " + ankleAmplitude + ", expected [0, 1]");
        if (!(Math.abs(liftLead) <= Math.PI)) throw new IllegalArgumentException("gait.lift_lead = " + liftLead + ", expected [-pi, pi] rad");
    }

    /**
     * Tuned on Ant-v1 at the default physics: 0.5 Hz, hips 1, ankles 1, lead 0. Measured over seeds 1–3, 1000
     * env steps: ant 9.7–11.2 m at 1/120 s (default), 7.0–7.9 m at 1/100 s, −0.5–1.4 m at 1/240 s (anchor preset:
     * the stiffer contacts need a retune); hexapod 3.0–3.4 m (default), 7.8–8.3 m (anchor); ant with leg 0
     * disabled −1.0–0.4 m. 1 Hz variants were faster on some seeds but walked backwards on others.
     */
    public static GaitParams defaults() {
        return new GaitParams(0.5, 1.0, 1.0, 0.0);
    }
}
