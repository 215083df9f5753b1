package org.propamine.agent.spec;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Set;

/**
 * Reads typed fields of one JSON object for {@link NetworkSpecs}, failing with a one-line message
 * {@code <source>: <path>.<field> = <value>: expected ...}.
 */
final class JsonFields {
    private final String source;
    private final String path;
    private final JsonNode node;

    JsonFields(String source, String path, JsonNode node, Set<String> allowed) {
        this.source = source;
        this.path = path;
        if (node == null || !node.isObject()) throw fail(path.isEmpty() ? "(root)" : path, "expected a JSON object");
        this.node = node;
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!allowed.contains(f)) throw fail(qualified(f), "unknown field, expected one of " + allowed);
        }
    }

    String source() {
        return source;
    }

    String qualified(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    IllegalArgumentException fail(String qualifiedField, String what) {
        return new IllegalArgumentException(source + ": " + qualifiedField + ": " + what);
    }

    /** Prefixes a record's own validation message ("field = v: expected ...") with source and path. */
    IllegalArgumentException wrap(IllegalArgumentException e) {
        String prefix = path.isEmpty() ? "" : path + ".";
        return new IllegalArgumentException(source + ": " + prefix + e.getMessage(), e);
    }

    JsonNode child(String field) {
        JsonNode c = node.get(field);
        if (c == null) throw fail(qualified(field), "missing");
        return c;
    }

    boolean has(String field) {
        return node.has(field);
    }

    double number(String field, double fallback) {
        return has(field) ? number(field) : fallback;
    }

    double number(String field) {
        JsonNode c = child(field);
        if (!c.isNumber()) throw fail(qualified(field) + " = " + c, "expected a number");
        return c.doubleValue();
    }

    int integer(String field) {
        JsonNode c = child(field);
        if (!c.isIntegralNumber()) throw fail(qualified(field) + " = " + c, "expected an integer");
        return c.intValue();
    }

    int integer(String field, int fallback) {
        return has(field) ? integer(field) : fallback;
    }

    String text(String field, String fallback) {
        return has(field) ? text(field) : fallback;
    }

    String text(String field) {
        JsonNode c = child(field);
        if (!c.isTextual()) throw fail(qualified(field) + " = " + c, "expected a string");
        return c.textValue();
    }

    boolean bool(String field, boolean fallback) {
        if (!has(field)) return fallback;
        JsonNode c = child(field);
        if (!c.isBoolean()) throw fail(qualified(field) + " = " + c, "expected true or false");
        return c.booleanValue();
    }

    /** Fails naming {@code field = value} and what was expected. */
    IllegalArgumentException bad(String field, Object value, String expected) {
        return fail(qualified(field) + " = " + value, expected);
    }
}
