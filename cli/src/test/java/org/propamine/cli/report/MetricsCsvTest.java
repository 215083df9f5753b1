package org.propamine.cli.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetricsCsvTest {

    @TempDir
    Path dir;

    private static final List<String> COLS = List.of("generation", "best", "mean");

    @Test
    void rowsRoundTripExactly() throws IOException {
        Path f = dir.resolve("metrics.csv");
        try (MetricsCsv csv = MetricsCsv.create(f, COLS)) {
            csv.append(0, 0.1 + 0.2, -1.5);
            csv.append(1, Double.NaN, 1e-300);
        }
        assertEquals("generation,best,mean\n0,0.30000000000000004,-1.5\n1,NaN,1.0E-300\n", Files.readString(f));
        List<double[]> rows = MetricsCsv.read(f);
        assertArrayEquals(new double[] {0, 0.1 + 0.2, -1.5}, rows.get(0));
        assertEquals(1e-300, rows.get(1)[2]);
    }

    @Test
    void resumeDropsRowsFromTheResumedGenerationOn() throws IOException {
        Path f = dir.resolve("metrics.csv");
        try (MetricsCsv csv = MetricsCsv.create(f, COLS)) {
            for (int g = 0; g < 5; g++) csv.append(g, g, g);
        }
        try (MetricsCsv csv = MetricsCsv.resume(f, COLS, 3)) {
            csv.append(3, 30, 30);
        }
        assertEquals("generation,best,mean\n0,0,0\n1,1,1\n2,2,2\n3,30,30\n", Files.readString(f));
        assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(f)),
                "rewritten atomically, still an ordinary readable file");
    }

    @Test
    void badInputIsRefused() throws IOException {
        Path f = dir.resolve("metrics.csv");
        assertThrows(IllegalArgumentException.class, () -> MetricsCsv.create(f, List.of("best")));
        try (MetricsCsv csv = MetricsCsv.create(f, COLS)) {
            assertThrows(IllegalArgumentException.class, () -> csv.append(1, 2));
        }
        var e = assertThrows(IOException.class, () -> MetricsCsv.resume(f, List.of("generation", "x"), 0));
        assertEquals(f + ": header does not match, expected generation,x", e.getMessage());
        Files.writeString(f, "generation,best,mean\nzero,1,2\n");
        var e2 = assertThrows(IOException.class, () -> MetricsCsv.read(f));
        assertEquals(f + ":2: column 1 'zero' is not a number", e2.getMessage());
    }
}
