package org.propamine.trainer.bptt;

/**
 * How {@link SnnBackprop} treats the spike inside the membrane reset {@code v = v̂ − s·v_th} (soft) or
 * {@code v = v̂ (1 − s)} (hard).
 *
 * <ul>
 *   <li>{@link #FULL}: back-propagate through it — the exact gradient of the recorded computation (in
 *       {@link SpikeMode#SMOOTH}). With a spiking forward the reset path multiplies the carried membrane gradient
 *       by {@code β(1 − v_th ∂s/∂v̂)} per substep, whose magnitude exceeds 1 for neurons near threshold when the
 *       surrogate's peak exceeds 2/v_th (fast sigmoid k = 10 peaks at 5): over hundreds of substeps the
 *       gradient explodes (measured on Ant-v1's {@code ant-snn}: |∂/∂W₀| ≈ 10¹³⁷ after 200 env steps).</li>
 *   <li>{@link #DETACHED}: treat the reset's spike as a constant ("detached reset", as Zenke's SpyTorch
 *       tutorials and snnTorch do by default): the membrane path carries {@code β} (soft) or
 *       {@code β(1 − s)} (hard) per substep, at most 1, so long episodes stay bounded. A biased but standard
 *       surrogate; the default for locomotion episodes.</li>
 * </ul>
 */
public enum ResetGradient {
    FULL,
    DETACHED
}
