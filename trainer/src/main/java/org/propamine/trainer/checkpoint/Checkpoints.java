package org.propamine.trainer.checkpoint;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A run directory's checkpoint files: periodic {@code gen-NNNNNNNNN.ckpt} (the newest K kept) and
 * {@code best.ckpt}. Writes are atomic (temp file in the same directory, fsync, atomic rename, directory
 * fsync), so a crash leaves either the old file or the new one, never a partial file under a checkpoint
 * name; a stray temp file is ignored.
 */
public final class Checkpoints {
    /** File name of the best checkpoint. */
    public static final String BEST = "best.ckpt";
    private static final Pattern PERIODIC = Pattern.compile("gen-(\\d{9})\\.ckpt");

    private Checkpoints() {}

    /**
     * The newest checkpoint that loads, with the reasons the newer ones were refused.
     *
     * @param file the checkpoint used
     * @param rejected one line per newer checkpoint that was refused (newest first)
     */
    public record Found(Path file, Checkpoint checkpoint, List<String> rejected) {
        /** One line for the user: which file is used and which were skipped. */
        public String describe() {
            String used = "resuming from " + file + " (generation " + checkpoint.generation() + ")";
            return rejected.isEmpty() ? used : used + "; skipped: " + String.join("; ", rejected);
        }
    }

    /** The file name of the periodic checkpoint after {@code generation}. */
    public static String periodicName(long generation) {
        return String.format("gen-%09d.ckpt", generation);
    }

    /** Writes {@code c} atomically to {@code dir/fileName} (creating {@code dir}); returns the path. */
    public static Path save(Path dir, String fileName, Checkpoint c) {
        byte[] bytes = CheckpointFormat.encode(c);
        Path target = dir.resolve(fileName);
        Path temp = null;
        try {
            Files.createDirectories(dir);
            temp = Files.createTempFile(dir, "." + fileName + "-", ".tmp");
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buf = ByteBuffer.wrap(bytes);
                while (buf.hasRemaining()) ch.write(buf);
                ch.force(true);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            temp = null;
            syncDirectory(dir);
            return target;
        } catch (IOException e) {
            throw new CheckpointException(target, "cannot write: " + e.getMessage(), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the temp name is never read as a checkpoint; leaving it is harmless
                }
            }
        }
    }

    /** Loads {@code file}; a missing, unreadable, truncated or corrupted file is a one-line {@link CheckpointException}. */
    public static Checkpoint load(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CheckpointException(file, "cannot read: " + e.getClass().getSimpleName() + " " + e.getMessage(), e);
        }
        return CheckpointFormat.decode(bytes, file);
    }

    /** The periodic checkpoints in {@code dir}, oldest first (empty if the directory does not exist). */
    public static List<Path> periodic(Path dir) {
        List<Path> files = new ArrayList<>();
        if (!Files.isDirectory(dir)) return files;
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "gen-*.ckpt")) {
            for (Path p : ds) {
                if (PERIODIC.matcher(p.getFileName().toString()).matches()) files.add(p);
            }
        } catch (IOException e) {
            throw new CheckpointException(dir, "cannot list: " + e.getMessage(), e);
        }
        files.sort(Comparator.comparingLong(Checkpoints::generationOf));
        return files;
    }

    /** Deletes all but the newest {@code keepLast} periodic checkpoints of {@code dir}. */
    public static void prune(Path dir, int keepLast) {
        List<Path> files = periodic(dir);
        for (int i = 0; i < files.size() - keepLast; i++) {
            try {
                Files.deleteIfExists(files.get(i));
            } catch (IOException e) {
                throw new CheckpointException(files.get(i), "cannot delete old checkpoint: " + e.getMessage(), e);
            }
        }
    }

    /**
     * The newest periodic checkpoint of {@code dir} that loads; newer ones that are truncated or corrupted are
     * skipped and named in {@link Found#rejected()}. Throws a one-line {@link CheckpointException} when none
     * loads.
     */
    public static Found latestGood(Path dir) {
        List<Path> files = periodic(dir);
        List<String> rejected = new ArrayList<>();
        for (int i = files.size() - 1; i >= 0; i--) {
            try {
                return new Found(files.get(i), load(files.get(i)), List.copyOf(rejected));
            } catch (CheckpointException e) {
                rejected.add(e.getMessage());
            }
        }
        String why = rejected.isEmpty() ? "no checkpoint files (gen-*.ckpt)" : "no usable checkpoint: " + String.join("; ", rejected);
        throw new CheckpointException(dir, why);
    }

    private static long generationOf(Path p) {
        Matcher m = PERIODIC.matcher(p.getFileName().toString());
        return m.matches() ? Long.parseLong(m.group(1)) : -1;
    }

    private static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // some file systems cannot fsync a directory; the rename itself is still atomic
        }
    }
}
