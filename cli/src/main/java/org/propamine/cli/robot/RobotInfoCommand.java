package org.propamine.cli.robot;

import java.util.concurrent.Callable;
import org.propamine.sim.RobotFiles;
import org.propamine.sim.RobotInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code propamine robot info FILE|NAME}: links, joints with limits, masses and actuators of a robot file. */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = "Print the links, joints (limits), masses and actuator settings of a robot file.")
public final class RobotInfoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE|NAME",
            description = "A shipped robot name (${sys:propamine.robots}) or an MJCF (.xml) / URDF (.urdf) file.")
    String robot;

    static {
        System.setProperty("propamine.robots", String.join(", ", RobotFiles.SHIPPED));
    }

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(RobotInfo.format(RobotFiles.load(robot)));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
