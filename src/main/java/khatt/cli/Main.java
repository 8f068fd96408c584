package khatt.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code khatt} command line. */
@Command(name = "khatt", mixinStandardHelpOptions = true, version = "khatt 0.1.0",
        description = "Builds a right-to-left Arabic timeline website from news articles.",
        subcommands = {BuildCommand.class, CheckCommand.class, ImportCommand.class, ServeCommand.class, NewCommand.class,
                CommandLine.HelpCommand.class})
public final class Main {

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true"); // share cards are drawn with Java2D: never open a window or Dock icon
        java.util.Optional<Integer> limited = HeapLimit.runLimited(args);
        if (limited.isPresent()) {
            System.exit(limited.get());
        }
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(out, err, args));
    }

    /** Runs one command; returns its exit code: 0 done, 1 content errors, 2 wrong usage. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            err.println("khatt: internal error (please report it with this trace): " + e);
            for (StackTraceElement frame : e.getStackTrace()) {
                err.println("    at " + frame);
            }
            return 1;
        });
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
