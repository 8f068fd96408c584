package khatt.render;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import khatt.model.Event;
import khatt.model.TimelineBuilder;
import khatt.model.Topic;

/** What machines read: the Atom feeds of the site and of each topic, and the sitemap. */
final class FeedViews {

    private final ViewContext context;
    private final EventCards cards;
    private final PagedTimelines paged;

    FeedViews(ViewContext context, EventCards cards, PagedTimelines paged) {
        this.context = context;
        this.cards = cards;
        this.paged = paged;
    }

    /** The site's feed of its latest events. */
    FeedView feed(int limit) {
        return feed(context.config.title(), context.absolute("feed.xml"), context.config.baseUrl(),
                context.timeline.events(), limit);
    }

    /** The Atom feed of one topic's latest events. */
    FeedView topicFeed(Topic topic, int limit) {
        return feed(topic.label() + " — " + context.config.title(), context.absolute(Urls.topicFeedPath(topic.id())),
                context.absolute(Urls.topicPath(topic.id())), topic.events(), limit);
    }

    private FeedView feed(String title, String selfUrl, String pageUrl, List<Event> events, int limit) {
        List<FeedView.Entry> entries = new ArrayList<>();
        for (int i = events.size() - 1; i >= 0 && entries.size() < limit; i--) {
            Event event = events.get(i);
            entries.add(new FeedView.Entry(context.absolute(Urls.eventPath(event.id())), event.title(), updated(event),
                    cards.atRoot(event).summary()));
        }
        String updated = entries.stream().map(FeedView.Entry::updated).max(String::compareTo)
                .orElse("1970-01-01T00:00:00Z");
        return new FeedView(title, selfUrl, pageUrl, updated, entries);
    }

    /** Every page a reader can land on: the timeline, topics, every page of each paged timeline, events. */
    SitemapView sitemap() {
        List<String> urls = new ArrayList<>();
        urls.add(context.absolute(""));
        urls.add(context.absolute("topics/"));
        paged.pages(null).forEach(p -> urls.add(context.absolute(p.path())));
        for (Topic topic : context.timeline.topics()) {
            urls.add(context.absolute(Urls.topicPath(topic.id())));
            paged.pages(topic).forEach(p -> urls.add(context.absolute(p.path())));
        }
        context.timeline.events().forEach(e -> urls.add(context.absolute(Urls.eventPath(e.id()))));
        return new SitemapView(urls);
    }

    /** When the event last changed: its latest article's publication, else the start of its day. */
    private static String updated(Event event) {
        return event.articles().stream().map(a -> TimelineBuilder.publicationInstant(a.published()))
                .filter(Objects::nonNull).max(Instant::compareTo)
                .map(DateTimeFormatter.ISO_INSTANT::format)
                .orElse(event.date().atStartOfDay().atOffset(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    }
}
