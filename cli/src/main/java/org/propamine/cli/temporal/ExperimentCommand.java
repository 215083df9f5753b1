package org.propamine.cli.temporal;

import org.propamine.cli.GroupCommands;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code propamine experiment ...}: the paper's scientific experiments. */
@Command(name = "experiment", mixinStandardHelpOptions = true,
        description = "Run the paper's experiments (claim C1: temporal tasks).",
        subcommands = {TemporalExperimentCommand.class})
public final class ExperimentCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw GroupCommands.missingSubcommand(spec);
    }
}
