package khatt.cli;

import java.io.PrintWriter;
import khatt.build.BuildReport;
import khatt.diag.Diagnostic;

/** Prints diagnostics the way compilers do, one per line, with the hint indented below. */
final class Reporting {

    private Reporting() {}

    static void print(BuildReport report, PrintWriter err) {
        for (Diagnostic diagnostic : report.diagnostics()) {
            err.println(diagnostic.format());
            if (!diagnostic.hint().isEmpty()) {
                err.println("    hint: " + diagnostic.hint());
            }
        }
    }
}
