package org.propamine.render.record;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Writes frames to a file or directory without ever leaving a half-written target: frames go to a hidden
 * temporary sibling ({@code .NAME.partial-*}), and only {@link #close()} moves the finished result onto the target
 * (atomic rename); {@link #abort()} or a failure deletes the temporary. The temporary is created owner-only, so
 * before the rename it gets ordinary permissions where the file system is POSIX: rw-r--r-- for a file,
 * rwxr-xr-x for a frame directory. Subclasses implement the three hooks
 * {@link #begin}, {@link #writeFrame} and {@link #finish}. Not thread-safe; {@link #frame} copies nothing it keeps
 * after returning, so the caller may reuse its image.
 */
public abstract class Recorder implements AutoCloseable {
    private final Path target;
    private final RecordOptions options;
    private final Path partial;
    private int frames;
    private boolean done;

    /**
     * Checks the target's parent directory and creates the temporary output.
     *
     * @param directory true when the output is a directory (PNG frames)
     * @throws IllegalArgumentException one line naming the target and why it cannot be written
     */
    protected Recorder(Path target, RecordOptions options, boolean directory) {
        this.target = target.toAbsolutePath().normalize();
        this.options = options;
        Path parent = this.target.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new IllegalArgumentException("cannot record to " + target + ": directory " + parent + " does not exist");
        }
        if (!Files.isWritable(parent)) {
            throw new IllegalArgumentException("cannot record to " + target + ": directory " + parent + " is not writable");
        }
        if (directory && Files.isDirectory(this.target) && !isEmptyDirectory(this.target)) {
            throw new IllegalArgumentException("cannot record to " + target + ": directory exists and is not empty");
        }
        if (!directory && Files.isDirectory(this.target)) {
            throw new IllegalArgumentException("cannot record to " + target + ": it is a directory");
        }
        try {
            String prefix = "." + this.target.getFileName() + ".partial-";
            partial = directory ? Files.createTempDirectory(parent, prefix) : Files.createTempFile(parent, prefix, "");
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot record to " + target + ": " + e.getMessage());
        }
        try {
            begin(partial);
        } catch (IOException | RuntimeException e) {
            deleteRecursively(partial);
            throw new IllegalArgumentException("cannot record to " + target + ": " + e.getMessage());
        }
    }

    /** Opens the temporary output (file or directory). */
    protected abstract void begin(Path partialOutput) throws IOException;

    /** Writes frame number {@code index} (0-based). */
    protected abstract void writeFrame(BufferedImage image, int index) throws IOException;

    /** Completes the temporary output (trailers, headers); called once by {@link #close()}. */
    protected abstract void finish() throws IOException;

    /** Releases open handles without completing; called by {@link #abort()} before the temporary is deleted. */
    protected abstract void release();

    /** Adds one frame; it must be {@code width × height} of the options. */
    public final void frame(BufferedImage image) {
        if (done) {
            throw new IllegalStateException("recorder for " + target + " is already closed");
        }
        if (image.getWidth() != options.width() || image.getHeight() != options.height()) {
            throw new IllegalArgumentException("frame is " + image.getWidth() + "x" + image.getHeight()
                    + ", recording is " + options.width() + "x" + options.height());
        }
        try {
            writeFrame(image, frames);
        } catch (IOException e) {
            abort();
            throw new UncheckedIOException("writing frame " + frames + " of " + target + " failed: " + e.getMessage(), e);
        }
        frames++;
    }

    /** Frames written so far. */
    public final int frames() {
        return frames;
    }

    public final Path target() {
        return target;
    }

    public final RecordOptions options() {
        return options;
    }

    /** Finishes the output and moves it onto the target (replacing a file or an empty directory there). */
    @Override
    public final void close() {
        if (done) {
            return;
        }
        try {
            finish();
            publishPermissions(partial);
            if (Files.isDirectory(target)) {
                Files.delete(target); // checked empty at construction
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            done = true;
        } catch (IOException | RuntimeException e) {
            abort();
            throw new UncheckedIOException(new IOException("finishing " + target + " failed: " + e.getMessage(), e));
        }
    }

    /** Discards everything written; the target is left as it was. Idempotent. */
    public final void abort() {
        if (done) {
            return;
        }
        done = true;
        release();
        deleteRecursively(partial);
    }

    /** rw-r--r-- (directories rwxr-xr-x) where the file store has POSIX permissions; else unchanged. */
    private static void publishPermissions(Path output) throws IOException {
        if (!Files.getFileStore(output).supportsFileAttributeView("posix")) {
            return;
        }
        Files.setPosixFilePermissions(output, PosixFilePermissions.fromString(
                Files.isDirectory(output) ? "rwxr-xr-x" : "rw-r--r--"));
    }

    private static boolean isEmptyDirectory(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    private static void deleteRecursively(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            path.toFile().delete();
        }
    }
}
