package org.propamine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Every command's {@code --help} renders cleanly. Regression: {@code eval --help} had an unescaped "95% CI" in its
 * description, which picocli reads as a format specifier: it printed a "[picocli WARN] Could not format" line on
 * stderr and left the description's line breaks unrendered.
 */
class HelpTextTest {

    private static void collect(CommandLine cl, List<CommandLine> all) {
        all.add(cl);
        for (CommandLine sub : cl.getSubcommands().values()) collect(sub, all);
    }

    @Test
    void everyCommandsHelpFormatsWithoutWarnings() {
        List<CommandLine> all = new ArrayList<>();
        collect(Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), false), all);
        assertTrue(all.size() > 10, "commands found: " + all.size());
        PrintStream saved = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            for (CommandLine cl : all) {
                String usage = cl.getUsageMessage(CommandLine.Help.Ansi.OFF);
                String name = cl.getCommandSpec().qualifiedName();
                assertFalse(usage.contains("%n"), name + " --help shows a raw %n:\n" + usage);
                assertEquals("", captured.toString(StandardCharsets.UTF_8), name + " --help warned on stderr");
            }
        } finally {
            System.setErr(saved);
        }
    }
}
