package org.propamine.cli.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Pattern;
import org.propamine.envs.conditions.YamlSyntax;

/**
 * A YAML configuration tree that remembers which source (file, {@code --set}) supplied each value, so that
 * errors name the right file. Trees are layered with {@link #overlay}: mappings merge key by key, any other
 * value (scalar, list, null) replaces the one below.
 */
public final class ConfigTree {

    /** Shared YAML mapper (thread-safe once configured). */
    static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .build())
            // YAML's .nan / .inf must parse (and then be refused by validation with the field named)
            .enable(JsonParser.Feature.ALLOW_NON_NUMERIC_NUMBERS);

    private static final Pattern KEY_PATH = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");

    private final ObjectNode root;
    private final Map<String, String> sources = new HashMap<>();
    private final String baseSource;

    private ConfigTree(ObjectNode root, String baseSource) {
        this.root = root;
        this.baseSource = baseSource;
    }

    /** An empty tree. */
    public static ConfigTree empty() {
        return new ConfigTree(YAML.createObjectNode(), "(defaults)");
    }

    /**
     * Parses {@code yaml} (the text of {@code source}); the document must be a mapping (an empty document is
     * an empty mapping).
     *
     * @throws ConfigException {@code source:line:column: malformed YAML: ...} or a non-mapping document
     */
    public static ConfigTree parse(String source, String yaml) {
        JsonNode node;
        try {
            node = YAML.readTree(yaml);
        } catch (JsonProcessingException e) {
            String msg = oneLine(e.getOriginalMessage());
            String field = e.getProcessor() instanceof JsonParser p ? fieldPath(p.getParsingContext()) : "";
            if (msg.startsWith("Malformed numeric value") && !field.isEmpty()) {
                // YAML's .nan / .inf: the parser refuses them; name the field like any other bad value
                String value = msg.replaceFirst("^Malformed numeric value '([^']*)'.*$", "$1");
                throw ConfigException.field(source, field, "got " + value + ", expected a finite number");
            }
            YamlSyntax y = YamlSyntax.of(e);
            String where = y.line() > 0 ? source + ":" + y.line() + ":" + y.column() : source;
            throw new ConfigException(where + ": malformed YAML: " + y.message());
        }
        if (node == null || node.isMissingNode() || node.isNull()) node = YAML.createObjectNode();
        if (!node.isObject()) {
            throw new ConfigException(source + ": expected a mapping of sections (key: value), got a " + kind(node));
        }
        ConfigTree t = new ConfigTree((ObjectNode) node, source);
        return t;
    }

    /** Layers {@code top} over this tree (in place) and returns this tree. */
    public ConfigTree overlay(ConfigTree top) {
        merge(root, top.root, "", top);
        return this;
    }

    /**
     * Applies one override {@code a.b.c=value}; the value is read as a YAML scalar or flow node
     * ({@code 0.1}, {@code true}, {@code Ant-v1}, {@code [1, 2]}, {@code null}).
     *
     * @throws ConfigException when the assignment is not {@code key.path=value} or a prefix of the path is a
     *                         value rather than a section
     */
    public ConfigTree set(String assignment) {
        return set(assignment, "--set " + assignment);
    }

    /** {@link #set(String)} with {@code source} naming where the assignment came from (e.g. {@code --env X}). */
    public ConfigTree set(String assignment, String source) {
        int eq = assignment.indexOf('=');
        if (eq <= 0) throw new ConfigException(source + ": expected key.path=value (e.g. trainer.sigma=0.05)");
        String path = assignment.substring(0, eq).strip();
        String text = assignment.substring(eq + 1).strip();
        if (!KEY_PATH.matcher(path).matches()) {
            throw new ConfigException(source + ": '" + path + "' is not a key path like trainer.sigma");
        }
        JsonNode value;
        try {
            value = text.isEmpty() ? YAML.getNodeFactory().textNode("") : YAML.readTree(text);
        } catch (JsonProcessingException e) {
            throw new ConfigException(source + ": value '" + text + "' is not valid YAML: " + oneLine(e.getOriginalMessage()));
        }
        if (value == null || value.isMissingNode()) value = YAML.getNodeFactory().nullNode();
        String[] keys = path.split("\\.");
        ObjectNode node = root;
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < keys.length - 1; i++) {
            if (prefix.length() > 0) prefix.append('.');
            prefix.append(keys[i]);
            JsonNode child = node.get(keys[i]);
            if (child == null || child.isNull()) {
                child = node.putObject(keys[i]);
            } else if (!child.isObject()) {
                throw new ConfigException(source + ": " + prefix + " is a value (" + child + "), not a section");
            }
            node = (ObjectNode) child;
        }
        node.set(keys[keys.length - 1], value);
        forgetBelow(path);
        sources.put(path, source);
        return this;
    }

    /** The source that supplied the value at {@code path} (dot-separated), or the nearest enclosing one. */
    public String sourceOf(String path) {
        String p = path;
        while (true) {
            String s = sources.get(p);
            if (s != null) return s;
            int dot = p.lastIndexOf('.');
            if (dot < 0) return baseSource;
            p = p.substring(0, dot);
        }
    }

    /** The merged tree (live; do not modify). */
    public ObjectNode root() {
        return root;
    }

    /** The merged tree as YAML text. */
    public String toYaml() {
        try {
            return YAML.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the config as YAML: " + e.getOriginalMessage(), e);
        }
    }

    private void merge(ObjectNode dst, ObjectNode src, String prefix, ConfigTree from) {
        Iterator<Map.Entry<String, JsonNode>> it = src.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String path = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
            JsonNode old = dst.get(e.getKey());
            if (old != null && old.isObject() && e.getValue().isObject()) {
                merge((ObjectNode) old, (ObjectNode) e.getValue(), path, from);
            } else {
                dst.set(e.getKey(), e.getValue().deepCopy());
                forgetBelow(path);
                sources.put(path, from.sourceOf(path));
            }
        }
    }

    private void forgetBelow(String path) {
        sources.keySet().removeIf(k -> k.startsWith(path + "."));
    }

    /** The dotted key path of the parser's current position (empty at the top). */
    private static String fieldPath(JsonStreamContext ctx) {
        StringBuilder sb = new StringBuilder();
        for (JsonStreamContext c = ctx; c != null && !c.inRoot(); c = c.getParent()) {
            String part = c.inObject() ? c.getCurrentName() : "[" + c.getCurrentIndex() + "]";
            if (part == null) continue;
            sb.insert(0, sb.length() == 0 || sb.charAt(0) == '[' ? part : part + ".");
        }
        return sb.toString();
    }

    static String kind(JsonNode node) {
        if (node.isArray()) return "list";
        if (node.isTextual()) return "text";
        if (node.isNumber()) return "number";
        if (node.isBoolean()) return "boolean";
        return node.getNodeType().toString().toLowerCase();
    }

    static String oneLine(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
