package org.propamine.trainer.bptt;

/** How input channels reach the hidden LIF layer. */
public enum InputProjection {
    /** A dense learnable matrix {@code W_in} (hidden × inputs). */
    DENSE,
    /**
     * Channel i drives hidden neuron i only, through a learnable gain {@code g_i} (Miconi et al. 2018's pattern
     * network, where each neuron receives one input bit); requires hidden = inputs.
     */
    ONE_TO_ONE
}
