package khatt.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import khatt.arabic.Places;
import khatt.content.EventFacts;
import khatt.markdown.MarkdownLimits;

/**
 * The {@code import} pipeline: read each page, remove its clutter, extract what it tells, group
 * the articles into events (with what content/ holds), then write article and event files.
 */
public final class Importer {

    /** What the editor asked; {@code url} applies to the single input; {@code published} (may be null) is the publication day the editor gives, over the page's own. */
    public record Options(Path content, String url, boolean dryRun, boolean force, java.time.LocalDate published) {

        public Options(Path content, String url, boolean dryRun, boolean force) {
            this(content, url, dryRun, force, null);
        }
    }

    /**
     * The outcome: one entry per input, in input order, warnings about content/ itself, and the drafts
     * of content/ that a dated report of this import filed under its event.
     */
    public record Report(List<ImportedArticle> articles, List<String> warnings, List<EventGrouper.CompletedDraft> completedDrafts) {
        public Report {
            articles = List.copyOf(articles);
            warnings = List.copyOf(warnings);
            completedDrafts = List.copyOf(completedDrafts);
        }

        /** The drafts of content/ this import filed under {@code event}. */
        public List<EventGrouper.CompletedDraft> completedDraftsOf(String event) {
            return completedDrafts.stream().filter(d -> d.event().equals(event)).toList();
        }

        public boolean hasErrors() {
            return articles.stream().anyMatch(a -> a.error() != null);
        }
    }

    private final Lexicon lexicon;

    public Importer(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Imports files into {@code options.content()}. */
    public Report importFiles(List<Path> inputs, Options options) throws IOException {
        Taxonomy taxonomy = Taxonomy.read(options.content().resolve("topics.yaml"));
        ExistingContent existing = ExistingContent.read(options.content());
        List<RawPage> pages = new ArrayList<>();
        Map<Integer, String> unreadable = new HashMap<>();
        for (int i = 0; i < inputs.size(); i++) {
            Path in = inputs.get(i);
            try {
                pages.add(PageReader.read(in));
            } catch (IOException | RuntimeException e) {
                unreadable.put(i, "cannot read " + in.getFileName() + ": " + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : " " + e.getMessage()));
                pages.add(null);
            }
        }
        Report plan = plan(pages, existing, taxonomy, options);
        List<ImportedArticle> out = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            out.add(unreadable.containsKey(i)
                    ? ImportedArticle.refused(inputs.get(i).getFileName().toString(), unreadable.get(i))
                    : plan.articles().get(i));
        }
        List<String> warnings = new ArrayList<>(plan.warnings());
        if (!options.dryRun()) {
            out = write(out, existing, options, warnings);
            completeDrafts(plan.completedDrafts(), options.content(), warnings);
        }
        return new Report(out, warnings, plan.completedDrafts());
    }

    /**
     * Decides everything without writing: for each page (null entries stay refused placeholders),
     * what it is, which event it joins and which file it would be written to.
     */
    public Report plan(List<RawPage> pages, ExistingContent existing, Taxonomy taxonomy, Options options) {
        List<ImportedArticle> results = new ArrayList<>();
        Accepted accepted = accept(pages, existing, new Extractor(lexicon, taxonomy), options, results);
        List<EventGrouper.Existing> members = new ArrayList<>();
        Set<String> replaced = new HashSet<>(accepted.replaces().values());
        for (EventGrouper.Existing e : existing.forGrouping(lexicon)) {
            if (!replaced.contains(e.path())) {
                members.add(e);
            }
        }
        EventGrouper.Grouping grouping = EventGrouper.group(accepted.extractions(), members);
        Set<String> takenPaths = new HashSet<>(existing.files());
        Map<Integer, String> provisionalNames = new HashMap<>();
        for (int k = 0; k < accepted.extractions().size(); k++) {
            int i = accepted.at().get(k);
            EventGrouper.Assignment g = grouping.assignments().get(k);
            ImportedArticle a = finish(accepted.extractions().get(k), g);
            String rel = accepted.replaces().get(i);
            if (rel == null) {
                rel = freePath(a, takenPaths);
            }
            takenPaths.add(rel);
            if (g.provisional() && g.event() == null) {
                // a new event of unknown date is named after its first article's file
                String own = ExistingContent.fileStem(rel);
                a = a.withEvent(provisionalNames.computeIfAbsent(g.groupKey(), key -> own));
            }
            results.set(i, a.withPath(rel));
        }
        return new Report(results, existing.warnings(), grouping.completedDrafts());
    }

    /** The pages read and kept, where each is in the input, and the files of content/ they replace (with --force). */
    private record Accepted(List<Extraction> extractions, List<Integer> at, Map<Integer, String> replaces) {}

    /**
     * Reads each page and keeps those with article text that are not already in content/ or in this
     * run; {@code results} gets one entry per page, the refusals filled in.
     */
    private Accepted accept(List<RawPage> pages, ExistingContent existing, Extractor extractor, Options options,
            List<ImportedArticle> results) {
        Map<String, String> existingByFingerprint = new HashMap<>();
        Map<String, String> existingByUrl = new HashMap<>();
        for (ExistingContent.Article a : existing.articles()) {
            existingByFingerprint.putIfAbsent(a.fingerprint(), a.path());
            if (a.sourceUrl() != null) {
                existingByUrl.putIfAbsent(a.sourceUrl(), a.path());
            }
        }
        String url = pages.size() == 1 ? options.url() : null;
        Accepted accepted = new Accepted(new ArrayList<>(), new ArrayList<>(), new HashMap<>());
        Map<String, String> runFingerprints = new HashMap<>();
        for (int i = 0; i < pages.size(); i++) {
            RawPage page = pages.get(i);
            results.add(null);
            CleanText clean = page == null ? null : ClutterRemover.clean(page.lines(), page.meta().title(), lexicon.officials()::namesOnly);
            if (clean == null || clean.blocks().isEmpty()) {
                results.set(i, page == null ? ImportedArticle.refused("(unreadable)", "unreadable")
                        : ImportedArticle.refused(page.name(), "no article text found: refused"));
                continue;
            }
            Extraction x = extractor.extract(withPublished(page, options.published()), clean, url);
            MarkdownLimits.Violation tooBig = MarkdownLimits.check(x.body());
            if (tooBig != null) {
                // the build would refuse the article once published: say so now, while the page is at hand
                results.set(i, ImportedArticle.refused(page.name(), tooBig.message() + " after its clutter is removed: refused ("
                        + tooBig.hint() + ", or import the article's own page)"));
                continue;
            }
            String dupOf = existingByFingerprint.get(x.fingerprint());
            if (dupOf == null && x.sourceUrl() != null) {
                dupOf = existingByUrl.get(x.sourceUrl());
            }
            String refusal = runFingerprints.containsKey(x.fingerprint())
                    ? "duplicate of " + runFingerprints.get(x.fingerprint()) + " in this run: refused"
                    : dupOf != null && !options.force() ? "already imported as " + dupOf + ": refused (use --force to re-import over it)"
                    : null;
            if (refusal != null) {
                results.set(i, ImportedArticle.refused(page.name(), refusal));
                continue;
            }
            if (dupOf != null) {
                accepted.replaces().put(i, dupOf);
            }
            runFingerprints.put(x.fingerprint(), page.name());
            accepted.extractions().add(x);
            accepted.at().add(i);
        }
        return accepted;
    }

    /** The page with the publication day the editor gives (--published) over its own, if any. */
    private static RawPage withPublished(RawPage page, LocalDate published) {
        if (published == null) {
            return page;
        }
        PageMetadata m = page.meta();
        return new RawPage(page.name(), page.lines(), new PageMetadata(m.title(), m.siteName(), published.toString(), m.url()),
                page.cutOff());
    }

    /** A file under articles/ named by the event (or «undated») and the headline's first words, not yet taken. */
    private static String freePath(ImportedArticle a, Set<String> takenPaths) {
        String base = "articles/" + (a.date() != null && a.event() != null ? a.event() : "undated") + "-" + fileSlug(a.title(), 4);
        String rel = base + ".md";
        for (int n = 2; takenPaths.contains(rel); n++) {
            rel = base + "-" + n + ".md";
        }
        return rel;
    }

    /** The final record: the article's own findings, completed by its event. */
    private static ImportedArticle finish(Extraction x, EventGrouper.Assignment g) {
        List<String> warnings = new ArrayList<>(x.warnings());
        LocalDate date = g.date();
        if (g.dateFromGroup()) {
            warnings.add("event date taken from the other articles of " + g.event() + ": check it");
        }
        List<String> review = new ArrayList<>();
        if (date == null) {
            review.add(khatt.content.ArticleScaffold.DATE_QUESTION + (x.weekday() != null ? " (the text says it was a "
                    + x.weekday().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH) + ")" : "")
                    + ": write date: YYYY-MM-DD");
        }
        String title = x.title();
        if (title == null) {
            title = ProvisionalTitle.of(x.body());
            review.add("no headline found: the title is the first sentence; write the headline as title");
        }
        String place = "call".equals(g.kind()) ? Places.BY_PHONE : g.place();
        if (place == null) {
            warnings.add("place unknown");
        }
        if (x.topics().isEmpty()) {
            warnings.add("no topic matched: fill in topics");
        }
        LocalDate reference = x.published() != null ? x.published() : date;
        List<ImportedArticle.MentionedDate> mentioned = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (DateMention m : x.mentions()) {
            // days relative to the writing («أمس») resolve against the byline only, never the event
            PartialDate d = m.resolve(m.isRelativeDay() || m.form() == DateMention.Form.WEEK_RELATIVE ? x.published() : reference);
            if (d == null || (date != null && d.isDay() && d.toLocalDate().equals(date))) {
                continue;
            }
            if (seen.add(m.text() + "\u0000" + d)) {
                mentioned.add(new ImportedArticle.MentionedDate(m.text(), d.toString()));
            }
        }
        double confidence = 0.6 * g.dateConfidence()
                + (g.kind() != null ? 0.15 : 0)
                + (place != null ? 0.1 : 0)
                + (x.title() != null ? 0.1 : 0)
                + (x.outlet() != null ? 0.05 : 0);
        if (x.warnings().contains(Extractor.CUT_OFF)) {
            confidence = Math.min(confidence, 0.5); // the end of the text, and what it says, may be missing
        }
        confidence = Math.round(confidence * 100) / 100.0;
        double dateConfidence = g.date() == null ? 0 : Math.round(g.dateConfidence() * 100) / 100.0;
        return new ImportedArticle(x.file(), null, title, x.outlet(), x.published(), x.publishedText(), date,
                g.date() == null ? null : g.dateEvidence(), dateConfidence, place, g.kind(), x.topics(), g.event(),
                g.existingEvent(), g.reason(), confidence, x.body(), mentioned, x.sourceUrl(), warnings, review, null);
    }

    /** Writes article files and creates or completes event files; a failed write becomes an error. */
    private List<ImportedArticle> write(List<ImportedArticle> planned, ExistingContent existing, Options options,
            List<String> warnings) {
        List<ImportedArticle> out = new ArrayList<>();
        Map<String, EventFacts> events = new LinkedHashMap<>();
        for (ImportedArticle a : planned) {
            if (a.error() != null) {
                out.add(a);
                continue;
            }
            Path target = options.content().resolve(a.path());
            try {
                ArticleFileWriter.write(target, scaffold(a).text(), options.force());
                out.add(a.withPath(target.toString()));
            } catch (IOException e) {
                out.add(ImportedArticle.refused(a.file(), "cannot write " + target + ": " + e.getMessage()));
                continue;
            }
            if (a.event() != null && !a.isDraft()) { // a draft's event is made when it is published
                EventFacts known = events.getOrDefault(a.event(), existing.events().get(a.event()));
                EventFacts facts = known != null ? known : EventFacts.of(a.event(), null, null, null, null);
                events.put(a.event(), facts.completedBy(a.title(), a.date(), a.place(), a.kind()));
            }
        }
        for (EventFacts facts : events.values()) {
            EventFacts old = existing.events().get(facts.id());
            if (old != null && old.text().equals(facts.text())) {
                continue; // curated facts are never changed, only completed
            }
            Path target = options.content().resolve("events").resolve(facts.id() + ".yaml");
            try {
                ArticleFileWriter.write(target, facts.text(), true);
            } catch (IOException ex) {
                warnings.add("cannot write " + target + ": " + ex.getMessage());
            }
        }
        return out;
    }

    /**
     * Files the drafts a dated report joined under its event, in place; a draft the editor has
     * changed is left as it is, with a warning saying where it belongs.
     */
    private static void completeDrafts(List<EventGrouper.CompletedDraft> drafts, Path content, List<String> warnings) {
        for (EventGrouper.CompletedDraft d : drafts) {
            Path file = content.resolve(d.path());
            try {
                String done = khatt.content.ArticleScaffold.completedDraft(
                        java.nio.file.Files.readString(file, java.nio.charset.StandardCharsets.UTF_8), d.date(), d.event());
                if (done == null) {
                    warnings.add(d.path() + ": left as it is (changed since import); it belongs to " + d.event() + " of " + d.date());
                } else {
                    ArticleFileWriter.write(file, done, true);
                }
            } catch (IOException e) {
                warnings.add("cannot complete " + d.path() + ": " + e.getMessage());
            }
        }
    }

    /** The article file: its front matter (a draft with the questions when there are any), then the body. */
    static khatt.content.ArticleScaffold scaffold(ImportedArticle a) {
        boolean provisional = a.date() == null; // the build names the event once the date is known
        return new khatt.content.ArticleScaffold(a.title(), a.date(), provisional ? null : a.event(), a.place(), a.kind(), a.outlet(),
                a.publishedText(), a.sourceUrl(), a.topics(),
                a.mentionedDates().stream().map(m -> new khatt.content.MentionedDate(m.text(), m.date())).toList(),
                a.review(), a.body(), null, provisional ? a.event() : null);
    }

    /** The first {@code words} words of {@code text} as an ASCII slug of at most 48 characters; "article" if nothing is left. */
    static String fileSlug(String text, int words) {
        String slug = text == null ? "" : String.join("-", java.util.Arrays.stream(khatt.arabic.Slugs.of(text).split("-"))
                .filter(w -> !w.isEmpty()).limit(words).toList());
        if (slug.length() > 48) {
            slug = slug.substring(0, 48).replaceAll("-[^-]*$", "");
        }
        return slug.isEmpty() ? "article" : slug;
    }
}
