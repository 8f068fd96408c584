package khatt.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.List;
import khatt.content.ArticleSource;
import khatt.model.Event;
import khatt.model.Timeline;

/** {@code data/events.json}: the events in chronological order, for reuse by other tools. */
public final class EventsExport {

    record ArticleRecord(String id, String title, String outlet, String published, String source_url) {}

    record EventRecord(String id, String date, String title, String place, String kind, List<String> topics,
                       List<ArticleRecord> articles) {}

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private EventsExport() {}

    public static String json(Timeline timeline) {
        List<EventRecord> events = timeline.events().stream().map(EventsExport::record).toList();
        try {
            return JSON.writeValueAsString(events) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("records of strings always serialize", e);
        }
    }

    private static EventRecord record(Event event) {
        return new EventRecord(event.id(), event.date().toString(), event.title(), event.place(), event.kind(), event.topics(),
                event.articles().stream().map(EventsExport::record).toList());
    }

    private static ArticleRecord record(ArticleSource article) {
        return new ArticleRecord(article.id(), article.title(), article.outlet(), article.published(), article.sourceUrl());
    }
}
