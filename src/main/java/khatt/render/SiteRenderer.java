package khatt.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import khatt.content.ArticleBodies;
import khatt.content.ArticleSource;
import khatt.diag.Diagnostic;
import khatt.diag.Diagnostics;
import khatt.markdown.Markdown;
import khatt.model.Event;
import khatt.model.Timeline;
import khatt.model.Topic;
import khatt.render.export.SearchIndex;
import khatt.render.export.TimelineJsExport;

/** Renders a timeline into pages, event pages in parallel, and hands every file to a {@link PageSink}. */
public final class SiteRenderer {

    /** Every page template, parsed before rendering starts. */
    public static final List<String> TEMPLATES = List.of("index.ftlh", "event.ftlh", "topics.ftlh", "topic.ftlh",
            "404.ftlh", "feed.ftlx", "sitemap.ftlx");
    static final int FEED_ENTRIES = 50;

    private final Templates templates;
    private final Path templatesDir;
    private final Markdown markdown;

    public SiteRenderer(Templates templates, Path templatesDir, Markdown markdown) {
        this.templates = templates;
        this.templatesDir = templatesDir;
        this.markdown = markdown;
    }

    /** Renders every page; returns the number of files written. Problems go to {@code diagnostics}. */
    public int render(Timeline timeline, PageSink sink, Diagnostics diagnostics) {
        diagnostics.addAll(templates.check(TEMPLATES));
        if (diagnostics.hasErrors()) {
            return 0;
        }
        Views views = new Views(timeline, markdown);
        AtomicInteger written = new AtomicInteger();
        SearchIndex search = new SearchIndex(timeline.events().size());
        List<Runnable> jobs = new ArrayList<>();
        jobs.add(() -> page(sink, "index.html", "index.ftlh", views.index(), "the timeline", diagnostics, written));
        jobs.add(() -> page(sink, "topics/index.html", "topics.ftlh", views.topics(), "the topic list", diagnostics, written));
        jobs.add(() -> page(sink, "404.html", "404.ftlh", views.notFound(), "the 404 page", diagnostics, written));
        jobs.add(() -> page(sink, "feed.xml", "feed.ftlx", views.feed(FEED_ENTRIES), "the feed", diagnostics, written));
        jobs.add(() -> page(sink, "sitemap.xml", "sitemap.ftlx", views.sitemap(), "the sitemap", diagnostics, written));
        jobs.add(() -> file(sink, "data/events.json", EventsExport.json(timeline), diagnostics, written));
        jobs.add(() -> file(sink, TimelineJsExport.PATH, views.timelineJs(), diagnostics, written));
        for (Topic topic : timeline.topics()) {
            jobs.add(() -> page(sink, Views.topicPath(topic.id()) + "index.html", "topic.ftlh", views.topic(topic),
                    "topic '" + topic.id() + "'", diagnostics, written));
            jobs.add(() -> page(sink, Views.topicFeedPath(topic.id()), "feed.ftlx", views.topicFeed(topic, FEED_ENTRIES),
                    "the feed of topic '" + topic.id() + "'", diagnostics, written));
        }
        for (int i = 0; i < timeline.events().size(); i++) {
            int index = i;
            jobs.add(() -> eventPage(timeline.events().get(index), index, views, search, sink, diagnostics, written));
        }
        jobs.add(() -> copyAssets(sink, diagnostics, written));
        jobs.parallelStream().forEach(Runnable::run);
        search.files().forEach((path, text) -> file(sink, path, text, diagnostics, written)); // after every event page
        return written.get();
    }

    private void eventPage(Event event, int index, Views views, SearchIndex search, PageSink sink,
                           Diagnostics diagnostics, AtomicInteger written) {
        List<String> sources = new ArrayList<>(event.articles().size());
        List<String> bodies = new ArrayList<>(event.articles().size());
        for (ArticleSource article : event.articles()) {
            try {
                String source = ArticleBodies.read(article);
                sources.add(source);
                bodies.add(markdown.toHtml(source, article.id()));
            } catch (IOException e) {
                diagnostics.add(Diagnostic.error(article.file(), 0, "cannot read body: " + e.getMessage(), ""));
                return;
            }
        }
        String dir = Views.eventPath(event.id());
        page(sink, dir + "index.html", "event.ftlh", views.event(index, bodies), "event '" + event.id() + "'", diagnostics, written);
        search.add(index, event, views.searchEntry(event), views.summaryText(event), sources);
    }

    private void page(PageSink sink, String path, String template, Object view, String what,
                      Diagnostics diagnostics, AtomicInteger written) {
        try {
            file(sink, path, templates.render(template, view, what), diagnostics, written);
        } catch (Templates.TemplateFailure e) {
            diagnostics.add(e.diagnostic());
        }
    }

    private static void file(PageSink sink, String path, String content, Diagnostics diagnostics, AtomicInteger written) {
        try {
            sink.write(path, content);
            written.incrementAndGet();
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error(Path.of(path), 0, "cannot write: " + e.getMessage(), ""));
        }
    }

    /** Copies {@code assets/}: the built-in files, then the site's own, which win on a name clash. */
    private void copyAssets(PageSink sink, Diagnostics diagnostics, AtomicInteger written) {
        Map<String, byte[]> assets = new TreeMap<>();
        try {
            readBuiltInAssets(assets);
            Path own = templatesDir == null ? null : templatesDir.resolve("assets");
            if (own != null && Files.isDirectory(own)) {
                readTree(own, assets);
            }
            for (Map.Entry<String, byte[]> asset : assets.entrySet()) {
                sink.write("assets/" + asset.getKey(), asset.getValue());
                written.incrementAndGet();
            }
        } catch (IOException | UncheckedIOException e) {
            diagnostics.add(Diagnostic.error(Path.of("assets"), 0, "cannot copy assets: " + e.getMessage(), ""));
        }
    }

    private static void readBuiltInAssets(Map<String, byte[]> assets) throws IOException {
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
