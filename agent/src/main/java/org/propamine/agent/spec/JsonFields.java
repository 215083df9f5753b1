package org.propamine.agent.spec;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

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
        return typed(field, JsonNode::isNumber, "expected a number").doubleValue();
    }

    int integer(String field) {
        return typed(field, JsonNode::isIntegralNumber, "expected an integer").intValue();
    }

    int integer(String field, int fallback) {
        return has(field) ? integer(field) : fallback;
    }

    String text(String field, String fallback) {
        return has(field) ? text(field) : fallback;
    }

    String text(String field) {
        return typed(field, JsonNode::isTextual, "expected a string").textValue();
    }

    boolean bool(String field, boolean fallback) {
        return has(field) ? typed(field, JsonNode::isBoolean, "expected true or false").booleanValue() : fallback;
    }

    /** The present {@code field}, failing naming {@code field = value} and {@code expected} unless it is of the right type. */
    private JsonNode typed(String field, Predicate<JsonNode> type, String expected) {
        JsonNode c = child(field);
        if (!type.test(c)) throw bad(field, c, expected);
        return c;
    }

    /**
     * Reads the string {@code field} ({@code fallback} when absent) and maps it with {@code parse}, which returns
     * null for an unknown name; an unknown name fails naming {@code field = "name"} and {@code expected}.
     */
    <T> T choice(String field, String fallback, Function<String, T> parse, String expected) {
        String id = text(field, fallback);
        T value = parse.apply(id);
        if (value == null) throw bad(field, "\"" + id + "\"", expected);
        return value;
    }

    /** Fails naming {@code field = value} and what was expected. */
    IllegalArgumentException bad(String field, Object value, String expected) {
        return fail(qualified(field) + " = " + value, expected);
    }
}
