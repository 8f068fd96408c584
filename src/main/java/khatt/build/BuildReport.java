package khatt.build;

import java.util.List;
import khatt.diag.Diagnostic;

/** The outcome of a build or check: counts, time, and every problem found (sorted). */
public record BuildReport(int articles, int events, int pages, long millis, List<Diagnostic> diagnostics) {

    public BuildReport {
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean failed() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    /** The one line a build ends with. */
    public String summary() {
        return String.format(java.util.Locale.ROOT, "%d articles, %d events, %d pages written in %d ms", articles, events, pages, millis);
    }
}
