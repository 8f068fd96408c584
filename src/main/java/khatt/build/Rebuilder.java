package khatt.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.Lock;
import khatt.content.ContentSnapshot;
import khatt.content.NearDuplicates;
import khatt.diag.Diagnostic;
import khatt.diag.Diagnostics;
import khatt.model.Timeline;
import khatt.output.StagedOutput;
import khatt.render.EventTexts;
import khatt.render.PageJob;
import khatt.render.SiteRenderer;
import khatt.render.Templates;

/**
 * Builds a site once, then keeps it up to date as files change, redoing only what a change affects.
 *
 * <p>It keeps in memory the last content read and the inputs of every file last written. On a
 * change it re-reads only the changed content files, understands the whole content again (cheap:
 * no article bodies are read), lists the site's page jobs, and makes only those whose inputs differ
 * from the last ones or that read a changed file: an edited article redoes its event page, the
 * neighbours whose links name it, its topics, the timeline and the exports. Of those it writes only
 * the files whose bytes changed, and deletes the files no longer produced. A change to the templates
 * redoes every file. The output folder changes only while {@code publishing} is held, and only after
 * every file was made without errors, so a reader holding that lock never sees a half-written site,
 * and on errors the last good site stays in place.
 */
public final class Rebuilder {

    /** What one build or rebuild did: its report and the paths of the files it changed. */
    public record Result(BuildReport report, Set<String> changed) {

        public boolean failed() {
            return report.failed();
        }
    }

    private final BuildOptions options;
    private final Lock publishing;
    private final SiteBuilder builder = new SiteBuilder();
    private ContentSnapshot snapshot;
    private SiteRenderer renderer;
    private Map<String, Object> published = Map.of();
    private final Set<Path> pendingSources = new HashSet<>();
    /** The near-identical articles of the last snapshot, so that a rebuild compares only the texts an edit touched. */
    private NearDuplicates copies = NearDuplicates.NONE;
    /** The texts each event adds to the exports and its share card, so that a rebuild makes only the edited events' again. */
    private final EventTexts eventTexts = new EventTexts();
    private boolean needsFullBuild = true;

    public Rebuilder(BuildOptions options, Lock publishing) {
        this.options = options;
        this.publishing = publishing;
    }

    /** Reads everything and writes the whole site. */
    public synchronized Result build() {
        long start = System.nanoTime();
        snapshot = builder.read(options);
        renderer = null;
        needsFullBuild = true;
        return rebuild(start);
    }

    /** Brings the site up to date after {@code paths} (files or folders, in content or templates) changed. */
    public synchronized Result update(Set<Path> paths) {
        long start = System.nanoTime();
        Set<Path> content = new HashSet<>();
        for (Path path : paths) {
            if (options.templates() != null && path.startsWith(options.templates())) {
                renderer = null;
                needsFullBuild = true;
            } else {
                content.add(path);
            }
        }
        if (!content.isEmpty()) {
            snapshot = snapshot == null ? builder.read(options) : snapshot.update(content);
            pendingSources.addAll(content);
        }
        return rebuild(start);
    }

    private Result rebuild(long start) {
        Diagnostics diagnostics = new Diagnostics();
        if (needsFullBuild) {
            SiteBuilder.outputRefusal(options).ifPresent(diagnostics::add);
        }
        copies = SiteBuilder.copiesIn(snapshot, copies);
        Timeline timeline = builder.understand(snapshot, copies, options, diagnostics);
        SiteRenderer siteRenderer = renderer(diagnostics);
        if (diagnostics.hasErrors()) {
            return result(timeline, 0, Set.of(), start, diagnostics);
        }
        List<PageJob> jobs = siteRenderer.jobs(timeline, eventTexts, diagnostics);
        Set<String> changed = needsFullBuild ? writeAll(siteRenderer, jobs, timeline, diagnostics)
                : writeChanged(siteRenderer, jobs, timeline, diagnostics);
        if (diagnostics.hasErrors()) {
            return result(timeline, 0, Set.of(), start, diagnostics);
        }
        Map<String, Object> inputs = new HashMap<>();
        jobs.forEach(job -> inputs.put(job.path(), job.inputs()));
        published = inputs;
        pendingSources.clear();
        needsFullBuild = false;
        return result(timeline, changed.size(), changed, start, diagnostics);
    }

    /** The renderer, made anew (templates parsed and checked) after the templates changed. */
    private SiteRenderer renderer(Diagnostics diagnostics) {
        if (renderer != null) {
            return renderer;
        }
        try {
            Templates templates = new Templates(options.templates());
            List<Diagnostic> problems = templates.check(SiteRenderer.TEMPLATES);
            diagnostics.addAll(problems);
            if (problems.isEmpty()) {
                renderer = new SiteRenderer(templates, options.templates(), builder.markdown(), options.out());
            }
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error(options.templates(), 0, "cannot read templates: " + e.getMessage(), ""));
        }
        return renderer;
    }

    /** Every file into a staging folder, swapped in at once. */
    private Set<String> writeAll(SiteRenderer siteRenderer, List<PageJob> jobs, Timeline timeline, Diagnostics diagnostics) {
        try (StagedOutput output = new StagedOutput(options.out())) {
            siteRenderer.render(jobs, output, diagnostics, () -> {});
            if (!diagnostics.hasErrors()) {
                List<PageJob> index = siteRenderer.indexJobs(timeline, eventTexts);
                siteRenderer.render(index, output, diagnostics, () -> {});
                jobs.addAll(index);
            }
            if (!diagnostics.hasErrors()) {
                publishing.lock();
                try {
                    output.commit();
                } finally {
                    publishing.unlock();
                }
            }
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error(options.out(), 0, "cannot write the site: " + e.getMessage(), ""));
        }
        Set<String> all = new TreeSet<>();
        jobs.forEach(job -> all.add(job.path()));
        return all;
    }

    /** Only the files whose inputs or sources changed are made; of those, only the ones whose bytes differ are written. */
    private Set<String> writeChanged(SiteRenderer siteRenderer, List<PageJob> jobs, Timeline timeline, Diagnostics diagnostics) {
        List<PageJob> affected = new ArrayList<>();
        Set<String> current = new HashSet<>();
        for (PageJob job : jobs) {
            current.add(job.path());
            if (!Objects.equals(published.get(job.path()), job.inputs()) || job.sources().stream().anyMatch(pendingSources::contains)) {
                affected.add(job);
            }
        }
        Map<String, byte[]> made = new ConcurrentHashMap<>();
        siteRenderer.render(affected, (path, bytes) -> made.put(path, bytes), diagnostics, () -> {});
        if (diagnostics.hasErrors()) {
            return Set.of();
        }
        // The search index covers every event: made after the pages, and only its changed files are written.
        for (PageJob job : siteRenderer.indexJobs(timeline, eventTexts)) {
            jobs.add(job);
            current.add(job.path());
            if (!Objects.equals(published.get(job.path()), job.inputs())) {
                siteRenderer.render(List.of(job), (path, bytes) -> made.put(path, bytes), diagnostics, () -> {});
            }
        }
        Path out = options.out();
        Set<String> changed = new TreeSet<>();
        publishing.lock();
        try {
            for (Map.Entry<String, byte[]> file : made.entrySet()) {
                Path target = out.resolve(file.getKey());
                if (!Files.isRegularFile(target) || !Arrays.equals(Files.readAllBytes(target), file.getValue())) {
                    Files.createDirectories(target.getParent());
                    Files.write(target, file.getValue());
                    changed.add(file.getKey());
                }
            }
            for (String gone : published.keySet()) {
                if (!current.contains(gone)) {
                    Path target = out.resolve(gone);
                    Files.deleteIfExists(target);
                    deleteEmptyParents(target.getParent(), out);
                    changed.add(gone);
                }
            }
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error(out, 0, "cannot write the site: " + e.getMessage(), ""));
        } finally {
            publishing.unlock();
        }
        return changed;
    }

    private static void deleteEmptyParents(Path dir, Path root) throws IOException {
        Path absoluteRoot = root.toAbsolutePath().normalize();
        for (Path d = dir; d != null && !d.toAbsolutePath().normalize().equals(absoluteRoot); d = d.getParent()) {
            try (var entries = Files.list(d)) {
                if (entries.findAny().isPresent()) {
                    return;
                }
            }
            Files.delete(d);
        }
    }

    private static Result result(Timeline timeline, int pages, Set<String> changed, long start, Diagnostics diagnostics) {
        BuildReport report = new BuildReport(timeline.articleCount(), timeline.events().size(), pages,
                (System.nanoTime() - start) / 1_000_000, diagnostics.sorted());
        return new Result(report, changed);
    }
}
