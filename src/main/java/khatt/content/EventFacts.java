package khatt.content;

import java.nio.file.Path;
import java.time.LocalDate;

/** The curated facts of one event from {@code events/<id>.yaml}; any field but the id may be null. */
public record EventFacts(String id, Path file, String title, String summary, String place, String kind, LocalDate date,
                         int dateLine, int placeLine, int kindLine) {

    /** Facts of a new event, not yet in a file. */
    public static EventFacts of(String id, String title, LocalDate date, String place, String kind) {
        return new EventFacts(id, null, title, null, place, kind, date, 0, 0, 0);
    }

    /** These facts with what they lack taken from {@code more}: curated facts are completed, never changed. */
    public EventFacts completedBy(String moreTitle, LocalDate moreDate, String morePlace, String moreKind) {
        return new EventFacts(id, file, blank(title) ? moreTitle : title, summary, blank(place) ? morePlace : place,
                blank(kind) ? moreKind : kind, date == null ? moreDate : date, dateLine, placeLine, kindLine);
    }

    /** The event file's text, in the field order of the content format, text values quoted. */
    public String text() {
        StringBuilder text = new StringBuilder();
        ArticleScaffold.line(text, "title", title, true);
        ArticleScaffold.line(text, "summary", summary, true);
        ArticleScaffold.line(text, "date", date == null ? null : date.toString(), false);
        ArticleScaffold.line(text, "place", place, true);
        ArticleScaffold.line(text, "kind", kind, false);
        return text.toString();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
