package org.propamine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

class ErrorMessagesTest {

    @Test
    void missingFileIsNamed() {
        assertEquals("file not found: runs/x/config.yaml",
                ErrorMessages.describe(new NoSuchFileException("runs/x/config.yaml")));
    }

    @Test
    void wrappersAreUnwrappedToTheCause() {
        var cause = new IllegalArgumentException("ant.xml:12: joint 'hip_1': attribute 'range' is not a number");
        assertEquals(cause.getMessage(), ErrorMessages.describe(new ExecutionException(cause)));
        assertEquals("bad", ErrorMessages.describe(new UncheckedIOException(new IOException("bad"))));
    }

    @Test
    void multiLineMessagesBecomeOneLine() {
        assertEquals("a; b; c", ErrorMessages.describe(new IllegalStateException("a\n  b\r\nc\n")));
    }

    @Test
    void unexpectedExceptionsNameTheirType() {
        assertEquals("ArithmeticException: / by zero", ErrorMessages.describe(new ArithmeticException("/ by zero")));
    }
}
