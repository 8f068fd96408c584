package khatt.render;

/**
 * The site's address scheme. Permanent and made from ids only, so adding articles never moves a
 * page; every path is relative to the site root.
 */
public final class Urls {

    /** Where the year pages of the whole timeline live. */
    public static final String YEARS = "years/";

    private Urls() {}

    public static String eventPath(String id) {
        return "events/" + id + "/";
    }

    public static String topicPath(String id) {
        return "topics/" + id + "/";
    }

    /** A topic's Atom feed, beside its page. */
    public static String topicFeedPath(String id) {
        return topicPath(id) + "feed.xml";
    }

    /** The light embed view of a page, under {@code embed/} at the same path: {@code embed/events/<id>/}. */
    public static String embedPath(String pagePath) {
        return "embed/" + pagePath;
    }

    /** {@code ../} once per folder of {@code path}: from that page's folder back to the site root. */
    static String rootOf(String path) {
        return "../".repeat((int) path.chars().filter(c -> c == '/').count());
    }
}
