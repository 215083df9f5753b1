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
    void helpExitsZeroAndListsCommands() {
        CliRun r = CliRun.of("--help");
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(r.out().contains("robot") && r.out().contains("bench"), r.toString());
    }
}
