package khatt.model;

import java.util.List;
import khatt.content.SiteConfig;

/** The understood site: events in chronological order and the topics, in taxonomy order. */
public record Timeline(SiteConfig config, List<Event> events, List<Topic> topics) {

    public Timeline {
        events = List.copyOf(events);
        topics = List.copyOf(topics);
    }

    public int articleCount() {
        return events.stream().mapToInt(e -> e.articles().size()).sum();
    }
}
