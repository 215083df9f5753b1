package org.propamine.envs.conditions;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Where and what a YAML parse error is, in one line; shared by the condition-grid loader and the CLI's config
 * loader. SnakeYAML's own message quotes the offending source lines with a caret under them and names its
 * "reader"; this keeps only the problem and what the parser was doing ({@code <problem> (<context>)}), placed at
 * the start of the construct being parsed (its context mark, e.g. the {@code [} of an unclosed list) or, without
 * one, where the problem was found. Other parse errors keep Jackson's message and location.
 *
 * @param line    1-based line, 0 when unknown
 * @param column  1-based column, 0 when unknown
 * @param message one line, without location
 */
public record YamlSyntax(int line, int column, String message) {

    /** The syntax error behind an exception of Jackson's YAML parser. */
    public static YamlSyntax of(JsonProcessingException e) {
        if (e.getCause() instanceof MarkedYAMLException y && y.getProblemMark() != null) {
            Mark at = y.getContextMark() != null ? y.getContextMark() : y.getProblemMark();
            String what = oneLine(y.getProblem());
            if (y.getContext() != null) what += " (" + oneLine(y.getContext()) + ")";
            return new YamlSyntax(at.getLine() + 1, at.getColumn() + 1, what);
        }
        var loc = e.getLocation();
        return new YamlSyntax(loc == null ? 0 : loc.getLineNr(), loc == null ? 0 : loc.getColumnNr(), oneLine(e.getOriginalMessage()));
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
