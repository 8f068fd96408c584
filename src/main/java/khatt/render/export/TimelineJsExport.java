package khatt.render.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code data/timelinejs.json}: the timeline in Knight Lab TimelineJS3's JSON format, so that an
 * educator can show it in a TimelineJS embed. TimelineJS inserts headlines, texts and group labels
 * as HTML, so every text is escaped.
 */
public final class TimelineJsExport {

    public static final String PATH = "data/timelinejs.json";

    /** What the export needs of one event, decided by the views. */
    public record Item(String id, java.time.LocalDate date, String title, String summary, String url, String group,
                       String sourcesLine) {}

    private TimelineJsExport() {}

    /** The file: the site's title and description, then the events' {@link #piece}s in order. */
    public static byte[] json(String title, String description, List<byte[]> events) {
        Map<String, Object> titleSlide = Map.of("text", text(title,
                description == null || description.isEmpty() ? "" : "<p>" + escape(description) + "</p>"));
        // Laid out as Jackson lays out an object of these two fields, the events spliced in from their pieces.
        return JsonPieces.document("{\n  \"title\" : " + JsonPieces.text(titleSlide, 1) + ",\n  \"events\" : ", events, "\n}\n");
    }

    /** What one event adds to the file. */
    public static byte[] piece(Item item) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("unique_id", item.id());
        Map<String, String> start = new LinkedHashMap<>(); // ordered, so the file is the same every build
        start.put("year", Integer.toString(item.date().getYear()));
        start.put("month", Integer.toString(item.date().getMonthValue()));
        start.put("day", Integer.toString(item.date().getDayOfMonth()));
        event.put("start_date", start);
        String body = "<p>" + escape(item.summary()) + "</p><p>" + escape(item.sourcesLine())
                + " — <a href=\"" + escape(item.url()) + "\">" + escape(item.url()) + "</a></p>";
        event.put("text", text(item.title(), body));
        if (item.group() != null) {
            event.put("group", escape(item.group())); // TimelineJS3 inserts the group label as HTML too
        }
        return JsonPieces.piece(event, 1);
    }

    private static Map<String, String> text(String headline, String html) {
        Map<String, String> text = new LinkedHashMap<>();
        text.put("headline", escape(headline));
        text.put("text", html == null ? "" : html);
        return text;
    }

    private static final Function<String, String> ESCAPE = s -> s.replace("&", "&amp;").replace("<", "&lt;")
            .replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");

    private static String escape(String text) {
        return text == null ? "" : ESCAPE.apply(text);
    }
}
