package org.propamine.trainer.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Whole-file writes that never leave a partial file: write a hidden temp file beside the target
 * ({@code .NAME.*.tmp}), give it ordinary permissions (rw-r--r-- where the file system is POSIX; temp files are
 * created owner-only), then rename it onto the target (atomic where supported). The one implementation for the
 * reports, run files and BPTT checkpoints of the trainer and the CLI.
 */
public final class AtomicFiles {

    private AtomicFiles() {}

    /** Atomically replaces {@code file} with {@code bytes}. */
    public static void write(Path file, byte[] bytes) throws IOException {
        Path tmp = tempBeside(file, ".tmp");
        try {
            Files.write(tmp, bytes);
            publish(tmp, file);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Atomically replaces {@code file} with UTF-8 {@code text}. */
    public static void writeString(Path file, String text) throws IOException {
        write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A new empty hidden temp file {@code .NAME.*SUFFIX} in {@code file}'s directory, for content written by another
     * library (e.g. suffix ".png" for XChart, which appends the format's extension to names without it).
     */
    public static Path tempBeside(Path file, String suffix) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        return Files.createTempFile(dir, "." + file.getFileName() + ".", suffix);
    }

    /** Gives the finished {@code tmp} rw-r--r-- (POSIX only) and renames it onto {@code file}, replacing it. */
    public static void publish(Path tmp, Path file) throws IOException {
        if (Files.getFileStore(tmp).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
        }
        try {
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
