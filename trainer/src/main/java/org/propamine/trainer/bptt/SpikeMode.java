package org.propamine.trainer.bptt;

/**
 * How {@link DifferentiableSnn} evaluates spikes {@code s = f(v − v_th)}.
 *
 * <ul>
 *   <li>{@link #HEAVISIDE}: the true spiking forward {@code s = H(v − v_th)} (identical to the agent's
 *       {@code Lif}); the backward pass uses the surrogate's derivative as ∂s/∂v (surrogate-gradient BPTT).</li>
 *   <li>{@link #SMOOTH}: forward {@code s = σ(v − v_th)} with the surrogate's smooth step σ and backward its
 *       exact derivative: the computation is differentiable and BPTT is its exact gradient (the float64 mode in
 *       which gradients are checked against finite differences).</li>
 * </ul>
 */
public enum SpikeMode {
    HEAVISIDE,
    SMOOTH
}
