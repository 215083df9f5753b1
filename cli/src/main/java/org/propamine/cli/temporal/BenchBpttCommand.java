package org.propamine.cli.temporal;

import java.util.concurrent.Callable;
import org.propamine.trainer.bptt.BpttBenchmark;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code propamine bench bptt [--json]}: BPTT training throughput (episodes/s) for the PatternMemory network. */
@Command(name = "bptt", mixinStandardHelpOptions = true,
        description = "Surrogate-gradient BPTT throughput (episodes/s) on the PatternMemory-v1 network.")
public final class BenchBpttCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--bits", paramLabel = "N", description = "Pattern length N (default ${DEFAULT-VALUE}).")
    int bits = 64;

    @Option(names = "--rule", paramLabel = "R", description = "Plasticity rule id (default ${DEFAULT-VALUE}).")
    String rule = "nm-bcm";

    @Option(names = "--seconds", paramLabel = "S", description = "Measuring time per phase (default ${DEFAULT-VALUE}).")
    double seconds = 3;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public Integer call() {
        if (bits < 2 || bits % 2 != 0) throw new CommandLine.ParameterException(spec.commandLine(), "--bits " + bits + ": expected an even number >= 2");
        BpttBenchmark.Report r = BpttBenchmark.run(bits, rule, seconds);
        var out = spec.commandLine().getOut();
        out.println(json ? r.toJson() : r.describe());
        out.flush();
        return 0;
    }
}
