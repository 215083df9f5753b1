package org.propamine.trainer.checkpoint;

import java.nio.file.Path;

/** A checkpoint file that cannot be used; the message is one line naming the file and what is wrong. */
public final class CheckpointException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Path file;

    public CheckpointException(Path file, String problem) {
        super("checkpoint " + file + ": " + problem);
        this.file = file;
    }

    public CheckpointException(Path file, String problem, Throwable cause) {
        super("checkpoint " + file + ": " + problem, cause);
        this.file = file;
    }

    /** The offending file. */
    public Path file() {
        return file;
    }
}
