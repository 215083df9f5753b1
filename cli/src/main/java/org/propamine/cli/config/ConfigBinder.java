package org.propamine.cli.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Binds a {@link ConfigTree} to config records (YAML keys in snake_case), strictly: unknown fields, text
 * where a number is expected, fractions where an integer is expected and unknown enum names are errors.
 * Every error becomes one {@link ConfigException} line {@code SOURCE: field a.b: got X, expected Y}.
 */
public final class ConfigBinder {

    private static final Pattern FIELD_PREFIX = Pattern.compile("^([a-z][a-z0-9_]*): (.*)$", Pattern.DOTALL);

    private static final ObjectMapper MAPPER = strictMapper();

    private ConfigBinder() {}

    /** Binds {@code tree} to {@code type}. */
    public static <T> T bind(ConfigTree tree, Class<T> type) {
        try {
            return MAPPER.treeToValue(tree.root(), type);
        } catch (UnrecognizedPropertyException e) {
            String path = path(e);
            List<String> known = e.getKnownPropertyIds() == null ? List.of()
                    : e.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList();
            throw ConfigException.field(tree.sourceOf(path), path,
                    "unknown field, expected one of " + String.join(", ", known));
        } catch (ValueInstantiationException e) {
            String path = path(e);
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            String msg = ConfigTree.oneLine(cause.getMessage());
            Matcher m = FIELD_PREFIX.matcher(msg);
            if (m.matches()) {
                String full = path.isEmpty() ? m.group(1) : path + "." + m.group(1);
                throw ConfigException.field(tree.sourceOf(full), full, m.group(2));
            }
            throw ConfigException.field(tree.sourceOf(path), path.isEmpty() ? "(top level)" : path, msg);
        } catch (MismatchedInputException e) { // also its subclass InvalidFormatException: a value of the wrong type or format
            String path = path(e);
            throw ConfigException.field(tree.sourceOf(path), path,
                    "got " + describe(tree, path) + ", expected " + expected(e.getTargetType()));
        } catch (JsonMappingException e) {
            String path = path(e);
            throw ConfigException.field(tree.sourceOf(path), path, ConfigTree.oneLine(e.getOriginalMessage()));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new ConfigException("config: " + ConfigTree.oneLine(e.getOriginalMessage()));
        }
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    /** The value at {@code path} as the user wrote it: 'text', a number, true/false, a list, a section. */
    private static String describe(ConfigTree tree, String path) {
        JsonNode node = tree.root();
        for (String key : path.split("\\.")) {
            if (node == null || key.isEmpty()) break;
            node = node.get(key);
        }
        if (node == null || node.isNull() || node.isMissingNode()) return "nothing (null)";
        if (node.isTextual()) return "'" + node.asText() + "'";
        if (node.isObject()) return "a section";
        if (node.isArray()) return "a list";
        return node.asText();
    }

    static String expected(Class<?> type) {
        if (type == null) return "another kind of value";
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) return "an integer";
        if (type == double.class || type == Double.class || type == float.class) return "a number";
        if (type == boolean.class || type == Boolean.class) return "true or false";
        if (type == String.class) return "text";
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(ConfigBinder::enumName)
                    .collect(Collectors.joining(", "));
        }
        if (type.isRecord()) return "a section";
        if (List.class.isAssignableFrom(type) || type.isArray()) return "a list";
        return "a " + type.getSimpleName();
    }

    /** The YAML spelling of an enum constant: its {@code toString()} (config enums override it). */
    static String enumName(Object constant) {
        return constant.toString().toLowerCase(java.util.Locale.ROOT);
    }

    private static ObjectMapper strictMapper() {
        ObjectMapper m = new ObjectMapper();
        m.setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
        m.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        m.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        m.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        m.enable(DeserializationFeature.READ_ENUMS_USING_TO_STRING);
        m.enable(com.fasterxml.jackson.databind.MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS);
        m.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        m.coercionConfigFor(LogicalType.Float).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        m.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        m.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        m.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        m.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        return m;
    }
}
