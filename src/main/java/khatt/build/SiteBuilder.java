package khatt.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import khatt.content.Content;
import khatt.content.ContentChecks;
import khatt.content.ContentLoader;
import khatt.content.ContentSnapshot;
import khatt.content.NearDuplicates;
import khatt.content.SiteConfig;
import khatt.diag.Diagnostic;
import khatt.diag.Diagnostics;
import khatt.markdown.Markdown;
import khatt.model.Timeline;
import khatt.model.TimelineBuilder;
import khatt.output.OutputFolder;
import khatt.output.StagedOutput;
import khatt.render.EventTexts;
import khatt.render.PageJob;
import khatt.render.SiteRenderer;
import khatt.render.Templates;

/** The pipeline: load the content, understand it as a timeline, render it, write it. */
public final class SiteBuilder {

    private final Markdown markdown = new Markdown();
    /** Kept from one understanding to the next, so that a rebuild reuses the events a change did not touch. */
    private final TimelineBuilder timelineBuilder = new TimelineBuilder();

    /** Loads and understands the content without writing anything. */
    public Timeline understand(BuildOptions options, Diagnostics diagnostics) {
        return understand(read(options), options, diagnostics);
    }

    /** Reads the content folder, every file with its own problems. */
    public ContentSnapshot read(BuildOptions options) {
        return new ContentLoader(markdown).snapshot(options.content());
    }

    Markdown markdown() {
        return markdown;
    }

    /** Understands content already read, comparing every article's text with the others'. */
    public Timeline understand(ContentSnapshot snapshot, BuildOptions options, Diagnostics diagnostics) {
        return understand(snapshot, copiesIn(snapshot, NearDuplicates.NONE), options, diagnostics);
    }

    /** The near-identical articles of {@code snapshot}, found again only where it differs from {@code last}'s. */
    static NearDuplicates copiesIn(ContentSnapshot snapshot, NearDuplicates last) {
        return last.update(snapshot.content().articles(), snapshot.sketches());
    }

    /**
     * Understands content already read: every check a build makes (each file's own problems, then
     * those across files, then the timeline's), {@code copies} being its near-identical articles.
     * The one validation path of build, check and serve.
     */
    Timeline understand(ContentSnapshot snapshot, NearDuplicates copies, BuildOptions options, Diagnostics diagnostics) {
        diagnostics.addAll(snapshot.problems());
        Content content = snapshot.content();
        String badBaseUrl = options.baseUrl() == null ? null : SiteConfig.baseUrlProblem(options.baseUrl());
        if (badBaseUrl != null) {
            diagnostics.add(Diagnostic.error(Path.of("--base-url"), 0, badBaseUrl, "e.g. --base-url https://example.org/timeline/"));
        } else if (options.baseUrl() != null) {
            content = new Content(content.config().withBaseUrl(options.baseUrl()), content.topics(),
                    content.eventFacts(), content.articles());
        }
        ContentChecks.check(content, copies, diagnostics);
        return timelineBuilder.build(content, diagnostics);
    }

    /** Validates everything a build would, writing nothing. */
    public BuildReport check(BuildOptions options) {
        long start = System.nanoTime();
        Diagnostics diagnostics = new Diagnostics();
        Timeline timeline = understand(options, diagnostics);
        try {
            diagnostics.addAll(new Templates(options.templates()).check(SiteRenderer.TEMPLATES));
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error(options.templates(), 0, "cannot read templates: " + e.getMessage(), ""));
        }
        return report(timeline, 0, start, diagnostics);
    }

    /** Builds the site into {@code options.out()}; on any error the previous output is left as it was. */
    public BuildReport build(BuildOptions options) {
        return build(options, Progress.NONE);
    }

    /** Builds the site, telling {@code progress} how far the writing has come. */
    public BuildReport build(BuildOptions options, Progress progress) {
        long start = System.nanoTime();
        Diagnostics diagnostics = new Diagnostics();
        outputRefusal(options).ifPresent(diagnostics::add);
        Timeline timeline = understand(options, diagnostics);
        if (diagnostics.hasErrors()) {
            return report(timeline, 0, start, diagnostics);
        }
        int pages = 0;
        try (StagedOutput output = new StagedOutput(options.out())) {
            Templates templates = new Templates(options.templates());
            diagnostics.addAll(templates.check(SiteRenderer.TEMPLATES));
            if (!diagnostics.hasErrors()) {
                SiteRenderer renderer = new SiteRenderer(templates, options.templates(), markdown, options.out());
                EventTexts texts = new EventTexts();
                List<PageJob> jobs = renderer.jobs(timeline, texts, diagnostics);
                progress.start(jobs.size());
                pages = renderer.render(jobs, output, diagnostics, progress::fileDone);
                progress.end();
                if (!diagnostics.hasErrors()) {
                    pages += renderer.render(renderer.indexJobs(timeline, texts), output, diagnostics, () -> {});
                }
            }
            if (!diagnostics.hasErrors()) {
                output.commit();
            }
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error(options.out(), 0, "cannot write the site: " + e.getMessage(), ""));
        }
        return report(timeline, diagnostics.hasErrors() ? 0 : pages, start, diagnostics);
    }

    /** An error when the output folder must not be replaced by a build (see {@link OutputFolder}). */
    static Optional<Diagnostic> outputRefusal(BuildOptions options) {
        String hint = "choose a new or empty folder with --out (the default is site-output); a build replaces only"
                + " an empty folder or one it made itself";
        try {
            return OutputFolder.refusal(options.out(), options.content(), options.templates(), Path.of(""))
                    .map(why -> Diagnostic.error(options.out(), 0, "refusing to build into " + options.out() + ": " + why, hint));
        } catch (IOException e) {
            return Optional.of(Diagnostic.error(options.out(), 0, "cannot check the output folder: " + e.getMessage(), hint));
        }
    }

    private static BuildReport report(Timeline timeline, int pages, long start, Diagnostics diagnostics) {
        return new BuildReport(timeline.articleCount(), timeline.events().size(), pages,
                (System.nanoTime() - start) / 1_000_000, diagnostics.sorted());
    }
}
