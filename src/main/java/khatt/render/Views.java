package khatt.render;

import java.util.List;
import khatt.markdown.Markdown;
import khatt.model.Event;
import khatt.model.EventKinds;
import khatt.model.Timeline;
import khatt.model.Topic;
import khatt.render.export.SearchIndex;
import khatt.render.export.ShareCard;
import khatt.render.export.TimelineJsExport;

/**
 * Turns the timeline into the view models templates display. All wording, dates, links and
 * grouping are decided here and in the builders it holds (event pages, paged timelines, feeds,
 * cards), so templates only loop and print.
 */
public final class Views {

    /** Characters of an event's summary a search result shows at most. */
    static final int SEARCH_EXCERPT = 160;

    private final ViewContext context;
    private final EventCards cards;
    private final PagedTimelines paged;
    private final EventViews events;
    private final FeedViews feeds;

    public Views(Timeline timeline, Markdown markdown) {
        this.context = new ViewContext(timeline, markdown);
        this.cards = new EventCards(context);
        this.paged = new PagedTimelines(context, cards);
        this.events = new EventViews(context, cards);
        this.feeds = new FeedViews(context, cards, paged);
    }

    public IndexPage index() {
        List<Event> all = context.timeline.events();
        List<Event> latest = TimelinePaging.latest(all);
        int articleCount = context.timeline.articleCount();
        String counts = context.events(all.size()) + " و" + context.count(articleCount, "مقال واحد", "مقالان", "مقالات", "مقالاً");
        DateView first = all.isEmpty() ? null : context.date(all.get(0).date());
        DateView last = all.isEmpty() ? null : context.date(all.get(all.size() - 1).date());
        String title = context.config.title();
        String description = !context.config.description().isBlank() || first == null ? context.config.description()
                : title + ": " + counts + "، من " + first.text() + " إلى " + last.text() + "."; // a site without one still has one
        String jsonLd = JsonLd.script(JsonLd.thing("WebSite", "name", title, "description",
                ViewContext.emptyToNull(description), "url", context.absolute(""), "inLanguage", context.config.language()));
        PageMeta meta = context.meta(title, description, "./", "", "index", "website", jsonLd, "feed.xml",
                cards.icons(latest)).withEmbed(context.absolute(Urls.embedPath("")));
        TimelinePaging whole = paged.whole;
        String chart = all.isEmpty() ? "" : OverviewChart.bars(context.monthly(all), context.dates,
                month -> Urls.YEARS + whole.monthHref(month));
        return new IndexPage(meta, all.size(), articleCount, counts, first, last, chart, context.filters(),
                paged.dateRange(whole), paged.yearLinks(whole, Urls.YEARS, "", 0), paged.latestLine(latest.size(), all.size()),
                paged.earlier(whole, Urls.YEARS, "", latest, all.size()), cards.years(latest, ""));
    }

    /** Every page of a paged timeline, the whole one's when {@code topic} is null. */
    List<PagedTimelines.PagedPage> yearPages(Topic topic) {
        return paged.pages(topic);
    }

    /** The page of the event at {@code index}, with the HTML of its articles' bodies in article order. */
    public EventPage event(int index, List<String> bodiesHtml) {
        return events.page(index).withBodies(bodiesHtml);
    }

    /** What the page of the event at {@code index} is made from, cheaper to compare than the page. */
    public Object eventInputs(int index) {
        return events.inputs(index);
    }

    /** The embed view of the event at {@code index}: its card. */
    public EmbedPage embedEvent(int index) {
        return events.embed(index);
    }

    public TopicsPage topics() {
        String root = "../";
        List<TopicSummary> summaries = context.timeline.topics().stream().map(t -> topicSummary(t, root)).toList();
        String jsonLd = JsonLd.script(JsonLd.thing("CollectionPage", "name", "الموضوعات", "url", context.absolute("topics/"),
                "isPartOf", JsonLd.thing("WebSite", "name", context.config.title(), "url", context.absolute(""))));
        return new TopicsPage(context.meta("الموضوعات", "موضوعات " + context.config.title() + " وتوزيع أحداث كل منها على الأشهر",
                root, "topics/", "topics", "website", jsonLd, "feed.xml", List.of()), summaries);
    }

    public TopicPage topic(Topic topic) {
        String root = "../../";
        String path = Urls.topicPath(topic.id());
        String description = topic.description() != null ? topic.description()
                : "أحداث موضوع «" + topic.label() + "» مرتبة زمنياً";
        String jsonLd = JsonLd.script(JsonLd.thing("CollectionPage", "name", topic.label(), "description", description,
                "url", context.absolute(path),
                "isPartOf", JsonLd.thing("WebSite", "name", context.config.title(), "url", context.absolute(""))));
        List<Event> latest = TimelinePaging.latest(topic.events());
        PageMeta meta = context.meta(topic.label(), description, root, path, "topic", "website", jsonLd,
                Urls.topicFeedPath(topic.id()), cards.icons(latest)).withEmbed(context.absolute(Urls.embedPath(path)));
        TimelinePaging pages = new TimelinePaging(topic.events());
        int all = topic.events().size();
        return new TopicPage(meta, topicSummary(topic, root), paged.yearLinks(pages, path, root, 0),
                paged.latestLine(latest.size(), all), paged.earlier(pages, path, root, latest, all), cards.years(latest, root));
    }

    private TopicSummary topicSummary(Topic topic, String root) {
        TopicChip chip = context.chip(topic.id());
        int n = topic.events().size();
        String spark = n == 0 ? "" : OverviewChart.sparkline(context.monthly(topic.events()),
                "أحداث «" + topic.label() + "» شهراً بشهر من " + context.span());
        return new TopicSummary(chip.from(root),
                topic.description(), n, n == 0 ? "لا أحداث" : context.events(n), spark,
                root + Urls.topicFeedPath(topic.id()), n == 0 ? null : context.date(topic.events().get(0).date()),
                n == 0 ? null : context.date(topic.events().get(n - 1).date()));
    }

    /** The embed view of the whole timeline, {@code embed/}. */
    public EmbedPage embedTimeline() {
        return embedTimeline(context.config.title(), "", context.timeline.events(), "الخط الزمني كاملاً");
    }

    /** The embed view of one topic's timeline. */
    public EmbedPage embedTopic(Topic topic) {
        return embedTimeline(topic.label(), Urls.topicPath(topic.id()), topic.events(), "كل أحداث «" + topic.label() + "»");
    }

    private EmbedPage embedTimeline(String heading, String pagePath, List<Event> events, String fullLabel) {
        String root = Urls.rootOf(Urls.embedPath(pagePath));
        // Like the first page of a timeline, an embed shows the latest events: it stays light at any size.
        List<Event> latest = TimelinePaging.latest(events);
        PageMeta meta = context.meta(heading, context.config.description(), root, pagePath, "embed", "website", "",
                "feed.xml", cards.icons(latest));
        return new EmbedPage(meta, heading, new Link(root + pagePath, fullLabel), cards.years(latest, root), null);
    }

    public NotFoundPage notFound() {
        String home = context.config.baseUrl();
        // Served for any unknown address, so its links start at the site's path, not at its own place.
        String path = java.net.URI.create(home).getPath();
        String root = path == null || path.isEmpty() ? "/" : path;
        String description = "لا توجد صفحة بهذا العنوان في «" + context.config.title() + "». العودة إلى الخط الزمني من الرابط أدناه.";
        return new NotFoundPage(context.meta("الصفحة غير موجودة", description, root, "404.html", "not-found", "website",
                "", "feed.xml", List.of()), home);
    }

    public FeedView feed(int limit) {
        return feeds.feed(limit);
    }

    /** The Atom feed of one topic's latest events. */
    public FeedView topicFeed(Topic topic, int limit) {
        return feeds.topicFeed(topic, limit);
    }

    public SitemapView sitemap() {
        return feeds.sitemap();
    }

    public String siteTitle() {
        return context.config.title();
    }

    public String absolute(String path) {
        return context.absolute(path);
    }

    /** The topics' chips, in taxonomy order: what every page showing topics depends on. */
    public List<TopicChip> chips() {
        return context.chips();
    }

    /** The event's entry in the search index's result list. */
    public SearchIndex.Entry searchEntry(Event event) {
        return new SearchIndex.Entry(Urls.eventPath(event.id()), event.title(), context.dates.dayMonthYear(event.date()),
                excerpt(cards.atRoot(event).summary(), SEARCH_EXCERPT));
    }

    /** What the event's share card shows. */
    public ShareCard.Text shareCardText(Event event) {
        String hijri = context.dates.hijri(event.date());
        String kind = EventKinds.label(event.kind());
        return new ShareCard.Text(event.title(), context.dates.full(event.date()) + (hijri.isEmpty() ? "" : " (" + hijri + ")"),
                String.join(" — ", java.util.stream.Stream.of(kind, event.place()).filter(t -> t != null && !t.isEmpty()).toList()),
                context.config.title());
    }

    /** The start of {@code text}, cut at a space before {@code max} characters, with an ellipsis when cut. */
    static String excerpt(String text, int max) {
        if (text == null || text.length() <= max) {
            return text == null ? "" : text;
        }
        int cut = text.lastIndexOf(' ', max);
        return text.substring(0, cut > max / 2 ? cut : max).strip() + "…";
    }

    /** The plain-text summary the cards show: the event's own, or its first article's lead. */
    public String summaryText(Event event) {
        return cards.atRoot(event).summary();
    }

    /** What {@code data/timelinejs.json} shows of {@code event}. */
    public TimelineJsExport.Item timelineJsItem(Event event) {
        EventCard card = cards.atRoot(event);
        String group = card.topics().isEmpty() ? null : card.topics().get(0).label();
        return new TimelineJsExport.Item(event.id(), event.date(), event.title(), card.summary(),
                context.absolute(Urls.eventPath(event.id())), group, card.sourcesLine());
    }
}
