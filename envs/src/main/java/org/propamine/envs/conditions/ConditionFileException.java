package org.propamine.envs.conditions;

/** A malformed condition grid; the message is one line starting with {@code FILE:LINE:}. */
public final class ConditionFileException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public ConditionFileException(String message) {
        super(message);
    }
}
