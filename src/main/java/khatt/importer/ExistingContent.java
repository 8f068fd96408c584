package khatt.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import khatt.content.ContentLoader;
import khatt.content.EventFacts;
import khatt.content.FrontMatter;
import khatt.content.YamlNode;
import khatt.content.YamlReader;
import khatt.diag.Diagnostic;
import khatt.diag.Diagnostics;

/**
 * What {@code content/} already holds, read with the build's own readers: every article file's path
 * (readable or not) and, as far as importing needs it, each article's event, date, place, kind,
 * address and words (drafts included), and the curated events. Unreadable articles are skipped with
 * a warning (checking them is the build's job).
 */
public record ExistingContent(List<Article> articles, List<String> files, Map<String, EventFacts> events,
        List<String> warnings) {

    public ExistingContent {
        articles = List.copyOf(articles);
        files = List.copyOf(files);
        events = Map.copyOf(events);
        warnings = List.copyOf(warnings);
    }

    /**
     * An article file of content/. {@code path} is relative to content/, with '/' separators;
     * {@code provisionalEvent} is the name a draft of unknown date shares with drafts of the same
     * event; {@code weekday} and {@code dayMonth} the weekday and the day and month without a year its lead
     * gives the event, for drafts of unknown date.
     */
    public record Article(String path, String title, String event, LocalDate date, String place, String kind,
            String sourceUrl, String fingerprint, java.util.Set<String> contentKeys, String lead,
            String provisionalEvent, java.time.DayOfWeek weekday, java.time.MonthDay dayMonth, LocalDate published) {}

    public static final ExistingContent EMPTY = new ExistingContent(List.of(), List.of(), Map.of(), List.of());

    public static ExistingContent read(Path content) throws IOException {
        List<Article> articles = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Diagnostics listing = new Diagnostics();
        for (Path f : ContentLoader.articleFiles(content, listing)) {
            String rel = content.relativize(f).toString().replace('\\', '/');
            paths.add(rel);
            try {
                articles.add(parseArticle(rel, Files.readString(f, StandardCharsets.UTF_8)));
            } catch (IOException | RuntimeException e) {
                warnings.add(rel + ": skipped, front matter unreadable: " + e.getMessage());
            }
        }
        Map<String, EventFacts> events = ContentLoader.readEvents(content, listing);
        for (Diagnostic d : listing.sorted()) {
            warnings.add(relative(content, d.file()) + (d.line() > 0 ? ":" + d.line() : "") + ": " + d.message());
        }
        return new ExistingContent(articles, paths, events, warnings);
    }

    private static String relative(Path content, Path file) {
        try {
            return content.relativize(file).toString().replace('\\', '/');
        } catch (IllegalArgumentException e) {
            return file.toString();
        }
    }

    /**
     * Parses one article file's text with the build's own front-matter splitter and YAML reader;
     * a date the build would reject counts as none.
     */
    static Article parseArticle(String rel, String text) throws IOException {
        String t = text.replace("\r\n", "\n");
        FrontMatter split;
        YamlNode fm;
        try {
            split = FrontMatter.split(t);
            fm = YamlReader.read(split.yaml(), Path.of(rel), FrontMatter.YAML_LINE);
        } catch (FrontMatter.Missing e) {
            throw new IOException(e.getMessage());
        } catch (YamlReader.YamlException e) {
            throw new IOException(e.diagnostic().message());
        }
        if (!fm.isMap()) {
            throw new IOException("front matter is not a mapping");
        }
        Map<String, YamlNode> fields = fm.asMap();
        String body = split.body();
        String title = text(fields, "title");
        LocalDate date = isoDay(text(fields, "date"));
        String lead = lead(title, body);
        return new Article(rel, title, safeId(text(fields, "event")), date, text(fields, "place"),
                text(fields, "kind"), text(fields, "source_url"), Extractor.fingerprint(body),
                Extractor.contentKeys((title == null ? "" : title + "\n") + body), lead,
                safeId(text(fields, "provisional_event")), date == null ? weekdayOf(lead) : null,
                date == null ? EventDates.dayMonth(DateFinder.find(lead)) : null,
                text(fields, "published") == null ? null : Extractor.parseIsoDay(text(fields, "published")));
    }

    /** An id the build accepts, or null: an id names files and folders. */
    private static String safeId(String id) {
        return khatt.content.EventIds.isSafe(id) ? id : null;
    }

    /** The first weekday the lead names («الأحد»), which an undated report gives its event. */
    private static java.time.DayOfWeek weekdayOf(String lead) {
        return DateFinder.find(lead).stream().map(DateMention::weekday).filter(java.util.Objects::nonNull)
                .findFirst().orElse(null);
    }

    private static String text(Map<String, YamlNode> fields, String key) {
        YamlNode v = fields.get(key);
        return v == null || !v.isScalar() || v.text() == null || v.text().isBlank() ? null : v.text().strip();
    }

    /** A YYYY-MM-DD date as the build reads it, or null. */
    private static LocalDate isoDay(String text) {
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /** The headline and first paragraphs, where a report names who took part. */
    private static String lead(String title, String body) {
        List<String> paragraphs = java.util.Arrays.stream(body.split("\n\\s*\n")).map(String::strip)
                .filter(p -> !p.isEmpty()).limit(Extractor.PARTICIPANTS_LEAD).toList();
        return (title == null ? "" : title + "\n") + String.join("\n", paragraphs);
    }

    /**
     * These articles as grouping members, events' curated facts filling what articles leave out. A
     * draft of unknown date is a member of its provisional event (named by the first such draft).
     */
    List<EventGrouper.Existing> forGrouping(Lexicon lexicon) {
        List<EventGrouper.Existing> out = new ArrayList<>();
        for (Article a : articles) {
            EventFacts ev = a.event() == null ? null : events.get(a.event());
            LocalDate date = a.date() != null || ev == null ? a.date() : ev.date();
            String place = a.place() != null || ev == null ? a.place() : ev.place();
            String kind = a.kind() != null || ev == null ? a.kind() : ev.kind();
            boolean provisional = a.event() == null && date == null;
            String event = provisional ? provisionalEventOf(a) : a.event();
            out.add(new EventGrouper.Existing(a.path(), event, date, place, slugOf(place), kind,
                    lexicon.officials().in(a.lead(), date), a.contentKeys(), provisional, a.weekday(), a.dayMonth(), a.published()));
        }
        return out;
    }

    /** The provisional event a draft of unknown date names, or the one its own file name gives. */
    private static String provisionalEventOf(Article a) {
        if (a.provisionalEvent() != null) {
            return a.provisionalEvent();
        }
        return safeId(fileStem(a.path()));
    }

    /** An article path's file name without {@code .md}: its id. */
    static String fileStem(String path) {
        return path.substring(path.lastIndexOf('/') + 1).replaceFirst("\\.md$", "");
    }

    private static String slugOf(String place) {
        return place == null ? null : khatt.arabic.Places.standard().slugOf(place);
    }
}
