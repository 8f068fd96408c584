package khatt.content;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * The front matter of one article file and where its body starts; the body itself stays on disk
 * until its page is rendered.
 *
 * @param id the file name without {@code .md}; unique in the site, used in anchors
 * @param file the file, as the user names the content folder
 * @param event the event id it names, or null to group by date, place and kind
 * @param published ISO 8601 as written (date or date-time), or null
 * @param topics the topic ids of the front matter, or those found in its text when it has none
 * @param bodyLine the 1-based line of the file where the Markdown body starts
 * @param lead the first paragraph of the body as plain text, for summaries
 */
public record ArticleSource(String id, Path file, String title, LocalDate date, String event, String place, String kind,
                            String outlet, String published, String sourceUrl, List<String> topics,
                            List<MentionedDate> mentionedDates, int bodyLine, String lead,
                            int dateLine, int placeLine, int kindLine) {

    public ArticleSource {
        topics = List.copyOf(topics);
        mentionedDates = List.copyOf(mentionedDates);
    }
}
