package org.propamine.cli.bench;

import org.propamine.cli.GroupCommands;
import org.propamine.cli.temporal.BenchBpttCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code propamine bench ...}: throughput benchmarks of the libraries, with {@code --json} output. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure throughput (env steps/s, controller cost, ES generation time, cluster overhead, BPTT, rendering).",
        subcommands = {BenchEnvCommand.class, BenchControllerCommand.class, BenchEsCommand.class, BenchClusterCommand.class, BenchBpttCommand.class, BenchRenderCommand.class})
public final class BenchCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw GroupCommands.missingSubcommand(spec);
    }
}
