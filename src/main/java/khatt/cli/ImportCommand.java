package khatt.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import khatt.importer.Importer;
import khatt.importer.Lexicon;
import khatt.importer.ReviewTable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code khatt import}: raw Arabic news pages (copied text or saved HTML) into reviewed article files. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Turns saved news pages (.txt copied text, .html saved pages) into article files of content/,",
            "filed in their events, and prints what it inferred for review."})
public final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--content", defaultValue = "content", description = "the content directory (default: ${DEFAULT-VALUE})")
    Path content;

    @Option(names = "--url", description = "the page's address (with one input file): kept as source_url, and used as evidence")
    String url;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
            description = "the day the page was published (with one input file), when the page does not say it")
    String published;

    @Option(names = "--json", description = "print a JSON array instead of the review table")
    boolean json;

    @Option(names = "--dry-run", description = "write nothing")
    boolean dryRun;

    @Option(names = "--force", description = "replace existing files (and re-import duplicates)")
    boolean force;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "saved pages to import")
    List<Path> files;

    @Override
    public Integer call() {
        CommandLine cmd = spec.commandLine();
        if (url != null && files.size() != 1) {
            throw new CommandLine.ParameterException(cmd, "--url applies to exactly one input file");
        }
        java.time.LocalDate publishedDay = null;
        if (published != null) {
            if (files.size() != 1) {
                throw new CommandLine.ParameterException(cmd, "--published applies to exactly one input file");
            }
            try {
                publishedDay = java.time.LocalDate.parse(published);
            } catch (java.time.format.DateTimeParseException e) {
                throw new CommandLine.ParameterException(cmd, "--published: not a date (YYYY-MM-DD): " + published);
            }
        }
        PrintWriter out = cmd.getOut();
        PrintWriter err = cmd.getErr();
        Importer.Report report;
        try {
            report = new Importer(Lexicon.load()).importFiles(files, new Importer.Options(content, url, dryRun, force, publishedDay));
        } catch (IOException e) {
            err.println("error: cannot read " + content + ": " + e.getMessage());
            err.flush();
            return 1;
        }
        out.print(json ? ReviewTable.json(report, dryRun) : ReviewTable.table(report, dryRun));
        out.flush();
        report.articles().stream().filter(a -> a.error() != null)
                .forEach(a -> err.println(a.file() + ": error: " + a.error()));
        err.flush();
        return report.hasErrors() ? 1 : 0;
    }
}
