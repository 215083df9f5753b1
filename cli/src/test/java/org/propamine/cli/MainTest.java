package org.propamine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MainTest {

    @Test
    void unknownOptionIsOneUsageLineWithExitCode2() {
        CliRun r = CliRun.of("--frobnicate");
        assertEquals(2, r.exitCode(), r.toString());
        assertEquals(1, r.errLines().size(), r.toString());
        assertTrue(r.err().startsWith("propamine: usage: Unknown option: '--frobnicate'"), r.toString());
    }

    @Test
    void unknownSubcommandIsNamed() {
        CliRun r = CliRun.of("fly");
        assertEquals(2, r.exitCode(), r.toString());
        assertEquals(1, r.errLines().size(), r.toString());
        assertTrue(r.err().contains("'fly'"), r.toString());
    }

    @Test
    void groupWithoutSubcommandListsTheChoices() {
        CliRun r = CliRun.of("robot");
        assertEquals(2, r.exitCode(), r.toString());
        assertEquals(1, r.errLines().size(), r.toString());
        assertTrue(r.err().contains("missing subcommand"), r.toString());
    }

    @Test
    void libraryErrorsAreOneLineAndDebugAddsTheStackTrace() {
        CliRun plain = CliRun.of("robot", "info", "no/such/robot.urdf");
        assertEquals(1, plain.exitCode(), plain.toString());
        assertEquals(1, plain.errLines().size(), plain.toString());
        assertTrue(plain.err().startsWith("propamine: error: no/such/robot.urdf"), plain.toString());
        CliRun debug = CliRun.of("--debug", "robot", "info", "no/such/robot.urdf");
        assertEquals(1, debug.exitCode(), debug.toString());
        assertTrue(debug.errLines().size() > 3, debug.toString());
        assertTrue(debug.err().contains("\tat org.propamine."), debug.toString());
    }

    @Test
    void badOptionValueIsAUsageError() {
        CliRun r = CliRun.of("train", "--threads", "many");
        assertEquals(2, r.exitCode(), r.toString());
        assertEquals(1, r.errLines().size(), r.toString());
        assertTrue(r.err().contains("--threads") && r.err().contains("many"), r.toString());
    }

    @Test
    void helpExitsZeroAndListsCommands() {
        CliRun r = CliRun.of("--help");
        assertEquals(0, r.exitCode(), r.toString());
        for (String c : new String[] {"train", "eval", "robot", "bench"}) assertTrue(r.out().contains(c), r.toString());
    }
}
