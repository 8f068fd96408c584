package khatt.model;

import java.time.LocalDate;
import java.util.List;
import khatt.content.ArticleSource;
import khatt.content.MentionedDate;

/**
 * One event of the timeline: what happened, when and where, and every article that reports it.
 *
 * @param summary Markdown from the event file, or null (the lead of its first article stands in)
 * @param articles oldest publication first
 * @param topics the union of its articles' topics, sorted by id
 * @param outlets distinct outlets of its articles, in article order
 */
public record Event(String id, LocalDate date, String title, String place, String kind, String summary,
                    List<ArticleSource> articles, List<String> topics, List<String> outlets,
                    List<MentionedDate> mentionedDates) {

    public Event {
        articles = List.copyOf(articles);
        topics = List.copyOf(topics);
        outlets = List.copyOf(outlets);
        mentionedDates = List.copyOf(mentionedDates);
    }

    /** The plain-text lead of its first article with one, for cards when the event has no summary. */
    public String lead() {
        return articles.stream().map(ArticleSource::lead).filter(l -> !l.isEmpty()).findFirst().orElse("");
    }
}
