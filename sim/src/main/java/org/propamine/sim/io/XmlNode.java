package org.propamine.sim.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One XML element with its attributes, children, text and the line it starts on; the attribute readers
 * throw {@link RobotFileException} with {@code FILE:LINE: <element>: ...} messages.
 */
public final class XmlNode {
    private final String source;
    private final String name;
    private final int line;
    final Map<String, String> attributes = new LinkedHashMap<>();
    final List<XmlNode> children = new ArrayList<>();
    final StringBuilder text = new StringBuilder();

    XmlNode(String source, String name, int line) {
        this.source = source;
        this.name = name;
        this.line = line;
    }

    public String name() { return name; }

    public int line() { return line; }

    public List<XmlNode> children() { return children; }

    public String text() { return text.toString().trim(); }

    /** An error located at this element. */
    public RobotFileException error(String what) {
        return new RobotFileException(source + ":" + line + ": <" + name + ">: " + what);
    }

    public boolean has(String attr) { return attributes.containsKey(attr); }

    /** The attribute's raw value, or null. */
    public String raw(String attr) { return attributes.get(attr); }

    /** Required string attribute. */
    public String string(String attr) {
        String v = attributes.get(attr);
        if (v == null || v.isBlank()) throw error("missing attribute '" + attr + "', expected a value");
        return v.trim();
    }

    public String string(String attr, String fallback) {
        String v = attributes.get(attr);
        return v == null ? fallback : v.trim();
    }

    /** Required attribute holding exactly {@code count} numbers separated by spaces. */
    public double[] numbers(String attr, int count) {
        String v = attributes.get(attr);
        if (v == null) throw error("missing attribute '" + attr + "', expected " + count + " number" + (count > 1 ? "s" : ""));
        return parse(attr, v, count, count);
    }

    /** Attribute with {@code min..max} numbers; all must be finite. */
    public double[] parse(String attr, String v, int min, int max) {
        String[] parts = v.trim().isEmpty() ? new String[0] : v.trim().split("[\\s,]+");
        if (parts.length < min || parts.length > max) {
            String expected = min == max ? String.valueOf(min) : min + " to " + max;
            throw error("attribute '" + attr + "' = \"" + v + "\" has " + parts.length + " values, expected " + expected + " numbers");
        }
        double[] out = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                out[i] = Double.parseDouble(parts[i]);
            } catch (NumberFormatException e) {
                throw error("attribute '" + attr + "' = \"" + v + "\" is not numeric, expected " + (max == 1 ? "a number" : "numbers"));
            }
            if (!Double.isFinite(out[i])) throw error("attribute '" + attr + "' = \"" + v + "\" is not finite, expected finite numbers");
        }
        return out;
    }

    public double number(String attr) { return numbers(attr, 1)[0]; }

    public double number(String attr, double fallback) {
        return has(attr) ? numbers(attr, 1)[0] : fallback;
    }

    public double[] numbers(String attr, double[] fallback) {
        return has(attr) ? numbers(attr, fallback.length) : fallback.clone();
    }

    /** Attribute that must be one of {@code allowed} (case-sensitive). */
    public String choice(String attr, String fallback, String... allowed) {
        String v = string(attr, fallback);
        for (String a : allowed) if (a.equals(v)) return v;
        throw error("attribute '" + attr + "' = \"" + v + "\", expected one of " + String.join("|", allowed));
    }

    /** An element that is not allowed here. */
    public RobotFileException unknown(String parent, String allowed) {
        return error("unknown element inside <" + parent + ">, expected one of " + allowed);
    }
}
