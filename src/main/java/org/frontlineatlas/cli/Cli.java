package org.frontlineatlas.cli;

import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command-line contract of DESIGN.md: places, extract, import, bench; and eval (the dev set's figures). */
@Command(
        name = "frontline-atlas",
        mixinStandardHelpOptions = true,
        description = "Frontline Atlas command line",
        subcommands = {
            PlacesCommand.class,
            ExtractCommand.class,
            ImportCommand.class,
            BenchCommand.class,
            EvalCommand.class
        })
public final class Cli {

    private static final Set<String> COMMANDS = Set.of("places", "extract", "import", "bench", "eval", "--help", "-h");

    public static boolean handles(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    public static int run(String[] args) {
        // Before any logger exists: results go to stdout, so logs must not.
        System.setProperty("logback.configurationFile", "logback-cli.xml");
        CommandLine cli = new CommandLine(new Cli());
        // Bad input is a one-line message on stderr and a non-zero exit, never a stack trace.
        cli.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("error: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            return 2;
        });
        return cli.execute(args);
    }
}
