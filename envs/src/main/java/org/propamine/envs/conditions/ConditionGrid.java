package org.propamine.envs.conditions;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.propamine.envs.wrappers.LegDamageMode;

/**
 * A named evaluation set read from a condition-grid file ({@code assets/conditions/*.yaml}):
 * <pre>
 * conditions:
 *   - name: nominal                 # no wrappers
 *   - name: gravity_x1.2
 *     wrappers:
 *       - type: GravityScale        # see WrapperType for the types and their args
 *         args: {scale: 1.2}
 * </pre>
 * Every error is one line {@code FILE:LINE: what is wrong, what was expected}.
 *
 * @param source     the file or resource it came from
 * @param conditions in file order, names unique
 */
public record ConditionGrid(String source, List<Condition> conditions) {

    /** The grid shipped as {@code assets/conditions/default.yaml}. */
    public static final String DEFAULT_RESOURCE = "assets/conditions/default.yaml";

    public ConditionGrid {
        conditions = List.copyOf(conditions);
    }

    /** The condition called {@code name}; unknown names throw listing the known ones. */
    public Condition get(String name) {
        for (Condition c : conditions) if (c.name().equals(name)) return c;
        throw new IllegalArgumentException(source + ": no condition '" + name + "', expected one of " + names());
    }

    public List<String> names() {
        return conditions.stream().map(Condition::name).toList();
    }

    /** The default grid from the classpath. */
    public static ConditionGrid loadDefault() {
        ConditionGrid g = loadResource(DEFAULT_RESOURCE);
        if (g == null) throw new ConditionFileException(DEFAULT_RESOURCE + ": not on the classpath (is propamine-assets a dependency?)");
        return g;
    }

    /**
     * A grid file, or else a grid shipped in {@code assets/conditions/} by its name without {@code .yaml}
     * (e.g. {@code train-randomised}).
     */
    public static ConditionGrid resolve(String fileOrName) {
        if (fileOrName == null || fileOrName.isBlank()) throw new ConditionFileException("condition grid: expected a file or a name");
        Path file = Path.of(fileOrName);
        if (Files.isRegularFile(file)) return load(file);
        String resource = "assets/conditions/" + fileOrName + ".yaml";
        ConditionGrid g = fileOrName.contains("/") ? null : loadResource(resource);
        if (g == null) throw new ConditionFileException(fileOrName + ": no such condition-grid file, and no shipped grid " + resource);
        return g;
    }

    /** The grid of classpath resource {@code resource}, or null when it is not on the classpath. */
    private static ConditionGrid loadResource(String resource) {
        var in = ConditionGrid.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) return null;
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return parse(r, resource);
        } catch (IOException e) {
            throw new ConditionFileException(resource + ": cannot read: " + e.getMessage());
        }
    }

    /** Loads a grid file. */
    public static ConditionGrid load(Path file) {
        if (!Files.isRegularFile(file)) throw new ConditionFileException(file + ": no such condition-grid file");
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(r, file.toString());
        } catch (IOException e) {
            throw new ConditionFileException(file + ": cannot read: " + e.getMessage());
        }
    }

    /** Parses grid text; {@code file} names it in errors. */
    public static ConditionGrid parse(String text, String file) {
        return parse(new StringReader(text), file);
    }

    private static ConditionGrid parse(Reader reader, String file) {
        YamlNode root = YamlNode.parse(reader, file);
        if (!root.isMap() || !root.map().containsKey("conditions")) throw error(file, root, "expected a mapping with a 'conditions' list");
        for (String k : root.map().keySet()) if (!k.equals("conditions")) throw error(file, root.map().get(k), "unknown key '" + k + "', expected only 'conditions'");
        YamlNode list = root.map().get("conditions");
        if (!list.isList() || list.list().isEmpty()) throw error(file, list, "'conditions' must be a non-empty list");
        List<Condition> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (YamlNode item : list.list()) {
            Condition c = condition(file, item);
            if (!names.add(c.name())) throw error(file, item, "duplicate condition name '" + c.name() + "'");
            out.add(c);
        }
        return new ConditionGrid(file, out);
    }

    private static Condition condition(String file, YamlNode item) {
        if (!item.isMap()) throw error(file, item, "a condition must be a mapping with 'name' and optional 'wrappers'");
        Map<String, YamlNode> m = item.map();
        for (String k : m.keySet()) if (!k.equals("name") && !k.equals("wrappers")) throw error(file, m.get(k), "unknown condition field '" + k + "', expected name, wrappers");
        YamlNode name = m.get("name");
        if (name == null || !(name.value() instanceof String s) || !s.matches("[A-Za-z0-9_.+\\-]+")) {
            throw error(file, name == null ? item : name, "condition field 'name' must be a word of letters, digits and _.+-");
        }
        List<WrapperSpec> wrappers = new ArrayList<>();
        YamlNode ws = m.get("wrappers");
        if (ws != null && ws.value() != null) {
            if (!ws.isList()) throw error(file, ws, "'wrappers' must be a list of {type, args}");
            for (YamlNode w : ws.list()) wrappers.add(wrapper(file, w));
        }
        return new Condition(s, wrappers);
    }

    private static WrapperSpec wrapper(String file, YamlNode w) {
        if (!w.isMap()) throw error(file, w, "a wrapper must be a mapping {type, args}");
        Map<String, YamlNode> m = w.map();
        for (String k : m.keySet()) if (!k.equals("type") && !k.equals("args")) throw error(file, m.get(k), "unknown wrapper field '" + k + "', expected type, args");
        YamlNode typeNode = m.get("type");
        WrapperType type = typeNode != null && typeNode.value() instanceof String t ? WrapperType.byFileName(t) : null;
        if (type == null) throw error(file, typeNode == null ? w : typeNode, "wrapper type '" + (typeNode == null ? null : typeNode.value()) + "' is unknown, expected one of " + WrapperType.fileNames());
        YamlNode argsNode = m.get("args");
        Map<String, YamlNode> args = argsNode == null || argsNode.value() == null ? Map.of() : argsNode.isMap() ? argsNode.map() : null;
        if (args == null) throw error(file, argsNode, type.fileName() + ".args must be a mapping");
        Map<String, Object> values = new LinkedHashMap<>();
        for (Map.Entry<String, YamlNode> a : args.entrySet()) {
            String kind = type.params().get(a.getKey());
            if (kind == null) throw error(file, a.getValue(), type.fileName() + " has no argument '" + a.getKey() + "', expected " + type.params().keySet());
            values.put(a.getKey(), value(file, type, a.getKey(), kind.replace("!", ""), a.getValue()));
        }
        for (Map.Entry<String, String> p : type.params().entrySet()) {
            if (p.getValue().endsWith("!") && !values.containsKey(p.getKey())) throw error(file, w, type.fileName() + " needs argument '" + p.getKey() + "' (" + p.getValue().replace("!", "") + ")");
        }
        return new WrapperSpec(type, values, file + ":" + w.line());
    }

    private static Object value(String file, WrapperType type, String name, String kind, YamlNode v) {
        String field = type.fileName() + "." + name;
        switch (kind) {
            case "number" -> {
                if (v.value() instanceof Number n && Double.isFinite(n.doubleValue())) return n.doubleValue();
                throw error(file, v, field + " = " + v.value() + ", expected a number");
            }
            case "integer" -> {
                if (v.value() instanceof Long n && n >= Integer.MIN_VALUE && n <= Integer.MAX_VALUE) return n;
                throw error(file, v, field + " = " + v.value() + ", expected an integer");
            }
            case "mode" -> {
                for (LegDamageMode mode : LegDamageMode.values()) if (mode.name().equals(v.value())) return mode.name();
                throw error(file, v, field + " = " + v.value() + ", expected one of " + java.util.Arrays.toString(LegDamageMode.values()));
            }
            case "numbers" -> {
                if (v.value() instanceof Number n && Double.isFinite(n.doubleValue())) return n.doubleValue();
                if (v.isList()) {
                    double[] d = new double[v.list().size()];
                    for (int i = 0; i < d.length; i++) {
                        if (!(v.list().get(i).value() instanceof Number n) || !Double.isFinite(n.doubleValue())) throw error(file, v.list().get(i), field + "[" + i + "] = " + v.list().get(i).value() + ", expected a number");
                        d[i] = ((Number) v.list().get(i).value()).doubleValue();
                    }
                    return d;
                }
                throw error(file, v, field + " = " + v.value() + ", expected a number or a list of numbers");
            }
            default -> throw new IllegalStateException("unknown parameter kind " + kind);
        }
    }

    private static ConditionFileException error(String file, YamlNode at, String message) {
        return new ConditionFileException(file + ":" + at.line() + ": " + message);
    }
}
