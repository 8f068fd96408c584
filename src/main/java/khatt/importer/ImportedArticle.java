package khatt.importer;

import java.time.LocalDate;
import java.util.List;

/**
 * The outcome of importing one input: everything inferred, where it was written, how sure it is,
 * and what the editor must fill in. {@code error} is set (and the rest mostly null) when the input
 * was refused.
 *
 * @param file the input file's name
 * @param path the article file: relative to the content directory when planned, then as written
 *     (the content directory joined with it); null when refused
 * @param dateConfidence 0-1: how sure the event date is (see the import guide); 0 when unknown
 * @param event the event's id; for an article of unknown date, the provisional name it shares with the
 *     other reports of its event, written as {@code provisional_event}
 * @param grouping why the article joined its event or started a new one
 * @param review questions the editor must answer before the article is published (it is written as a draft)
 * @param confidence 0-1: mostly how sure the event date is, then kind, place, title and outlet
 */
public record ImportedArticle(String file, String path, String title, String outlet, LocalDate published,
        String publishedText, LocalDate date, String dateEvidence, double dateConfidence, String place, String kind,
        List<String> topics, String event, boolean existingEvent, String grouping, double confidence, String body,
        List<MentionedDate> mentionedDates, String sourceUrl, List<String> warnings, List<String> review, String error) {

    public ImportedArticle {
        topics = topics == null ? List.of() : List.copyOf(topics);
        mentionedDates = mentionedDates == null ? List.of() : List.copyOf(mentionedDates);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        review = review == null ? List.of() : List.copyOf(review);
    }

    /** Whether the article waits for the editor's answers before it is published. */
    public boolean isDraft() {
        return !review.isEmpty();
    }

    /** Another date the article names: its words and what they mean (YYYY, YYYY-MM or YYYY-MM-DD). */
    public record MentionedDate(String text, String date) {}

    static ImportedArticle refused(String file, String error) {
        return new ImportedArticle(file, null, null, null, null, null, null, null, 0, null, null, List.of(), null, false, null, 0,
                null, List.of(), null, List.of(), List.of(), error);
    }

    ImportedArticle withEvent(String newEvent) {
        return new ImportedArticle(file, path, title, outlet, published, publishedText, date, dateEvidence, dateConfidence, place,
                kind, topics, newEvent, existingEvent, grouping, confidence, body, mentionedDates, sourceUrl, warnings, review, error);
    }

    ImportedArticle withPath(String newPath) {
        return new ImportedArticle(file, newPath, title, outlet, published, publishedText, date, dateEvidence, dateConfidence, place,
                kind, topics, event, existingEvent, grouping, confidence, body, mentionedDates, sourceUrl, warnings, review, error);
    }
}
