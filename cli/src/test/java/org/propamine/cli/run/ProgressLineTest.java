package org.propamine.cli.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressLineTest {

    @Test
    void layoutAndEta() {
        // 3 of 12 done, 24-char bar: 24*3/12 = 6 filled; 25%; ETA 754 s = 00:12:34
        assertEquals("gen  3/12 [######..................]  25% | best 1.5 | ETA 00:12:34",
                ProgressLine.format("gen", 3, 12, "best 1.5", 754));
        assertEquals("--:--:--", ProgressLine.clock(Double.NaN));
        StringWriter capped = new StringWriter();
        // 1 of 10 done in 100 s -> 900 s left by rate, but only 60 s of the budget remain
        new ProgressLine(new PrintWriter(capped), "gen", false, 10, 0, 0).update(1, "x", 100_000_000_000L, 60);
        assertTrue(capped.toString().contains("ETA 00:01:00"), capped.toString());
        assertEquals("01:00:01", ProgressLine.clock(3601));
    }

    @Test
    void etaUsesOnlyUnitsDoneSinceTheStart() {
        // resumed at 10 of 30; 5 more done in 10 s -> 2 s per unit, 15 left -> 30 s
        ProgressLine p = new ProgressLine(new PrintWriter(new StringWriter()), "gen", false, 30, 10, 0);
        assertEquals(30.0, p.eta(15, 10_000_000_000L), 1e-9);
        assertTrue(Double.isNaN(p.eta(10, 5)));
    }

    @Test
    void inPlaceRedrawsWithCarriageReturnAndLogModePrintsLines() {
        StringWriter term = new StringWriter();
        ProgressLine a = new ProgressLine(new PrintWriter(term), "gen", true, 2, 0, 0);
        a.update(1, "x", 1_000_000_000L);
        a.update(2, "y", 2_000_000_000L);
        a.finish();
        assertTrue(term.toString().startsWith("\rgen 1/2"), term.toString());
        assertEquals(1, term.toString().chars().filter(c -> c == '\n').count(), "one newline at the end");
        assertEquals(2, term.toString().chars().filter(c -> c == '\r').count());
        StringWriter log = new StringWriter();
        ProgressLine b = new ProgressLine(new PrintWriter(log), "gen", false, 2, 0, 0);
        b.update(1, "x", 1);
        b.update(2, "y", 2);
        assertEquals(2, log.toString().lines().count());
    }
}
