package khatt.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import khatt.arabic.TextSketch;
import khatt.build.BuildOptions;
import khatt.build.GeneratedCorpus;
import khatt.build.SiteBuilder;
import khatt.content.ArticleBodies;
import khatt.content.ArticleSource;
import khatt.content.FrontMatter;
import khatt.content.YamlReader;
import khatt.diag.Diagnostics;
import khatt.markdown.Markdown;
import khatt.model.Event;
import khatt.model.Timeline;
import khatt.render.EventTexts;
import khatt.render.PageJob;
import khatt.render.SiteRenderer;
import khatt.render.Templates;
import khatt.render.export.SearchIndex;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The hot stages of a build, each over every article or event of a generated corpus
 * ({@link GeneratedCorpus}): front matter, Markdown, duplicate sketches, search keys, and the page
 * render (view models, templates, exports) into memory. Run with {@code sh bench/jmh.sh}; each
 * score is the time of one pass over the whole corpus.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class StageBenchmarks {

    @Param("1000")
    public int articles;

    private final Markdown markdown = new Markdown();
    private final SearchIndex.Terms terms = new SearchIndex.Terms();
    private final List<String> frontMatters = new ArrayList<>();
    private final List<String> bodies = new ArrayList<>();
    private Timeline timeline;
    private final List<List<String>> eventBodies = new ArrayList<>();
    private BuildOptions options;
    private Path root;

    @Setup(Level.Trial)
    public void generate() throws Exception {
        root = Files.createTempDirectory("khatt-jmh");
        Path content = GeneratedCorpus.write(root.resolve("content"), articles);
        try (Stream<Path> files = Files.list(content.resolve("articles"))) {
            for (Path file : files.sorted().toList()) {
                String text = Files.readString(file);
                frontMatters.add(FrontMatter.split(text).yaml());
                bodies.add(FrontMatter.bodyOf(text));
            }
        }
        options = new BuildOptions(content, root.resolve("site"), Path.of("templates"), null);
        Diagnostics diagnostics = new Diagnostics();
        timeline = new SiteBuilder().understand(options, diagnostics);
        if (diagnostics.hasErrors()) {
            throw new IllegalStateException("the generated corpus does not load: " + diagnostics);
        }
        for (Event event : timeline.events()) {
            List<String> texts = new ArrayList<>();
            for (ArticleSource article : event.articles()) {
                texts.add(ArticleBodies.read(article));
            }
            eventBodies.add(texts);
        }
    }

    @TearDown(Level.Trial)
    public void removeCorpus() throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    @Benchmark
    public void frontMatter(Blackhole sink) throws YamlReader.YamlException {
        Path file = Path.of("article.md");
        for (String yaml : frontMatters) {
            sink.consume(YamlReader.read(yaml, file, FrontMatter.YAML_LINE));
        }
    }

    @Benchmark
    public void markdown(Blackhole sink) {
        for (String body : bodies) {
            sink.consume(markdown.toHtml(body, "a", 3));
        }
    }

    @Benchmark
    public void sketches(Blackhole sink) {
        for (String body : bodies) {
            sink.consume(TextSketch.of(body));
        }
    }

    @Benchmark
    public void searchKeys(Blackhole sink) {
        List<Event> events = timeline.events();
        for (int i = 0; i < events.size(); i++) {
            Event event = events.get(i);
            sink.consume(terms.of(event, event.summary(), eventBodies.get(i)));
        }
    }

    /** Every page, card and export of the site, rendered into memory (nothing written). */
    @Benchmark
    public long render() throws IOException {
        Templates templates = new Templates(options.templates());
        SiteRenderer renderer = new SiteRenderer(templates, options.templates(), markdown, options.out());
        Diagnostics diagnostics = new Diagnostics();
        AtomicLong bytes = new AtomicLong();
        EventTexts texts = new EventTexts();
        List<PageJob> jobs = renderer.jobs(timeline, texts, diagnostics);
        renderer.render(jobs, (path, content) -> bytes.addAndGet(content.length), diagnostics, () -> {});
        renderer.render(renderer.indexJobs(timeline, texts), (path, content) -> bytes.addAndGet(content.length),
                diagnostics, () -> {});
        if (diagnostics.hasErrors()) {
            throw new UncheckedIOException(new IOException("render failed: " + diagnostics));
        }
        return bytes.get();
    }
}
