package khatt.cli;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import khatt.build.BuildOptions;
import khatt.build.SiteBuilder;
import khatt.content.ArticleScaffold;
import khatt.content.ContentSnapshot;
import khatt.diag.Diagnostic;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code khatt new article}: scaffolds content files. */
@Command(name = "new", mixinStandardHelpOptions = true, description = "Creates a content file with its front matter filled in.",
        subcommands = NewCommand.Article.class)
final class NewCommand implements Runnable {

    @Spec
    CommandSpec newSpec;

    @Override
    public void run() {
        throw new ParameterException(newSpec.commandLine(), "say what to create: khatt new article --title … --date …");
    }

    @Command(name = "article", mixinStandardHelpOptions = true,
            description = {"Creates articles/<date>-<slug>.md with the front matter from the options, then checks it.",
                    "Example: khatt new article --title \"لافروف يلتقي بلينكن\" --date 2022-01-21 --event 2022-01-21-geneva --kind meeting --topic ukraine"})
    static final class Article implements Callable<Integer> {

        @Mixin
        SiteOptions site;

        @Option(names = "--title", required = true, paramLabel = "TEXT", description = "the article's headline")
        String title;

        @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", description = "the date of the event it reports")
        LocalDate date;

        @Option(names = "--event", paramLabel = "ID", description = "the event's id, e.g. 2019-05-14-sochi; omit to group by date, place and kind")
        String event;

        @Option(names = "--place", paramLabel = "TEXT", description = "where the event took place, in Arabic")
        String place;

        @Option(names = "--kind", paramLabel = "KIND", description = "meeting, call, press-conference, statement, visit, summit, talks or interview")
        String kind;

        @Option(names = "--outlet", paramLabel = "TEXT", description = "the outlet that published it")
        String outlet;

        @Option(names = "--published", paramLabel = "ISO-8601", description = "when it was published, e.g. 2019-05-14T18:30:00+03:00")
        String published;

        @Option(names = "--source-url", paramLabel = "URL", description = "the address of the original")
        String sourceUrl;

        @Option(names = "--topic", paramLabel = "ID", description = "a topic id from topics.yaml; repeat for more (default: found from the text)")
        List<String> topics;

        @Option(names = "--slug", paramLabel = "NAME", description = "the file name after the date (default: from the event, place or title)")
        String slug;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            ArticleScaffold scaffold = ArticleScaffold.blank(title, date, event, place, kind, outlet, published, sourceUrl, topics, slug);
            Path file;
            try {
                file = scaffold.write(site.content);
            } catch (FileAlreadyExistsException e) {
                spec.commandLine().getErr().println("khatt: " + e.getFile() + " already exists; pass --slug to choose another name");
                return 1;
            }
            // Read back through the same path as build and check: the options are checked as content.
            SiteBuilder builder = new SiteBuilder();
            BuildOptions options = new BuildOptions(site.content, null, site.templates, null);
            ContentSnapshot snapshot = builder.read(options);
            List<Diagnostic> problems = snapshot.problems().stream().filter(d -> d.file().equals(file)).toList();
            problems.forEach(d -> spec.commandLine().getErr().println(d.format() + (d.hint().isEmpty() ? "" : "\n    hint: " + d.hint())));
            spec.commandLine().getOut().println("created " + file + (problems.stream().anyMatch(Diagnostic::isError)
                    ? " (with errors: fix them before building)" : "; write the text below its front matter"));
            return problems.stream().anyMatch(Diagnostic::isError) ? 1 : 0;
        }
    }
}
