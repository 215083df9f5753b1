package org.propamine.trainer.es;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ScheduleTest {

    @Test
    void valuesByHand() {
        assertEquals(0.3, Schedule.constant(0.3).at(1000), 0.0);
        Schedule lin = Schedule.linear(1.0, 0.2, 4); // 1.0, 0.8, 0.6, 0.4, 0.2, then 0.2
        assertEquals(1.0, lin.at(0), 1e-15);
        assertEquals(0.6, lin.at(2), 1e-15);
        assertEquals(0.2, lin.at(4), 1e-15);
        assertEquals(0.2, lin.at(100), 1e-15);
        Schedule exp = Schedule.exponential(1.0, 0.5, 0.1); // 1, .5, .25, .125, then floor .1
        assertEquals(0.25, exp.at(2), 0.0);
        assertEquals(0.125, exp.at(3), 0.0);
        assertEquals(0.1, exp.at(4), 0.0);
    }

    @Test
    void invalidValuesNameTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Schedule.exponential(1, 1.5, 0));
        assertTrue(e.getMessage().startsWith("exponential.decay"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Schedule.constant(-1));
        assertTrue(e.getMessage().startsWith("constant.value"), e.getMessage());
    }
}
