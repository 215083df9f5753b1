package org.propamine.cli.robot;

import org.propamine.cli.GroupCommands;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code propamine robot ...}: tools for robot description files (MJCF / URDF). */
@Command(name = "robot", mixinStandardHelpOptions = true,
        description = "Inspect robot description files (MJCF, URDF).",
        subcommands = {RobotInfoCommand.class})
public final class RobotCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw GroupCommands.missingSubcommand(spec);
    }
}
