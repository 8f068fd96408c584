package khatt.diag;

import java.nio.file.Path;
import java.util.Comparator;

/**
 * One problem found in the content or the templates, at a place in a file.
 *
 * @param line 1-based, or 0 when the problem concerns the whole file
 * @param column 1-based, or 0 when unknown
 * @param hint how to fix it, or empty
 */
public record Diagnostic(Severity severity, Path file, int line, int column, String message, String hint)
        implements Comparable<Diagnostic> {

    private static final Comparator<Diagnostic> ORDER = Comparator
            .comparing((Diagnostic d) -> d.file().toString())
            .thenComparingInt(Diagnostic::line)
            .thenComparingInt(Diagnostic::column)
            .thenComparing(Diagnostic::severity)
            .thenComparing(Diagnostic::message);

    public Diagnostic {
        hint = hint == null ? "" : hint;
    }

    public static Diagnostic error(Path file, int line, String message, String hint) {
        return new Diagnostic(Severity.ERROR, file, line, line > 0 ? 1 : 0, message, hint);
    }

    public static Diagnostic warning(Path file, int line, String message, String hint) {
        return new Diagnostic(Severity.WARNING, file, line, line > 0 ? 1 : 0, message, hint);
    }

    public Diagnostic at(int newLine, int newColumn) {
        return new Diagnostic(severity, file, newLine, newColumn, message, hint);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code path:line:column: error: message}, the form compilers use, so editors can jump to it. */
    public String format() {
        String where = file + (line > 0 ? ":" + line + ":" + Math.max(column, 1) : "");
        return where + ": " + severity.label() + ": " + message;
    }

    @Override
    public int compareTo(Diagnostic other) {
        return ORDER.compare(this, other);
    }
}
