package org.propamine.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** Shared behaviour of commands that only group subcommands ({@code propamine}, {@code robot}, {@code bench}). */
public final class GroupCommands {

    private GroupCommands() {}

    /** The usage error for a group invoked without a subcommand, listing the choices. */
    public static CommandLine.ParameterException missingSubcommand(CommandSpec spec) {
        var names = spec.subcommands().keySet().stream().filter(n -> !n.equals("help")).toList();
        return new CommandLine.ParameterException(spec.commandLine(),
                "missing subcommand: expected one of " + String.join(", ", names));
    }
}
