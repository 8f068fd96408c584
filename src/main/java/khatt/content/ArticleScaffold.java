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
 * A new article file with its front matter filled in, for {@code khatt new article}: the fields in
 * the order of the content format, text values quoted, and a body to replace.
 *
 * @param slug the end of the file name (after the date); derived from the event, place or title when null
 */
public record ArticleScaffold(String title, LocalDate date, String event, String place, String kind, String outlet,
                              String published, String sourceUrl, List<String> topics, String slug) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public ArticleScaffold {
        topics = topics == null ? List.of() : List.copyOf(topics);
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
        text.append("title: ").append(quote(title)).append('\n');
        text.append("date: ").append(date).append('\n');
        line(text, "event", event, false);
        line(text, "place", place, true);
        line(text, "kind", kind, false);
        line(text, "outlet", outlet, true);
        line(text, "published", published, false);
        line(text, "source_url", sourceUrl, false);
        if (!topics.isEmpty()) {
            text.append("topics: [").append(String.join(", ", topics)).append("]\n");
        }
        text.append("---\n");
        text.append("اكتب هنا نص المقال. الفقرة الأولى تظهر ملخصاً للمقال على الخط الزمني.\n");
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

    private static void line(StringBuilder text, String key, String value, boolean quoted) {
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
