package org.propamine.cli.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.propamine.plasticity.Rules;
import org.propamine.trainer.es.Strategies;

/**
 * Resolves an experiment config: the packaged {@value #BASE} as the base, the user's file (or a named config
 * from {@code assets/configs/}) over it, then {@code key=value} overrides in order; then binds and validates
 * it as an {@link ExperimentConfig}.
 */
public final class ConfigLoader {

    /** Classpath resource of the base config that documents every field. */
    public static final String BASE = "assets/configs/default.yaml";

    private ConfigLoader() {}

    /**
     * The resolved config, the YAML text of the merged tree (saved in the run directory), the config's own
     * source (file or resource) and the tree (to name the source of any field in later errors).
     */
    public record Resolved(ExperimentConfig config, String yaml, String source, ConfigTree tree) {

        /** A one-line error about field {@code path}, naming the file or override that set it. */
        public ConfigException fieldError(String path, String detail) {
            return ConfigException.field(tree.sourceOf(path), path, detail);
        }
    }

    /**
     * @param config    a YAML file path, a config name from {@code assets/configs/} ({@code quick},
     *                  {@code ant-static}), or null for the base config alone
     * @param overrides {@code a.b.c=value} assignments applied in order; {@link #shortcut} marks one that came
     *                  from a shortcut option so errors name that option
     * @throws ConfigException one line naming the file or override, the field and what was expected
     */
    public static Resolved load(String config, List<String> overrides) {
        ConfigTree tree = ConfigTree.parse(BASE, readResource(BASE));
        String source = BASE;
        if (config != null) {
            source = locate(config);
            String text = source.startsWith("assets/") ? readResource(source) : readFile(Path.of(source));
            tree.overlay(ConfigTree.parse(source, text));
        }
        for (String o : overrides) {
            // "--flag value\u0000key=value": a shortcut option, named as the user typed it
            int sep = o.indexOf('\u0000');
            if (sep >= 0) tree.set(o.substring(sep + 1), o.substring(0, sep));
            else tree.set(o);
        }
        return resolve(tree, source);
    }

    /**
     * The config whose resolved YAML ({@link Resolved#yaml()}, e.g. a run's {@code config.yaml}) is
     * {@code yaml}, layered on the base like a file; {@code source} names it in errors.
     */
    public static Resolved fromYaml(String source, String yaml) {
        ConfigTree tree = ConfigTree.parse(BASE, readResource(BASE));
        tree.overlay(ConfigTree.parse(source, yaml));
        return resolve(tree, source);
    }

    private static Resolved resolve(ConfigTree tree, String source) {
        ExperimentConfig bound = ConfigBinder.bind(tree, ExperimentConfig.class);
        checkNames(bound, tree);
        return new Resolved(bound, tree.toYaml(), source, tree);
    }

    /** An override that came from option {@code option} with {@code value}, setting {@code key}. */
    public static String shortcut(String option, Object value, String key) {
        return option + " " + value + "\u0000" + key + "=" + value;
    }

    /** Names that resolve in another module's registry must be known there (checked before any work starts). */
    static void checkNames(ExperimentConfig c, ConfigTree tree) {
        String strategy = c.trainer().strategy();
        if (!Strategies.ids().contains(strategy)) {
            throw ConfigException.field(tree.sourceOf("trainer.strategy"), "trainer.strategy",
                    "got '" + strategy + "', expected one of " + String.join(", ", Strategies.ids()));
        }
        String rule = c.network().rule();
        if (rule != null && !Rules.isKnown(rule)) {
            throw ConfigException.field(tree.sourceOf("network.rule"), "network.rule",
                    "got '" + rule + "', expected one of " + String.join(", ", Rules.names()));
        }
    }

    /** A file path when {@code config} names an existing file, else the classpath resource of a named config. */
    static String locate(String config) {
        Path p = Path.of(config);
        if (Files.isRegularFile(p)) return config;
        if (Files.exists(p)) throw new ConfigException(config + ": not a regular file");
        if (config.matches("[A-Za-z0-9_-]+(\\.ya?ml)?")) {
            String name = config.endsWith(".yaml") || config.endsWith(".yml") ? config : config + ".yaml";
            String resource = "assets/configs/" + name;
            if (ConfigLoader.class.getClassLoader().getResource(resource) != null) return resource;
        }
        throw new ConfigException(config + ": config not found (neither a file nor a name in assets/configs/)");
    }

    static String readFile(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot read: " + e.getMessage());
        }
    }

    static String readResource(String resource) {
        try (InputStream in = ConfigLoader.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new ConfigException(resource + ": missing from the classpath (is propamine-assets built?)");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigException(resource + ": cannot read: " + e.getMessage());
        }
    }
}
