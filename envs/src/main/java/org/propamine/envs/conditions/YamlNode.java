package org.propamine.envs.conditions;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML value with the line it starts on, so that every loader error can name {@code FILE:LINE}. Jackson's
 * tree model drops locations; this reads the token stream instead.
 *
 * @param value a {@code Map<String, YamlNode>}, a {@code List<YamlNode>}, a String, a Double, a Long, a
 *              Boolean or null
 * @param line  1-based line number in the file
 */
record YamlNode(Object value, int line) {

    /** Parses a whole document; syntax errors become {@link ConditionFileException}s naming the line. */
    static YamlNode parse(Reader reader, String file) {
        try (JsonParser p = new YAMLFactory().createParser(reader)) {
            JsonToken t = p.nextToken();
            if (t == null) return new YamlNode(null, 1);
            return read(p, file);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            YamlSyntax y = YamlSyntax.of(e);
            throw new ConditionFileException(file + ":" + y.line() + ": malformed YAML: " + y.message());
        } catch (IOException e) {
            throw new ConditionFileException(file + ": cannot read: " + e.getMessage());
        }
    }

    private static YamlNode read(JsonParser p, String file) throws IOException {
        int line = p.currentTokenLocation().getLineNr();
        switch (p.currentToken()) {
            case START_OBJECT -> {
                Map<String, YamlNode> m = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    int keyLine = p.currentTokenLocation().getLineNr();
                    p.nextToken();
                    if (m.put(key, read(p, file)) != null) throw new ConditionFileException(file + ":" + keyLine + ": duplicate key '" + key + "'");
                }
                return new YamlNode(m, line);
            }
            case START_ARRAY -> {
                List<YamlNode> l = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) l.add(read(p, file));
                return new YamlNode(l, line);
            }
            case VALUE_NUMBER_INT -> {
                return new YamlNode(p.getLongValue(), line);
            }
            case VALUE_NUMBER_FLOAT -> {
                return new YamlNode(p.getDoubleValue(), line);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new YamlNode(p.getBooleanValue(), line);
            }
            case VALUE_NULL -> {
                return new YamlNode(null, line);
            }
            default -> {
                return new YamlNode(p.getText(), line);
            }
        }
    }

    boolean isMap() {
        return value instanceof Map;
    }

    boolean isList() {
        return value instanceof List;
    }

    @SuppressWarnings("unchecked")
    Map<String, YamlNode> map() {
        return (Map<String, YamlNode>) value;
    }

    @SuppressWarnings("unchecked")
    List<YamlNode> list() {
        return (List<YamlNode>) value;
    }
}
