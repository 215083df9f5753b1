package org.propamine.cli.play;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class FrameSizeTest {

    @Test
    void parsesWidthByHeight() {
        assertEquals(new FrameSize(640, 480), FrameSize.parse("--size", "640x480"));
        assertEquals(new FrameSize(160, 120), FrameSize.parse("--size", "160X120"));
    }

    /** Regression: eval --record-size axb used to fail with a bare NumberFormatException message. */
    @Test
    void badSizesAreOneLineNamingTheOption() {
        for (String bad : new String[] {"big", "axb", "640x", "640x480x2", ""}) {
            var e = assertThrows(IllegalArgumentException.class, () -> FrameSize.parse("--record-size", bad));
            assertEquals("--record-size " + bad + ": expected WIDTHxHEIGHT, e.g. 640x480", e.getMessage());
        }
    }
}
