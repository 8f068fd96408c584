package khatt.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import khatt.content.ArticleBodies;
import khatt.content.ArticleSource;
import khatt.diag.Diagnostic;
import khatt.diag.Diagnostics;
import khatt.markdown.Markdown;
import khatt.model.Event;
import khatt.model.Timeline;
import khatt.model.Topic;
import khatt.render.export.Citations;
import khatt.render.export.SearchIndex;
import khatt.render.export.ShareCard;
import khatt.render.export.TimelineJsExport;

/** Renders a timeline into files, as a list of {@link PageJob}s made in parallel, and hands every file to a {@link PageSink}. */
public final class SiteRenderer {

    /** Every page template, parsed before rendering starts. */
    public static final List<String> TEMPLATES = List.of("index.ftlh", "event.ftlh", "topics.ftlh", "topic.ftlh", "year.ftlh",
            "404.ftlh", "feed.ftlx", "sitemap.ftlx", "embed-timeline.ftlh", "embed-event.ftlh");
    static final int FEED_ENTRIES = 50;
    /** Article bodies sit under the event's h1, the sources' h2 and the article's h3. */
    static final int ARTICLE_HEADING = 4;

    private final Templates templates;
    private final Path templatesDir;
    private final Markdown markdown;

    /** The last site built, whose share cards are reused when they show the same (null: none). */
    private final Path previousSite;

    public SiteRenderer(Templates templates, Path templatesDir, Markdown markdown, Path previousSite) {
        this.templates = templates;
        this.templatesDir = templatesDir;
        this.markdown = markdown;
        this.previousSite = previousSite;
    }

    /**
     * Every file of the site, one job per file, without making any yet: a build makes them all, a
     * rebuild in {@code serve} only those whose inputs changed. One line per kind of output. The
     * texts of events that {@code texts} kept from the last rebuild are reused.
     */
    public List<PageJob> jobs(Timeline timeline, EventTexts texts, Diagnostics diagnostics) {
        Views views = new Views(timeline, markdown);
        texts.showing(List.of(timeline.config(), views.chips()));
        List<PageJob> jobs = new ArrayList<>();
        // What pages are made from, cheap to compare: a page whose inputs did not change is not made again.
        List<Object> allEvents = List.of(timeline.config(), timeline.events(), views.chips());
        List<Object> allTopics = List.of(timeline.config(), timeline.topics(), views.chips());
        jobs.add(page("index.html", "index.ftlh", allEvents, views::index, "the timeline"));
        jobs.add(page(Urls.embedPath("") + "index.html", "embed-timeline.ftlh", allEvents, views::embedTimeline,
                "the embedded timeline"));
        jobs.add(page("topics/index.html", "topics.ftlh", allTopics, views::topics, "the topic list"));
        jobs.add(page("404.html", "404.ftlh", timeline.config(), views::notFound, "the 404 page"));
        jobs.add(page("feed.xml", "feed.ftlx", allEvents, () -> views.feed(FEED_ENTRIES), "the feed"));
        jobs.add(page("sitemap.xml", "sitemap.ftlx", timeline, views::sitemap, "the sitemap"));
        jobs.add(new PageJob("data/events.json", timeline.events(), List.of(),
                () -> EventsExport.json(texts.eventsJson.of(timeline.events(), EventsExport::piece))));
        jobs.add(new PageJob(TimelineJsExport.PATH, allEvents, List.of(), () -> timelineJs(timeline, views, texts)));
        yearPages(views, null, jobs);
        for (Topic topic : timeline.topics()) {
            List<Object> topicInputs = List.of(timeline.config(), topic, views.chips());
            jobs.add(page(Urls.topicPath(topic.id()) + "index.html", "topic.ftlh", topicInputs,
                    () -> views.topic(topic), "topic '" + topic.id() + "'"));
            jobs.add(page(Urls.topicFeedPath(topic.id()), "feed.ftlx", topicInputs,
                    () -> views.topicFeed(topic, FEED_ENTRIES), "the feed of topic '" + topic.id() + "'"));
            yearPages(views, topic, jobs);
            jobs.add(page(Urls.embedPath(Urls.topicPath(topic.id())) + "index.html", "embed-timeline.ftlh", topicInputs,
                    () -> views.embedTopic(topic), "the embedded timeline of topic '" + topic.id() + "'"));
        }
        for (int i = 0; i < timeline.events().size(); i++) {
            Event event = timeline.events().get(i);
            jobs.add(eventPage(event, i, views, texts.search));
            int index = i;
            jobs.add(page(Urls.embedPath(Urls.eventPath(event.id())) + "index.html", "embed-event.ftlh", views.eventInputs(i),
                    () -> views.embedEvent(index), "the embedded event '" + event.id() + "'"));
            jobs.addAll(citationFiles(event, views));
            jobs.add(shareCard(event, texts.shareCards.of(event, views::shareCardText)));
        }
        jobs.addAll(assets(diagnostics));
        texts.search.views = views;
        return jobs;
    }

    /**
     * The files of the search index, which cover every event: made after the {@link #jobs} (whose
     * event pages leave each event's terms behind, so bodies are read once), each file's text
     * being its inputs. An event whose page was not made since {@code texts} was new has its terms
     * read now. The memo is the caller's: the renderer keeps no state between builds.
     */
    public List<PageJob> indexJobs(Timeline timeline, EventTexts texts) {
        EventTexts.SearchMemo memo = texts.search;
        Views views = memo.views;
        List<Event> events = timeline.events();
        SearchDocument[] documents = new SearchDocument[events.size()];
        java.util.stream.IntStream.range(0, events.size()).parallel().forEach(i -> {
            Event event = events.get(i);
            SearchDocument document = memo.documents.get(event.id());
            documents[i] = document == null || !document.event().equals(event)
                    ? searchDocument(memo, event, views, readBodies(event)) : document;
        });
        List<Long> versions = java.util.Arrays.stream(documents).map(SearchDocument::version).toList();
        List<String> ids = events.stream().map(Event::id).toList();
        IndexFiles last = memo.last;
        if (last != null && last.versions().equals(versions)) {
            return last.jobs(); // no event's terms or result line changed: the index is the same
        }
        Map<String, String> files;
        SearchIndex search;
        if (last != null && last.ids().equals(ids)) {
            // The same events in the same order: update the changed ones, remake only the files they touch.
            search = last.index();
            Set<String> shards = new java.util.HashSet<>();
            Set<Integer> chunks = new java.util.HashSet<>();
            for (int i = 0; i < documents.length; i++) {
                SearchDocument before = last.documents()[i];
                if (before.version() != documents[i].version()) {
                    shards.addAll(search.replace(i, before.terms(), documents[i].terms(), documents[i].entry()));
                    if (!before.entry().equals(documents[i].entry())) {
                        chunks.add(SearchIndex.chunkOf(i));
                    }
                }
            }
            files = search.files(shards, chunks, last.files());
        } else {
            search = new SearchIndex(events.size());
            java.util.stream.IntStream.range(0, documents.length).parallel()
                    .forEach(i -> search.add(i, documents[i].entry(), documents[i].terms()));
            files = search.files();
        }
        List<PageJob> jobs = new ArrayList<>();
        files.forEach((path, text) -> jobs.add(data(path, text, () -> text)));
        memo.last = new IndexFiles(ids, versions, documents, search, files, List.copyOf(jobs));
        return jobs;
    }

    /**
     * What the search index holds of one event, kept from the last time its page was made;
     * {@code version} changes only when its entry or terms do.
     */
    record SearchDocument(Event event, SearchIndex.Entry entry, java.util.Set<String> terms, long version) {}

    /** The index last made: from which events and document versions (in order), its state and its files. */
    record IndexFiles(List<String> ids, List<Long> versions, SearchDocument[] documents, SearchIndex index,
                              Map<String, String> files, List<PageJob> jobs) {}

    private static SearchDocument searchDocument(EventTexts.SearchMemo memo, Event event, Views views, List<String> bodies) {
        SearchIndex.Entry entry = views.searchEntry(event);
        java.util.Set<String> terms = memo.terms.of(event, views.summaryText(event), bodies);
        SearchDocument previous = memo.documents.get(event.id());
        long version = previous != null && previous.entry().equals(entry) && previous.terms().equals(terms)
                ? previous.version() : memo.versions.incrementAndGet();
        SearchDocument document = new SearchDocument(event, entry, terms, version);
        memo.documents.put(event.id(), document);
        return document;
    }

    private static List<String> readBodies(Event event) {
        List<String> bodies = new ArrayList<>(event.articles().size());
        for (ArticleSource article : event.articles()) {
            try {
                bodies.add(ArticleBodies.read(article));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return bodies;
    }

    /** {@code data/timelinejs.json}, joined from each event's piece. */
    private static byte[] timelineJs(Timeline timeline, Views views, EventTexts texts) {
        List<byte[]> events = texts.timelineJs.of(timeline.events(), event -> TimelineJsExport.piece(views.timelineJsItem(event)));
        return TimelineJsExport.json(timeline.config().title(), timeline.config().description(), events);
    }

    /** The year and month pages of the whole timeline ({@code topic} null) or of one topic. */
    private void yearPages(Views views, Topic topic, List<PageJob> jobs) {
        String what = topic == null ? "the timeline's page " : "topic '" + topic.id() + "', page ";
        for (PagedTimelines.PagedPage paged : views.yearPages(topic)) {
            jobs.add(page(paged.path() + "index.html", "year.ftlh", paged.inputs(), paged.view()::get, what + paged.path()));
        }
    }

    /** Makes the files of {@code jobs} in parallel into {@code sink}; returns how many were written. */
    public int render(List<PageJob> jobs, PageSink sink, Diagnostics diagnostics, Runnable onFileDone) {
        AtomicInteger written = new AtomicInteger();
        jobs.parallelStream().forEach(job -> {
            try {
                sink.write(job.path(), job.output().make());
                written.incrementAndGet();
            } catch (Templates.TemplateFailure e) {
                diagnostics.add(e.diagnostic());
            } catch (IOException | UncheckedIOException e) {
                diagnostics.add(Diagnostic.error(Path.of(job.path()), 0, "cannot write: " + e.getMessage(), ""));
            }
            onFileDone.run();
        });
        return written.get();
    }

    /** A page made from {@code view}, which is also what is compared between rebuilds. */
    private PageJob page(String path, String template, Object view, String what) {
        return new PageJob(path, view, List.of(), () -> utf8(templates.render(template, view, what)));
    }

    /** A page whose view is built only when it is made, from {@code inputs} (compared between rebuilds). */
    private PageJob page(String path, String template, Object inputs, Supplier<Object> view, String what) {
        return new PageJob(path, inputs, List.of(), () -> utf8(templates.render(template, view.get(), what)));
    }

    private static PageJob data(String path, Object inputs, Supplier<String> output) {
        return new PageJob(path, inputs, List.of(), () -> utf8(output.get()));
    }

    /** An event page: made from its view, built only now, and its articles' bodies, read from their files only now. */
    private PageJob eventPage(Event event, int index, Views views, EventTexts.SearchMemo search) {
        List<Path> sources = event.articles().stream().map(ArticleSource::file).toList();
        return new PageJob(Urls.eventPath(event.id()) + "index.html", views.eventInputs(index), sources, () -> {
            List<String> markdownBodies = new ArrayList<>(event.articles().size());
            List<String> bodies = new ArrayList<>(event.articles().size());
            for (ArticleSource article : event.articles()) {
                try {
                    String source = ArticleBodies.read(article);
                    markdownBodies.add(source);
                    bodies.add(markdown.toHtml(source, article.id(), ARTICLE_HEADING));
                } catch (IOException e) {
                    throw new Templates.TemplateFailure(Diagnostic.error(article.file(), 0, "cannot read body: " + e.getMessage(), ""));
                }
            }
            byte[] page = utf8(templates.render("event.ftlh", views.event(index, bodies), "event '" + event.id() + "'"));
            searchDocument(search, event, views, markdownBodies); // the index's terms, while the bodies are at hand
            return page;
        });
    }

    /** An event's citation files beside its page, made from the event and the site's title and address. */
    private List<PageJob> citationFiles(Event event, Views views) {
        String url = views.absolute(Urls.eventPath(event.id()));
        String siteTitle = views.siteTitle();
        List<PageJob> files = new ArrayList<>();
        for (Citations.Format format : Citations.Format.values()) {
            files.add(data(Urls.eventPath(event.id()) + format.fileName, List.of(event, url, siteTitle),
                    () -> format.text(event, url, siteTitle)));
        }
        return files;
    }

    /**
     * The event's share card, {@code events/<id>/card.png}: the last build's when it carries the
     * same key (drawing one costs more than rendering the page), else drawn now.
     */
    private PageJob shareCard(Event event, ShareCard.Text text) {
        String path = Urls.eventPath(event.id()) + ShareCard.FILE;
        return new PageJob(path, text, List.of(), () -> {
            if (previousSite != null) {
                Path previous = previousSite.resolve(path);
                if (Files.isRegularFile(previous)) {
                    byte[] bytes = Files.readAllBytes(previous);
                    if (text.key().equals(ShareCard.keyOf(bytes))) {
                        return bytes;
                    }
                }
            }
            return ShareCard.png(text);
        });
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** {@code assets/}: the built-in files, then the site's own, which win on a name clash. */
    private List<PageJob> assets(Diagnostics diagnostics) {
        Map<String, byte[]> assets = new TreeMap<>();
        try {
            readBuiltInAssets(assets);
            Path own = templatesDir == null ? null : templatesDir.resolve("assets");
            if (own != null && Files.isDirectory(own)) {
                readTree(own, assets);
            }
        } catch (IOException | UncheckedIOException e) {
            diagnostics.add(Diagnostic.error(Path.of("assets"), 0, "cannot copy assets: " + e.getMessage(), ""));
        }
        List<PageJob> jobs = new ArrayList<>();
        assets.forEach((name, bytes) -> jobs.add(new PageJob("assets/" + name, ByteBuffer.wrap(bytes), List.of(), () -> bytes)));
        return jobs;
    }

    /** The built-in assets never change while Khatt runs: read from the jar once. */
    private static Map<String, byte[]> builtInAssets;

    private static synchronized void readBuiltInAssets(Map<String, byte[]> assets) throws IOException {
        if (builtInAssets == null) {
            Map<String, byte[]> read = new TreeMap<>();
            readBuiltInAssetsFromJar(read);
            builtInAssets = Map.copyOf(read);
        }
        assets.putAll(builtInAssets);
    }

    private static void readBuiltInAssetsFromJar(Map<String, byte[]> assets) throws IOException {
        URL url = SiteRenderer.class.getResource(Templates.BUILT_IN + "/assets");
        if (url == null) {
            return;
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    readTree(jar.getPath(Templates.BUILT_IN + "/assets"), assets);
                }
            } else {
                readTree(Path.of(uri), assets);
            }
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
    }

    private static void readTree(Path dir, Map<String, byte[]> assets) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    assets.put(dir.relativize(file).toString().replace('\\', '/'), in.readAllBytes());
                }
            }
        }
    }

}
