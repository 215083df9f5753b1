package org.propamine.cli.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.propamine.trainer.io.AtomicFiles;

/**
 * Per-generation metrics as CSV: a fixed header, one row per generation, flushed after every row so a killed
 * run keeps every finished generation. Numbers are written with {@link Double#toString} (round-trip exact);
 * NaN and infinities are written as {@code NaN}, {@code Infinity}.
 *
 * <p>On resume, {@link #resume} keeps the rows of generations before the resumed one and drops later rows
 * (written after the checkpoint the run resumes from), so the file again holds each generation once.
 */
public final class MetricsCsv implements AutoCloseable {

    private final List<String> columns;
    private final BufferedWriter out;

    private MetricsCsv(List<String> columns, BufferedWriter out) {
        this.columns = List.copyOf(columns);
        this.out = out;
    }

    /** Creates (or truncates) {@code file} and writes the header; the first column must be {@code generation}. */
    public static MetricsCsv create(Path file, List<String> columns) throws IOException {
        check(columns);
        BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        w.write(String.join(",", columns));
        w.newLine();
        w.flush();
        return new MetricsCsv(columns, w);
    }

    /**
     * Reopens {@code file} for a run resumed at {@code generation}: keeps the header and the rows with
     * {@code generation < generation}. The header must equal {@code columns}.
     */
    public static MetricsCsv resume(Path file, List<String> columns, long generation) throws IOException {
        check(columns);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).equals(String.join(",", columns))) {
            throw new IOException(file + ": header does not match, expected " + String.join(",", columns));
        }
        List<String> kept = new ArrayList<>();
        kept.add(lines.get(0));
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) continue;
            String first = line.substring(0, line.indexOf(',') < 0 ? line.length() : line.indexOf(','));
            long g;
            try {
                g = Long.parseLong(first);
            } catch (NumberFormatException e) {
                throw new IOException(file + ":" + (i + 1) + ": generation '" + first + "' is not an integer");
            }
            if (g < generation) kept.add(line);
        }
        AtomicFiles.writeString(file, String.join("\n", kept) + "\n");
        BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        return new MetricsCsv(columns, w);
    }

    /** Appends one row; {@code values.length} must equal the number of columns. */
    public void append(double... values) throws IOException {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException("metrics row has " + values.length + " values, expected " + columns.size());
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            if (i > 0) sb.append(',');
            sb.append(format(values[i]));
        }
        out.write(sb.toString());
        out.newLine();
        out.flush();
    }

    public List<String> columns() {
        return columns;
    }

    /** Reads a metrics file back: one {@code double[]} per row, in column order. */
    public static List<double[]> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<double[]> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) continue;
            String[] parts = lines.get(i).split(",", -1);
            double[] row = new double[parts.length];
            for (int j = 0; j < parts.length; j++) {
                try {
                    row[j] = Double.parseDouble(parts[j]);
                } catch (NumberFormatException e) {
                    throw new IOException(file + ":" + (i + 1) + ": column " + (j + 1) + " '" + parts[j] + "' is not a number");
                }
            }
            rows.add(row);
        }
        return rows;
    }

    static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return Double.toString(v);
    }

    private static void check(List<String> columns) {
        if (columns.isEmpty() || !columns.get(0).equals("generation")) {
            throw new IllegalArgumentException("metrics columns must start with 'generation', got " + columns);
        }
        for (String c : columns) {
            if (!c.matches("[a-z0-9_]+")) throw new IllegalArgumentException("metrics column '" + c + "' must match [a-z0-9_]+");
        }
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
