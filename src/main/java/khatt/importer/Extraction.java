package khatt.importer;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What one page says about itself and the event it reports, before grouping.
 *
 * @param file the input's file name
 * @param title the headline, or null
 * @param outlet the outlet, or null
 * @param published publication day, or null
 * @param publishedMonth the month of publication when only that is known (an address «/2018/08/»), or null
 * @param publishedText publication as written to front matter (date or date-time with offset), or null
 * @param date event date the text itself tells, or null
 * @param dateEvidence the words the event date rests on, or null
 * @param dateConfidence how sure the event date is, 0-1
 * @param weekday the weekday the text gives its event («اليوم الثلاثاء»), or null
 * @param place the place's displayed name, or null
 * @param placeSlug the place's ASCII slug, or null
 * @param placeStrength how strongly the text ties the place to the event (0 none, 2 lead, 3 dateline, 4 at the event)
 * @param kind the kind of event, or null
 * @param kindRank where the kind was said (lower is earlier and stronger); Integer.MAX_VALUE if not said
 * @param participants the officials the headline and lead name
 * @param topics topic ids
 * @param mentions the body's date expressions other than the event date, unresolved
 * @param body the body as Markdown
 * @param sourceUrl the page's address, or null
 * @param contentKeys matching keys of the content words, for grouping
 * @param fingerprint a hash of the body's matching keys, for duplicate detection
 * @param warnings things the editor should check
 * @param dayMonth when the date is unknown, the day and month the lead gives without a year, or null
 */
public record Extraction(String file, String title, String outlet, LocalDate published, String publishedText,
        LocalDate date, String dateEvidence, double dateConfidence, DayOfWeek weekday, String place, String placeSlug,
        int placeStrength, String kind, int kindRank, Participants participants, List<String> topics, List<DateMention> mentions, String body,
        String sourceUrl, Set<String> contentKeys, String fingerprint, List<String> warnings, java.time.YearMonth publishedMonth,
        java.time.MonthDay dayMonth) {

    public Extraction {
        topics = List.copyOf(topics);
        mentions = List.copyOf(mentions);
        contentKeys = Set.copyOf(contentKeys);
        warnings = List.copyOf(warnings);
    }
}
