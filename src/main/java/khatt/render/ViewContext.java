package khatt.render;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import khatt.arabic.ArabicDates;
import khatt.content.SiteConfig;
import khatt.markdown.Markdown;
import khatt.model.Event;
import khatt.model.Timeline;
import khatt.model.Topic;

/** What every view builder shares: the timeline, the site's settings and wording, and the topics' chips. */
final class ViewContext {

    final Timeline timeline;
    final SiteConfig config;
    final ArabicDates dates;
    final Markdown markdown;
    private final Map<String, TopicChip> chips = new LinkedHashMap<>();
    private final YearMonth firstMonth;
    private final YearMonth lastMonth;

    ViewContext(Timeline timeline, Markdown markdown) {
        this.timeline = timeline;
        this.config = timeline.config();
        this.dates = new ArabicDates(config.dateStyle());
        this.markdown = markdown;
        List<Topic> topics = timeline.topics();
        for (int i = 0; i < topics.size(); i++) {
            Topic topic = topics.get(i);
            // Hues spread around the colour wheel by the golden angle stay distinct for any number of topics.
            chips.put(topic.id(), new TopicChip(topic.id(), topic.label(), Urls.topicPath(topic.id()),
                    (int) Math.round(i * 137.508) % 360));
        }
        List<Event> events = timeline.events();
        firstMonth = events.isEmpty() ? YearMonth.of(2000, 1) : YearMonth.from(events.get(0).date());
        lastMonth = events.isEmpty() ? firstMonth : YearMonth.from(events.get(events.size() - 1).date());
    }

    String absolute(String path) {
        return config.baseUrl() + path;
    }

    PageMeta meta(String title, String description, String root, String path, String kind, String ogType,
                  String jsonLd, String feed, List<String> icons) {
        return new PageMeta(config.title(), config.description(), config.language(), title, description, root,
                absolute(path), kind, ogType, jsonLd, feed, icons, null,
                config.dateStyle().digits().name().toLowerCase(Locale.ROOT));
    }

    /** A count in words, by the Arabic rules for 1, 2, 3–10 and 11 up. */
    String count(int n, String one, String two, String few, String many) {
        if (n == 1) {
            return one;
        }
        if (n == 2) {
            return two;
        }
        int lastTwo = n % 100;
        return dates.digits(n) + " " + (lastTwo >= 3 && lastTwo <= 10 ? few : many);
    }

    /** A count of events in words: «حدث واحد», «حدثان», «٣ أحداث», «١١ حدثاً». */
    String events(int n) {
        return count(n, "حدث واحد", "حدثان", "أحداث", "حدثاً");
    }

    DateView date(LocalDate date) {
        return new DateView(date.toString(), dates.full(date), dates.hijri(date));
    }

    /** The topics' chips, in taxonomy order. */
    List<TopicChip> chips() {
        return List.copyOf(chips.values());
    }

    TopicChip chip(String topicId) {
        return chips.get(topicId);
    }

    /** The chips of the event's topics that the taxonomy has. */
    List<TopicChip> chipsOf(Event event) {
        return event.topics().stream().map(chips::get).filter(Objects::nonNull).toList();
    }

    /** The chips that filter a page of the whole timeline: the topics that have events. */
    List<TopicChip> filters() {
        return timeline.topics().stream().filter(t -> !t.events().isEmpty()).map(t -> chips.get(t.id())).toList();
    }

    static List<TopicChip> relativeChips(List<TopicChip> chips, String root) {
        return chips.stream().map(c -> c.from(root)).toList();
    }

    /** The events' counts per month, over the whole site's span of months. */
    MonthlyCounts monthly(List<Event> events) {
        return MonthlyCounts.of(firstMonth, lastMonth, events.stream().map(Event::date).toList());
    }

    /** «شهر سنة» of the site's first and last months, for a chart's description. */
    String span() {
        return dates.monthYear(firstMonth.getYear(), firstMonth.getMonthValue()) + " إلى "
                + dates.monthYear(lastMonth.getYear(), lastMonth.getMonthValue());
    }

    static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
