package org.propamine.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import picocli.CommandLine;

/**
 * Entry point of the {@code propamine} command (started by the {@code ./propamine} launcher).
 *
 * <p>Exit codes: 0 success, 1 an error while running (one line {@code propamine: error: <message>} on stderr;
 * the stack trace only with {@code --debug}), 2 a usage error (one line naming the bad option or value).
 */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line {@code args} with the given output streams and returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return commandLine(out, err, Arrays.asList(args).contains("--debug")).execute(args);
    }

    /** A configured {@link CommandLine} for {@link PropamineCommand}. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err, boolean debug) {
        CommandLine cl = new CommandLine(new PropamineCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler((ex, argv) -> {
            PrintWriter e = ex.getCommandLine().getErr();
            String name = ex.getCommandLine().getCommandSpec().qualifiedName();
            e.println("propamine: usage: " + ErrorMessages.oneLine(ex.getMessage())
                    + " (see '" + name + " --help')");
            if (debug) ex.printStackTrace(e);
            e.flush();
            return CommandLine.ExitCode.USAGE;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter e = commandLine.getErr();
            e.println("propamine: error: " + ErrorMessages.describe(ex));
            if (debug) ex.printStackTrace(e);
            e.flush();
            return CommandLine.ExitCode.SOFTWARE;
        });
        return cl;
    }
}
