package khatt.cli;

import java.io.PrintWriter;
import khatt.build.BuildReport;
import khatt.diag.Diagnostic;

/**
 * Prints diagnostics the way compilers do, one per line, with the hint indented below; in colour
 * only when writing to a terminal (and {@code NO_COLOR} is not set), never into logs.
 */
final class Reporting {

    private static final String RESET = "\u001b[0m";
    private static final String BOLD = "\u001b[1m";
    private static final String RED = "\u001b[1;31m";
    private static final String YELLOW = "\u001b[1;33m";
    private static final String DIM = "\u001b[2m";

    private final PrintWriter err;
    private final boolean colour;

    Reporting(PrintWriter err, boolean colour) {
        this.err = err;
        this.colour = colour;
    }

    static Reporting forTerminal(PrintWriter err) {
        return new Reporting(err, Terminal.interactive() && System.getenv("NO_COLOR") == null);
    }

    void print(BuildReport report) {
        for (Diagnostic diagnostic : report.diagnostics()) {
            err.println(colour ? coloured(diagnostic) : diagnostic.format());
            if (!diagnostic.hint().isEmpty()) {
                err.println(paint(DIM, "    hint: " + diagnostic.hint()));
            }
        }
        err.flush();
    }

    void failure(String line) {
        err.println(paint(RED, line));
        err.flush();
    }

    private String coloured(Diagnostic diagnostic) {
        String plain = diagnostic.format();
        String label = diagnostic.severity().label() + ":";
        int at = plain.indexOf(": " + label);
        if (at < 0) {
            return plain;
        }
        return BOLD + plain.substring(0, at + 1) + RESET + " " + paint(diagnostic.isError() ? RED : YELLOW, label)
                + plain.substring(at + 2 + label.length());
    }

    private String paint(String style, String text) {
        return colour ? style + text + RESET : text;
    }
}
