package org.propamine.cli.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.propamine.trainer.io.AtomicFiles;

/**
 * The folder of one training run: {@code config.yaml} (resolved), {@code metrics.csv}, plots,
 * {@code checkpoints/}, {@code summary.json|md}.
 *
 * <p>Creating one never overwrites: a new run refuses an existing non-empty folder (resume it with
 * {@code --resume} or choose another {@code --out}). Callers validate everything before calling
 * {@link #create}, so a refused config leaves nothing on disk.
 */
public final class RunDirectory {

    public static final String CONFIG = "config.yaml";
    public static final String METRICS = "metrics.csv";
    public static final String CHECKPOINTS = "checkpoints";
    public static final String SUMMARY_JSON = "summary.json";
    public static final String SUMMARY_MD = "summary.md";

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path path;

    private RunDirectory(Path path) {
        this.path = path;
    }

    /** The default location of a new run: {@code runs/<name>-<yyyyMMdd-HHmmss>} (relative to the working dir). */
    public static Path defaultPath(String name, LocalDateTime now) {
        return Path.of("runs", name + "-" + STAMP.format(now));
    }

    /** Creates the run folder (and {@code checkpoints/}) and writes the resolved config. */
    public static RunDirectory create(Path dir, String resolvedYaml) throws IOException {
        if (Files.exists(dir)) {
            if (!Files.isDirectory(dir)) throw new IOException(dir + ": exists and is not a directory");
            try (var s = Files.list(dir)) {
                if (s.findAny().isPresent()) {
                    throw new IOException(dir + ": run directory exists and is not empty; continue it with --resume "
                            + dir + " or choose another --out");
                }
            }
        }
        Files.createDirectories(dir.resolve(CHECKPOINTS));
        AtomicFiles.writeString(dir.resolve(CONFIG), resolvedYaml);
        return new RunDirectory(dir);
    }

    /** Opens an existing run folder for {@code --resume}: it must hold {@code config.yaml} and {@code checkpoints/}. */
    public static RunDirectory open(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) throw new IOException(dir + ": not a run directory (no such directory)");
        if (!Files.isRegularFile(dir.resolve(CONFIG))) {
            throw new IOException(dir + ": not a run directory (no " + CONFIG + ")");
        }
        if (!Files.isDirectory(dir.resolve(CHECKPOINTS))) {
            throw new IOException(dir + ": not a run directory (no " + CHECKPOINTS + "/)");
        }
        return new RunDirectory(dir);
    }

    public Path path() {
        return path;
    }

    public Path config() {
        return path.resolve(CONFIG);
    }

    public Path metrics() {
        return path.resolve(METRICS);
    }

    public Path checkpoints() {
        return path.resolve(CHECKPOINTS);
    }

    public Path file(String name) {
        return path.resolve(name);
    }
}
