package khatt.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import khatt.arabic.TextSketch;
import khatt.diag.Diagnostic;
import khatt.diag.Diagnostics;

/**
 * A content folder as read, file by file: each file's value with its own problems. {@link #update}
 * re-reads only the files a change touched, which is what makes rebuilds in {@code serve} cheap;
 * a build reads a snapshot once. Immutable: an update returns a new snapshot.
 */
public final class ContentSnapshot {

    /**
     * One file's reading: its value (null when it had errors), its problems, and for articles a
     * sketch of the text, kept apart from the value so that an edit pages do not show leaves the
     * value equal to the last one.
     */
    private record Read<T>(T value, List<Diagnostic> problems, TextSketch sketch) {
        static <T> Read<T> of(Function<Diagnostics, T> reader) {
            Diagnostics diagnostics = new Diagnostics();
            T value = reader.apply(diagnostics);
            return new Read<>(value, diagnostics.sorted(), null);
        }

        static Read<ArticleSource> article(Path file, ArticleReader reader) {
            Diagnostics diagnostics = new Diagnostics();
            ContentLoader.ReadArticle read = ContentLoader.readArticle(file, reader, diagnostics);
            return new Read<>(read.article(), diagnostics.sorted(), read.sketch());
        }
    }

    private final Path dir;
    private final ContentLoader loader;
    private final Read<SiteConfig> config;
    private final Read<List<TopicDefinition>> topics;
    private final SortedMap<String, Read<EventFacts>> events;
    private final SortedMap<String, Read<ArticleSource>> articles;
    private final List<Diagnostic> folderProblems;

    private ContentSnapshot(Path dir, ContentLoader loader, Read<SiteConfig> config, Read<List<TopicDefinition>> topics,
                            SortedMap<String, Read<EventFacts>> events, SortedMap<String, Read<ArticleSource>> articles,
                            List<Diagnostic> folderProblems) {
        this.dir = dir;
        this.loader = loader;
        this.config = config;
        this.topics = topics;
        this.events = Collections.unmodifiableSortedMap(events);
        this.articles = Collections.unmodifiableSortedMap(articles);
        this.folderProblems = List.copyOf(folderProblems);
    }

    static ContentSnapshot read(Path dir, ContentLoader loader) {
        if (!Files.isDirectory(dir)) {
            return new ContentSnapshot(dir, loader, new Read<>(SiteConfig.DEFAULT, List.of(), null), new Read<>(List.of(), List.of(), null),
                    new TreeMap<>(), new TreeMap<>(), List.of(Diagnostic.error(dir, 0, "content folder not found",
                    "run from the site's folder or pass --content DIR")));
        }
        Diagnostics listing = new Diagnostics();
        Read<SiteConfig> config = Read.of(d -> ContentLoader.readConfig(dir.resolve("site.yaml"), d));
        Read<List<TopicDefinition>> topics = Read.of(d -> ContentLoader.readTopics(dir.resolve("topics.yaml"), d));
        SortedMap<String, Read<EventFacts>> events = new TreeMap<>();
        for (Path file : ContentLoader.listFiles(dir, dir.resolve("events"), ".yaml", listing)) {
            events.put(file.toString(), Read.of(d -> ContentLoader.readEvent(file, d)));
        }
        ArticleReader reader = loader.articleReader(topics.value());
        SortedMap<String, Read<ArticleSource>> articles = new TreeMap<>();
        List<Path> files = ContentLoader.articleFiles(dir, listing);
        List<Read<ArticleSource>> read = files.parallelStream()
                .map(file -> Read.article(file, reader)).toList();
        for (int i = 0; i < files.size(); i++) {
            articles.put(files.get(i).toString(), read.get(i));
        }
        return new ContentSnapshot(dir, loader, config, topics, events, articles, listing.sorted());
    }

    /**
     * The snapshot after {@code changed} files (created, modified or deleted; folders too) changed on
     * disk. A change to {@code site.yaml} or {@code topics.yaml} re-reads everything, since every
     * article is checked against the topics.
     */
    public ContentSnapshot update(Set<Path> changed) {
        Path eventsDir = dir.resolve("events");
        Path articlesDir = dir.resolve("articles");
        if (!Files.isDirectory(dir) || changed.stream().anyMatch(p -> p.equals(dir.resolve("site.yaml"))
                || p.equals(dir.resolve("topics.yaml")) || p.equals(dir) || p.equals(eventsDir) || p.equals(articlesDir))) {
            return read(dir, loader);
        }
        SortedMap<String, Read<EventFacts>> newEvents = new TreeMap<>(events);
        SortedMap<String, Read<ArticleSource>> newArticles = new TreeMap<>(articles);
        ArticleReader reader = loader.articleReader(topics.value());
        Diagnostics listing = new Diagnostics();
        for (Path path : changed) {
            if (path.startsWith(eventsDir)) {
                refresh(dir, newEvents, path, ".yaml", listing, file -> Read.of(d -> ContentLoader.readEvent(file, d)));
            } else if (path.startsWith(articlesDir)) {
                refresh(dir, newArticles, path, ".md", listing, file -> Read.article(file, reader));
            }
        }
        return new ContentSnapshot(dir, loader, config, topics, newEvents, newArticles, folderProblems);
    }

    /** Forgets what was read at or under {@code path}, then reads what is there now. */
    private static <T> void refresh(Path dir, SortedMap<String, Read<T>> files, Path path, String suffix, Diagnostics listing,
                                    Function<Path, Read<T>> reader) {
        String key = path.toString();
        String folder = key + path.getFileSystem().getSeparator();
        files.remove(key);
        files.subMap(folder, folder + Character.MAX_VALUE).clear(); // the keys under it, found without walking every key
        if (Files.isDirectory(path)) {
            for (Path file : ContentLoader.listFiles(dir, path, suffix, listing)) {
                files.put(file.toString(), reader.apply(file));
            }
        } else if (key.endsWith(suffix) && Files.isRegularFile(path) && ContentLoader.skippedLink(dir, path) == null) {
            files.put(key, reader.apply(path));
        }
    }

    public Path dir() {
        return dir;
    }

    /** What could be read, in file order. */
    public Content content() {
        return new Content(config.value(), topics.value(),
                events.values().stream().map(Read::value).filter(Objects::nonNull).toList(),
                articles.values().stream().map(Read::value).filter(Objects::nonNull).toList());
    }

    /** The sketch of each article's text (for {@link ContentChecks}), in the order of {@code content().articles()}. */
    public List<TextSketch> sketches() {
        List<TextSketch> sketches = new ArrayList<>(articles.size());
        articles.values().forEach(r -> {
            if (r.value() != null) {
                sketches.add(r.sketch());
            }
        });
        return sketches;
    }

    /** The problems of every file, read where they were found. */
    public List<Diagnostic> problems() {
        List<Diagnostic> all = new ArrayList<>(folderProblems);
        all.addAll(config.problems());
        all.addAll(topics.problems());
        events.values().forEach(r -> all.addAll(r.problems()));
        articles.values().forEach(r -> all.addAll(r.problems()));
        if (articles.isEmpty() && Files.isDirectory(dir)) {
            all.add(Diagnostic.warning(dir.resolve("articles"), 0, "no articles", "add Markdown files under " + dir.resolve("articles")));
        }
        return all;
    }
}
