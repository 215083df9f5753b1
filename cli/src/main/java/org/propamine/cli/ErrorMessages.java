package org.propamine.cli;

import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Turns an exception into the one line the user sees after {@code propamine: error: }. */
public final class ErrorMessages {

    private ErrorMessages() {}

    /** The one-line description of {@code ex}: its (unwrapped) message, with the file named for NIO errors. */
    public static String describe(Throwable ex) {
        Throwable t = unwrap(ex);
        String msg = t.getMessage();
        if (t instanceof NoSuchFileException) return "file not found: " + msg;
        if (t instanceof AccessDeniedException) return "permission denied: " + msg;
        if (t instanceof FileAlreadyExistsException) return "already exists: " + msg;
        if (t instanceof NotDirectoryException) return "not a directory: " + msg;
        if (t instanceof DirectoryNotEmptyException) return "directory not empty: " + msg;
        if (msg == null || msg.isBlank()) {
            return "internal error: " + t.getClass().getName() + " (rerun with --debug for the stack trace)";
        }
        if (t instanceof IllegalArgumentException || t instanceof IllegalStateException
                || t instanceof java.io.IOException || t instanceof UnsupportedOperationException
                || t.getClass().getName().startsWith("org.propamine.")) {
            return oneLine(msg);
        }
        return oneLine(t.getClass().getSimpleName() + ": " + msg);
    }

    /** {@code text} on one line: line breaks become "; ", surrounding blanks trimmed. */
    public static String oneLine(String text) {
        if (text == null) return "";
        return text.strip().replaceAll("\\s*\\R\\s*", "; ");
    }

    private static Throwable unwrap(Throwable ex) {
        Throwable t = ex;
        while (t.getCause() != null && (t instanceof ExecutionException || t instanceof CompletionException
                || t instanceof InvocationTargetException || t instanceof UncheckedIOException
                || (t instanceof RuntimeException && t.getClass() == RuntimeException.class && t.getMessage() != null
                        && t.getMessage().equals(String.valueOf(t.getCause()))))) {
            t = t.getCause();
        }
        return t;
    }
}
