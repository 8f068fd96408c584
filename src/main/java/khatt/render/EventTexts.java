package khatt.render;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import khatt.model.Event;
import khatt.render.export.SearchIndex;
import khatt.render.export.ShareCard;

/**
 * What each event adds to the files that list every event (the JSON exports and the search index),
 * and the text of its share card, kept from one rebuild to the next: an event equal to the last one gets its last texts
 * back, so a rebuild after an edit turns only the edited events into text. The {@code Rebuilder}
 * keeps one while it runs; a build starts from an empty one. Safe for the parallel page jobs.
 */
public final class EventTexts {

    final PerEvent<ShareCard.Text> shareCards = new PerEvent<>();
    /** What the search index holds of each event, and the index last made. */
    final SearchMemo search = new SearchMemo();
    final PerEvent<byte[]> eventsJson = new PerEvent<>();
    final PerEvent<byte[]> timelineJs = new PerEvent<>();
    /** What every event's texts show besides the event: the site's settings and topics. */
    private Object site;

    /** Forgets every text when {@code site}, what they show besides their event, changed. */
    synchronized void showing(Object site) {
        if (!Objects.equals(this.site, site)) {
            this.site = site;
            shareCards.kept.clear();
            eventsJson.kept.clear();
            timelineJs.kept.clear();
        }
    }

    /**
     * The search index's memo: each event's terms and result line, read while its page was made (its
     * bodies read once), versioned so that a rebuild remakes only the index files an edit touched;
     * the views of the last pages made, for events whose page was not made; the index last made.
     */
    static final class SearchMemo {
        final Map<String, SiteRenderer.SearchDocument> documents = new ConcurrentHashMap<>();
        final SearchIndex.Terms terms = new SearchIndex.Terms();
        final AtomicLong versions = new AtomicLong();
        volatile Views views;
        volatile SiteRenderer.IndexFiles last;
    }

    /** One kind of text, by event id; an event whose id went away keeps its text until the id comes back. */
    static final class PerEvent<T> {

        private record Kept<T>(Event event, T text) {}

        private final Map<String, Kept<T>> kept = new ConcurrentHashMap<>();

        /** The text of {@code event}: the last one when the event is the same, else made by {@code make}. */
        T of(Event event, Function<Event, T> make) {
            Kept<T> last = kept.get(event.id());
            if (last != null && last.event().equals(event)) {
                return last.text();
            }
            T text = make.apply(event);
            kept.put(event.id(), new Kept<>(event, text));
            return text;
        }

        /** The texts of {@code events}, in order. */
        List<T> of(List<Event> events, Function<Event, T> make) {
            return events.stream().map(event -> of(event, make)).toList();
        }
    }
}
