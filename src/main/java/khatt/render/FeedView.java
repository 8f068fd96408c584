package khatt.render;

import java.util.List;

/** The Atom feed: the latest events. */
public record FeedView(String title, String selfUrl, String siteUrl, String updated, List<Entry> entries) {

    /** One event as a feed entry. */
    public record Entry(String url, String title, String updated, String summary) {}
}
