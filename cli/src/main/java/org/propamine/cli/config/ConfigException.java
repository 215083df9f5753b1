package org.propamine.cli.config;

/**
 * A configuration error, always one line: {@code SOURCE: field a.b: got X, expected Y}, where SOURCE is the
 * file (or {@code --set a.b=X}) that supplied the bad value.
 */
public final class ConfigException extends IllegalArgumentException {

    public ConfigException(String message) {
        super(message);
    }

    /** {@code source: field path: detail}. */
    public static ConfigException field(String source, String path, String detail) {
        return new ConfigException(source + ": field " + path + ": " + detail);
    }
}
