package org.propamine.render.overlay;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class TraceHeatmapOverlayTest {

    @Test
    void colourScaleHitsItsEndpointsAndMidpoint() {
        assertEquals(0x202428, TraceHeatmapOverlay.colour(0, 1), "zero is the neutral grey");
        assertEquals(0xF05040, TraceHeatmapOverlay.colour(2, 2), "+max is full red");
        assertEquals(0x4090F0, TraceHeatmapOverlay.colour(-5, 2), "below -max clamps to full blue");
        // half way to red: 0x20 + (0xF0 - 0x20)/2 = 0x88, 0x24 + (0x50 - 0x24)/2 = 0x3A, 0x28 + (0x40 - 0x28)/2 = 0x34
        assertEquals(0x883A34, TraceHeatmapOverlay.colour(0.5, 1));
        assertEquals(0x202428, TraceHeatmapOverlay.colour(3, 0), "all-zero matrix stays grey");
    }
}
