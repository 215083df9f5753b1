package org.propamine.cli.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunDirectoryTest {

    @TempDir
    Path dir;

    @Test
    void createWritesConfigAndCheckpointFolder() throws IOException {
        RunDirectory r = RunDirectory.create(dir.resolve("run"), "name: x\n");
        assertEquals("name: x\n", Files.readString(r.config()));
        assertTrue(Files.isDirectory(r.checkpoints()));
        assertEquals(r.path(), RunDirectory.open(dir.resolve("run")).path());
    }

    @Test
    void neverOverwritesAnExistingRun() throws IOException {
        Path run = dir.resolve("run");
        RunDirectory.create(run, "name: first\n");
        var e = assertThrows(IOException.class, () -> RunDirectory.create(run, "name: second\n"));
        assertTrue(e.getMessage().contains("exists and is not empty"), e.getMessage());
        assertEquals("name: first\n", Files.readString(run.resolve(RunDirectory.CONFIG)));
    }

    @Test
    void openRefusesFoldersThatAreNotRuns() throws IOException {
        var e = assertThrows(IOException.class, () -> RunDirectory.open(dir.resolve("nope")));
        assertEquals(dir.resolve("nope") + ": not a run directory (no such directory)", e.getMessage());
        Files.createDirectories(dir.resolve("empty"));
        var e2 = assertThrows(IOException.class, () -> RunDirectory.open(dir.resolve("empty")));
        assertEquals(dir.resolve("empty") + ": not a run directory (no config.yaml)", e2.getMessage());
    }

    @Test
    void defaultPathIsNamedAfterTheRunAndTime() {
        assertEquals(Path.of("runs", "ant-20261125-140506"),
                RunDirectory.defaultPath("ant", LocalDateTime.of(2026, 11, 25, 14, 5, 6)));
    }
}
