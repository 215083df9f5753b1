package org.propamine.cli;

import org.propamine.cli.bench.BenchCommand;
import org.propamine.cli.cluster.WorkerCommand;
import org.propamine.cli.eval.EvalCommand;
import org.propamine.cli.play.PlayCommand;
import org.propamine.cli.robot.RobotCommand;
import org.propamine.cli.temporal.ExperimentCommand;
import org.propamine.cli.train.TrainCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The root {@code propamine} command: a group of subcommands. */
@Command(name = "propamine",
        mixinStandardHelpOptions = true,
        version = "propamine 0.1.0-SNAPSHOT",
        description = "Legged robots controlled by plastic spiking neural networks (SpikePropamine in Java).",
        subcommands = {TrainCommand.class, WorkerCommand.class, EvalCommand.class, PlayCommand.class, ExperimentCommand.class, RobotCommand.class, BenchCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Tests: ./propamine test   (runs the whole Maven test suite)"})
public final class PropamineCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "Print stack traces of errors.")
    boolean debug;

    @Override
    public void run() {
        throw GroupCommands.missingSubcommand(spec);
    }
}
