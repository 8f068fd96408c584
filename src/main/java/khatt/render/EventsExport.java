package khatt.render;

import java.util.List;
import khatt.content.ArticleSource;
import khatt.model.Event;
import khatt.render.export.JsonPieces;

/** {@code data/events.json}: the events in chronological order, for reuse by other tools. */
public final class EventsExport {

    record ArticleRecord(String id, String title, String outlet, String published, String source_url) {}

    record EventRecord(String id, String date, String title, String place, String kind, List<String> topics,
                       List<ArticleRecord> articles) {}

    private EventsExport() {}

    /** The file: the events' {@link #piece}s in chronological order. */
    public static byte[] json(List<byte[]> events) {
        return JsonPieces.document("", events, "\n");
    }

    /** What one event adds to the file. */
    public static byte[] piece(Event event) {
        return JsonPieces.piece(record(event), 0);
    }

    private static EventRecord record(Event event) {
        return new EventRecord(event.id(), event.date().toString(), event.title(), event.place(), event.kind(), event.topics(),
                event.articles().stream().map(EventsExport::record).toList());
    }

    private static ArticleRecord record(ArticleSource article) {
        return new ArticleRecord(article.id(), article.title(), article.outlet(), article.published(), article.sourceUrl());
    }
}
