package khatt.content;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;
import khatt.arabic.Slugs;

/**
 * An article file's text with its front matter filled in, written by {@code khatt new article} and
 * by {@code khatt import}: the fields in the order of the content format, text values quoted, then
 * the body. An article with questions for the editor is a draft: {@code draft: true} and the
 * questions under {@code review}, which keep it out of the site until answered.
 *
 * @param slug the end of the file name (after the date); derived from the event, place or title when null
 * @param review questions the editor must answer before the article is published; empty when none
 * @param body the Markdown body; a placeholder to replace when null
 * @param provisionalEvent for a draft of unknown date, the name the importer gives the event it shares
 *     with other such drafts (not an event id: the build names the event once the date is known); or null
 */
public record ArticleScaffold(String title, LocalDate date, String event, String place, String kind, String outlet,
                              String published, String sourceUrl, List<String> topics, List<MentionedDate> mentionedDates,
                              List<String> review, String body, String slug, String provisionalEvent) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** How the question a draft of unknown date asks begins. */
    public static final String DATE_QUESTION = "event date unknown";

    public ArticleScaffold {
        topics = topics == null ? List.of() : List.copyOf(topics);
        mentionedDates = mentionedDates == null ? List.of() : List.copyOf(mentionedDates);
        review = review == null ? List.of() : List.copyOf(review);
    }

    /** A new article to write by hand: front matter, and a placeholder body. */
    public static ArticleScaffold blank(String title, LocalDate date, String event, String place, String kind, String outlet,
                                        String published, String sourceUrl, List<String> topics, String slug) {
        return new ArticleScaffold(title, date, event, place, kind, outlet, published, sourceUrl, topics, List.of(),
                List.of(), null, slug, null);
    }

    /** The file's name: {@code <date>-<slug>.md}, lower-case ASCII. */
    public String fileName() {
        String name = slug != null ? slug
                : event != null ? event.replaceFirst("^\\d{4}-\\d{2}-\\d{2}-", "")
                : place != null ? Slugs.of(place) : Slugs.of(title);
        name = Slugs.of(name);
        if (name.length() > 50) {
            name = name.substring(0, name.lastIndexOf('-', 50) > 0 ? name.lastIndexOf('-', 50) : 50);
        }
        return date + (name.isEmpty() ? "" : "-" + name) + ".md";
    }

    public String text() {
        StringBuilder text = new StringBuilder("---\n");
        if (!review.isEmpty()) {
            text.append("draft: true\n");
            text.append("review:\n");
            review.forEach(q -> text.append("  - ").append(quote(q)).append('\n'));
            line(text, "provisional_event", provisionalEvent, false);
        }
        line(text, "title", title, true);
        line(text, "date", date == null ? null : date.toString(), false);
        line(text, "event", event, false);
        line(text, "place", place, true);
        line(text, "kind", kind, false);
        line(text, "outlet", outlet, true);
        line(text, "published", published, false);
        line(text, "source_url", sourceUrl, true);
        if (!topics.isEmpty()) {
            text.append("topics: [").append(String.join(", ", topics)).append("]\n");
        }
        if (!mentionedDates.isEmpty()) {
            text.append("mentioned_dates:\n");
            for (MentionedDate m : mentionedDates) {
                text.append("  - {text: ").append(quote(m.text())).append(", date: \"").append(m.date()).append("\"}\n");
            }
        }
        text.append("---\n");
        text.append(body != null ? "\n" + body : "اكتب هنا نص المقال. الفقرة الأولى تظهر ملخصاً للمقال على الخط الزمني.\n");
        return text.toString();
    }

    /** Writes the file under {@code articles/}, never over an existing one; returns its path. */
    public Path write(Path contentDir) throws IOException {
        Path file = contentDir.resolve("articles").resolve(fileName());
        Files.createDirectories(file.getParent());
        if (Files.exists(file)) {
            throw new FileAlreadyExistsException(file.toString());
        }
        Files.writeString(file, text(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        return file;
    }

    /**
     * A draft of unknown date (as written by {@link #text()}), now filed under {@code event} of
     * {@code date}: the date question and the provisional name go, the date and event come in, and
     * it stops being a draft when no other question is left. Null when its front matter is not as
     * written (the editor answered or changed it), so that nothing the editor wrote is lost.
     */
    public static String completedDraft(String text, LocalDate date, String event) {
        String t = text.replace("\r\n", "\n");
        int end = t.indexOf("\n---\n", 3);
        if (!t.startsWith("---\n") || end < 0) {
            return null;
        }
        List<String> lines = new java.util.ArrayList<>(List.of(t.substring(4, end + 1).split("\n")));
        if (lines.stream().anyMatch(l -> l.startsWith("date:") || l.startsWith("event:"))
                || lines.stream().noneMatch(l -> l.startsWith("provisional_event:"))) {
            return null;
        }
        lines.removeIf(l -> l.startsWith("provisional_event:") || l.startsWith("  - \"" + DATE_QUESTION));
        int review = lines.indexOf("review:");
        if (review >= 0 && (review + 1 == lines.size() || !lines.get(review + 1).startsWith("  - "))) {
            lines.remove(review);
            lines.remove("draft: true");
        }
        int title = lines.stream().filter(l -> l.startsWith("title:")).findFirst().map(lines::indexOf).orElse(-1);
        lines.add(title + 1, "event: " + event);
        lines.add(title + 1, "date: " + date);
        return "---\n" + String.join("\n", lines) + t.substring(end);
    }

    static void line(StringBuilder text, String key, String value, boolean quoted) {
        if (value != null && !value.isBlank()) {
            text.append(key).append(": ").append(quoted ? quote(value) : value).append('\n');
        }
    }

    /** A YAML double-quoted string (JSON's quoting is valid YAML). */
    private static String quote(String value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a string always serializes", e);
        }
    }
}
