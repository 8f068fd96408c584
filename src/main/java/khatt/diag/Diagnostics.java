package khatt.diag;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one run from any thread; reads them back sorted. */
public final class Diagnostics {

    private final List<Diagnostic> all = new ArrayList<>();

    public synchronized void add(Diagnostic diagnostic) {
        all.add(diagnostic);
    }

    public synchronized void addAll(List<Diagnostic> diagnostics) {
        all.addAll(diagnostics);
    }

    public synchronized List<Diagnostic> sorted() {
        return all.stream().sorted().distinct().toList();
    }

    public synchronized boolean hasErrors() {
        return all.stream().anyMatch(Diagnostic::isError);
    }

    public synchronized long errorCount() {
        return all.stream().filter(Diagnostic::isError).count();
    }
}
