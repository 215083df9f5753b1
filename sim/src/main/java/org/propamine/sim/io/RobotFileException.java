package org.propamine.sim.io;

/** A robot file that cannot be loaded; the message is one line: {@code FILE:LINE: <element>: problem, expected ...}. */
public final class RobotFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RobotFileException(String message) {
        super(message.replace('\n', ' '));
    }
}
