package org.propamine.trainer.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    private List<String> names() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void replacesTheFileWithOrdinaryPermissionsAndLeavesNoTemp() throws Exception {
        Path f = dir.resolve("summary.json");
        Files.writeString(f, "old");
        AtomicFiles.writeString(f, "new ✓");
        assertEquals("new ✓", Files.readString(f));
        assertEquals(List.of("summary.json"), names());
        assumeTrue(Files.getFileStore(dir).supportsFileAttributeView("posix"), "POSIX permissions");
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
    }

    @Test
    void publishMovesALibraryWrittenTempOntoTheTarget() throws Exception {
        Path png = dir.resolve("plot.png");
        Path tmp = AtomicFiles.tempBeside(png, ".png");
        assertEquals(true, tmp.getFileName().toString().startsWith(".plot.png."));
        assertEquals(true, tmp.getFileName().toString().endsWith(".png"));
        Files.write(tmp, new byte[] {1, 2, 3});
        AtomicFiles.publish(tmp, png);
        assertEquals(3, Files.size(png));
        assertEquals(List.of("plot.png"), names());
    }
}
