package khatt.diag;

import java.util.List;

/** Thrown when the content or the templates have errors; carries every problem found, sorted. */
public final class ContentException extends Exception {

    private final List<Diagnostic> diagnostics;

    public ContentException(List<Diagnostic> diagnostics) {
        super(diagnostics.stream().filter(Diagnostic::isError).count() + " error(s) in the content");
        this.diagnostics = List.copyOf(diagnostics);
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
