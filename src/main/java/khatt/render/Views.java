package khatt.render;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import khatt.arabic.ArabicDates;
import khatt.content.ArticleSource;
import khatt.content.MentionedDate;
import khatt.content.SiteConfig;
import khatt.markdown.Markdown;
import khatt.model.Event;
import khatt.model.EventKinds;
import khatt.model.Timeline;
import khatt.model.TimelineBuilder;
import khatt.model.Topic;
import khatt.render.export.Citations;
import khatt.render.export.SearchIndex;
import khatt.render.export.ShareCard;
import khatt.render.export.TimelineJsExport;

/**
 * Turns the timeline into the view models templates display. All wording, dates, links and
 * grouping are decided here, so templates only loop and print.
 */
public final class Views {

    /** Address rule: permanent, from ids only, so adding articles never moves a page. */
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

    private final Timeline timeline;
    private final SiteConfig config;
    private final ArabicDates dates;
    private final Markdown markdown;
    private final Map<String, TopicChip> chips = new LinkedHashMap<>();
    private final Map<String, Event> eventById = new HashMap<>();
    /** Cards with links from the site root, made when first needed (pages are made in parallel). */
    private final Map<String, EventCard> cardsAtRoot = new java.util.concurrent.ConcurrentHashMap<>();
    /** Cards with links from {@code ../../} (event and topic pages), made once per event. */
    private final Map<String, EventCard> cardsTwoDown = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<LocalDate, Event> eventByDate = new HashMap<>();
    private final YearMonth firstMonth;
    private final YearMonth lastMonth;
    private final TimelinePaging paging;

    public Views(Timeline timeline, Markdown markdown) {
        this.timeline = timeline;
        this.config = timeline.config();
        this.dates = new ArabicDates(config.dateStyle());
        this.markdown = markdown;
        List<Topic> topics = timeline.topics();
        for (int i = 0; i < topics.size(); i++) {
            Topic topic = topics.get(i);
            // Hues spread around the colour wheel by the golden angle stay distinct for any number of topics.
            chips.put(topic.id(), new TopicChip(topic.id(), topic.label(), topicPath(topic.id()), (int) Math.round(i * 137.508) % 360));
        }
        for (Event event : timeline.events()) {
            eventById.put(event.id(), event);
            eventByDate.putIfAbsent(event.date(), event);
        }
        List<Event> events = timeline.events();
        firstMonth = events.isEmpty() ? YearMonth.of(2000, 1) : YearMonth.from(events.get(0).date());
        lastMonth = events.isEmpty() ? firstMonth : YearMonth.from(events.get(events.size() - 1).date());
        paging = new TimelinePaging(events);
    }

    public IndexPage index() {
        List<Event> events = timeline.events();
        List<Event> latest = TimelinePaging.latest(events);
        String counts = count(events.size(), "حدث واحد", "حدثان", "أحداث", "حدثاً") + " و"
                + count(timeline.articleCount(), "مقال واحد", "مقالان", "مقالات", "مقالاً");
        DateView first = events.isEmpty() ? null : date(events.get(0).date());
        DateView last = events.isEmpty() ? null : date(events.get(events.size() - 1).date());
        String description = !config.description().isBlank() || first == null ? config.description()
                : config.title() + ": " + counts + "، من " + first.text() + " إلى " + last.text() + "."; // a site without one still has one
        String jsonLd = JsonLd.script(JsonLd.thing("WebSite", "name", config.title(), "description",
                emptyToNull(description), "url", absolute(""), "inLanguage", config.language()));
        PageMeta meta = meta(config.title(), description, "./", "", "index", "website", jsonLd, "feed.xml",
                icons(latest)).withEmbed(absolute(embedPath("")));
        String chart = events.isEmpty() ? "" : OverviewChart.bars(monthly(events), dates,
                month -> YEARS + paging.monthHref(month));
        return new IndexPage(meta, events.size(), timeline.articleCount(), counts, first, last,
                chart, filters(), dateRange(paging), yearLinks(paging, YEARS, "", 0), latestLine(latest.size(), events.size()),
                earlier(paging, YEARS, "", latest, events.size()), years(latest, ""));
    }

    /** The chips that filter a page of the whole timeline: the topics that have events. */
    private List<TopicChip> filters() {
        return timeline.topics().stream().filter(t -> !t.events().isEmpty()).map(t -> chips.get(t.id())).toList();
    }

    /** The years of a paged timeline and the months of the site's date style, for the date range control. */
    private DateRange dateRange(TimelinePaging pages) {
        return new DateRange(pages.years().stream().map(y -> new DateRange.Choice(String.valueOf(y.year()),
                dates.digits(y.year()))).toList(), java.util.stream.IntStream.rangeClosed(1, 12)
                .mapToObj(m -> new DateRange.Choice((m < 10 ? "0" : "") + m, dates.month(m))).toList());
    }

    /** Says that a first page shows only the latest events; the {@link #earlier} link follows it. */
    private String latestLine(int shown, int all) {
        return shown == all ? "" : "أحدث " + count(shown, "", "", "أحداث", "حدثاً") + " من "
                + count(all, "", "", "أحداث", "حدثاً") + "، وكلها في صفحات السنوات. ما قبلها في صفحة";
    }

    /** The page holding the month of the first of the {@code latest} events, when earlier ones exist. */
    private Link earlier(TimelinePaging paging, String base, String root, List<Event> latest, int all) {
        if (latest.size() == all) {
            return null;
        }
        YearMonth month = YearMonth.from(latest.get(0).date());
        boolean split = paging.years().stream().anyMatch(y -> y.year() == month.getYear() && y.split());
        return new Link(root + base + paging.monthHref(month), split ? dates.monthYear(month.getYear(), month.getMonthValue())
                : "سنة " + dates.digits(month.getYear()));
    }

    /** The years of a paged timeline as links from a page {@code root} away from the site root. */
    private List<YearLink> yearLinks(TimelinePaging paging, String base, String root, int current) {
        return paging.years().stream().map(y -> new YearLink(root + base + y.path(), dates.digits(y.year()),
                count(y.count(), "حدث واحد", "حدثان", "أحداث", "حدثاً"), y.year() == current)).toList();
    }

    /** Where the year pages of the whole timeline live. */
    public static final String YEARS = "years/";

    /**
     * Every page of a paged timeline, the whole one's when {@code topic} is null: its path from the
     * site root, what it is made from (compared between rebuilds) and its view, built when made.
     */
    public List<PagedPage> yearPages(Topic topic) {
        TimelinePaging pages = topic == null ? paging : new TimelinePaging(topic.events());
        String base = topic == null ? YEARS : topicPath(topic.id());
        List<Integer> shape = pages.years().stream().map(TimelinePaging.Year::count).toList();
        List<PagedPage> out = new ArrayList<>();
        List<TimelinePaging.Part> parts = pages.parts();
        for (int i = 0; i < parts.size(); i++) {
            TimelinePaging.Part part = parts.get(i);
            TimelinePaging.Part previous = i > 0 ? parts.get(i - 1) : null;
            TimelinePaging.Part next = i + 1 < parts.size() ? parts.get(i + 1) : null;
            Object inputs = List.of(config, chips(), base, part.path(), part.events(), shape);
            out.add(new PagedPage(base + part.path(), inputs, () -> yearPage(topic, pages, base, part, previous, next)));
        }
        List<TimelinePaging.Year> years = pages.years();
        for (int i = 0; i < years.size(); i++) {
            TimelinePaging.Year year = years.get(i);
            if (year.split()) {
                TimelinePaging.Year before = i > 0 ? years.get(i - 1) : null;
                TimelinePaging.Year after = i + 1 < years.size() ? years.get(i + 1) : null;
                Object inputs = List.of(config, base, year.path(), shape, year.months().stream()
                        .map(m -> m.events().size()).toList());
                out.add(new PagedPage(base + year.path(), inputs, () -> splitYearPage(topic, pages, base, year, before, after)));
            }
        }
        return out;
    }

    /** A page of a paged timeline, described before it is made. */
    public record PagedPage(String path, Object inputs, java.util.function.Supplier<YearPage> view) {}

    private YearPage yearPage(Topic topic, TimelinePaging pages, String base, TimelinePaging.Part part,
                              TimelinePaging.Part previous, TimelinePaging.Part next) {
        String root = rootOf(base + part.path());
        String heading = "أحداث " + partLabel(part);
        PageMeta meta = pagedMeta(topic, heading, base + part.path(), root, part.events());
        return new YearPage(meta, upLink(topic, root), heading,
                count(part.events().size(), "حدث واحد", "حدثان", "أحداث", "حدثاً"),
                yearLinks(pages, base, root, part.year()), List.of(),
                previous == null ? null : new Link(root + base + previous.path(), partLabel(previous)),
                next == null ? null : new Link(root + base + next.path(), partLabel(next)),
                topic == null ? relativeChips(filters(), root) : List.of(), dateRange(pages), years(part.events(), root));
    }

    private YearPage splitYearPage(Topic topic, TimelinePaging pages, String base, TimelinePaging.Year year,
                                   TimelinePaging.Year before, TimelinePaging.Year after) {
        String root = rootOf(base + year.path());
        String heading = "أحداث سنة " + dates.digits(year.year());
        PageMeta meta = pagedMeta(topic, heading, base + year.path(), root, List.of());
        List<MonthLink> months = year.months().stream().map(m -> new MonthLink("m-" + YearMonth.of(m.year(), m.month()),
                root + base + m.path(), dates.monthYear(m.year(), m.month()),
                count(m.events().size(), "حدث واحد", "حدثان", "أحداث", "حدثاً"))).toList();
        return new YearPage(meta, upLink(topic, root), heading, count(year.count(), "حدث واحد", "حدثان", "أحداث", "حدثاً")
                + "، صفحة لكل شهر.", yearLinks(pages, base, root, year.year()), months,
                before == null ? null : new Link(root + base + before.path(), "سنة " + dates.digits(before.year())),
                after == null ? null : new Link(root + base + after.path(), "سنة " + dates.digits(after.year())),
                List.of(), dateRange(pages), List.of());
    }

    private PageMeta pagedMeta(Topic topic, String heading, String path, String root, List<Event> events) {
        String title = topic == null ? heading : heading + " في موضوع «" + topic.label() + "»";
        String description = title + " من " + config.title();
        String jsonLd = JsonLd.script(JsonLd.thing("CollectionPage", "name", title, "url", absolute(path),
                "isPartOf", JsonLd.thing("WebSite", "name", config.title(), "url", absolute(""))));
        return meta(title, description, root, path, "year", "website", jsonLd,
                topic == null ? "feed.xml" : topicFeedPath(topic.id()), icons(events));
    }

    private Link upLink(Topic topic, String root) {
        return topic == null ? new Link(root, "الخط الزمني") : new Link(root + topicPath(topic.id()), topic.label());
    }

    private String partLabel(TimelinePaging.Part part) {
        return part.month() == 0 ? "سنة " + dates.digits(part.year()) : dates.monthYear(part.year(), part.month());
    }

    /** {@code ../} once per folder of {@code path}. */
    private static String rootOf(String path) {
        return "../".repeat((int) path.chars().filter(c -> c == '/').count());
    }

    private static List<TopicChip> relativeChips(List<TopicChip> chips, String root) {
        return chips.stream().map(c -> new TopicChip(c.id(), c.label(), root + c.href(), c.hue())).toList();
    }

    /** The page of the event at {@code index}, with the HTML of its articles' bodies in article order. */
    public EventPage event(int index, List<String> bodiesHtml) {
        return event(index).withBodies(bodiesHtml);
    }

    /** The page of the event at {@code index} without its articles' bodies, which are read only to render it. */
    public EventPage event(int index) {
        Event event = timeline.events().get(index);
        String root = "../../";
        EventCard card = cardFrom(event, root);
        String description = card.summary();
        PageMeta meta = meta(event.title(), description, root, eventPath(event.id()), "event", "article",
                JsonLd.script(eventJsonLd(event, description)), "feed.xml", List.of(card.icon()))
                .withEmbed(absolute(embedPath(eventPath(event.id()))));
        List<ArticleView> articles = new ArrayList<>();
        for (int i = 0; i < event.articles().size(); i++) {
            ArticleSource article = event.articles().get(i);
            articles.add(new ArticleView(article.id(), article.title(), article.outlet(), publishedDate(article.published()),
                    article.sourceUrl(), null));
        }
        List<MentionView> mentions = event.mentionedDates().stream().map(m -> mention(m, event, root)).toList();
        Link previous = index > 0 ? eventLink(timeline.events().get(index - 1), root) : null;
        Link next = index + 1 < timeline.events().size() ? eventLink(timeline.events().get(index + 1), root) : null;
        String summaryHtml = event.summary() == null ? "" : markdown.toHtml(event.summary(), "", 3);
        String url = absolute(eventPath(event.id()));
        List<ArticleCitation> articleCitations = event.articles().stream()
                .map(a -> new ArticleCitation(articleCitation(a, event), a.sourceUrl(), Citations.articleCoins(a, event))).toList();
        return new EventPage(meta, card, summaryHtml, articles, event.outlets(), mentions, previous, next, citation(event),
                url, articleCitations, Citations.downloads(event), event.date().toString().replace('-', '/'),
                Citations.pageCoins(event, url, config.title(), config.language()));
    }

    public TopicsPage topics() {
        String root = "../";
        List<TopicSummary> summaries = timeline.topics().stream().map(t -> topicSummary(t, root)).toList();
        String jsonLd = JsonLd.script(JsonLd.thing("CollectionPage", "name", "الموضوعات", "url", absolute("topics/"),
                "isPartOf", JsonLd.thing("WebSite", "name", config.title(), "url", absolute(""))));
        return new TopicsPage(meta("الموضوعات", "موضوعات " + config.title() + " وتوزيع أحداث كل منها على الأشهر", root,
                "topics/", "topics", "website", jsonLd, "feed.xml", List.of()), summaries);
    }

    public TopicPage topic(Topic topic) {
        String root = "../../";
        String description = topic.description() != null ? topic.description()
                : "أحداث موضوع «" + topic.label() + "» مرتبة زمنياً";
        String jsonLd = JsonLd.script(JsonLd.thing("CollectionPage", "name", topic.label(), "description", description,
                "url", absolute(topicPath(topic.id())),
                "isPartOf", JsonLd.thing("WebSite", "name", config.title(), "url", absolute(""))));
        PageMeta meta = meta(topic.label(), description, root, topicPath(topic.id()), "topic", "website", jsonLd,
                topicFeedPath(topic.id()), icons(TimelinePaging.latest(topic.events()))).withEmbed(absolute(embedPath(topicPath(topic.id()))));
        List<Event> latest = TimelinePaging.latest(topic.events());
        TimelinePaging pages = new TimelinePaging(topic.events());
        return new TopicPage(meta, topicSummary(topic, root), yearLinks(pages, topicPath(topic.id()), root, 0),
                latestLine(latest.size(), topic.events().size()),
                earlier(pages, topicPath(topic.id()), root, latest, topic.events().size()), years(latest, root));
    }

    /** The embed view of the whole timeline, {@code embed/}. */
    public EmbedPage embedTimeline() {
        return embedTimeline(config.title(), "", timeline.events(), "الخط الزمني كاملاً");
    }

    /** The embed view of one topic's timeline. */
    public EmbedPage embedTopic(Topic topic) {
        return embedTimeline(topic.label(), topicPath(topic.id()), topic.events(), "كل أحداث «" + topic.label() + "»");
    }

    private EmbedPage embedTimeline(String heading, String pagePath, List<Event> events, String fullLabel) {
        String root = upFrom(embedPath(pagePath));
        // Like the first page of a timeline, an embed shows the latest events: it stays light at any size.
        List<Event> latest = TimelinePaging.latest(events);
        PageMeta meta = meta(heading, config.description(), root, pagePath, "embed", "website", "", "feed.xml", icons(latest));
        return new EmbedPage(meta, heading, new Link(root + pagePath, fullLabel), years(latest, root), null);
    }

    /** The embed view of the event at {@code index}: its card. */
    public EmbedPage embedEvent(int index) {
        Event event = timeline.events().get(index);
        String pagePath = eventPath(event.id());
        String root = upFrom(embedPath(pagePath));
        EventCard card = relative(cardAtRoot(event), root);
        PageMeta meta = meta(event.title(), card.summary(), root, pagePath, "embed", "article", "", "feed.xml",
                List.of(card.icon()));
        return new EmbedPage(meta, event.title(), new Link(card.href(), "المصادر كاملة والاستشهاد"), List.of(), card);
    }

    /** {@code ../} once per folder of {@code path} (which ends with a slash): from that folder back to the root. */
    private static String upFrom(String path) {
        return "../".repeat((int) path.chars().filter(c -> c == '/').count());
    }

    public NotFoundPage notFound() {
        String home = config.baseUrl();
        // Served for any unknown address, so its links start at the site's path, not at its own place.
        String path = java.net.URI.create(home).getPath();
        String root = path == null || path.isEmpty() ? "/" : path;
        String description = "لا توجد صفحة بهذا العنوان في «" + config.title() + "». العودة إلى الخط الزمني من الرابط أدناه.";
        return new NotFoundPage(meta("الصفحة غير موجودة", description, root, "404.html", "not-found", "website",
                "", "feed.xml", List.of()), home);
    }

    public FeedView feed(int limit) {
        return feed(config.title(), absolute("feed.xml"), config.baseUrl(), timeline.events(), limit);
    }

    /** The Atom feed of one topic's latest events. */
    public FeedView topicFeed(Topic topic, int limit) {
        return feed(topic.label() + " — " + config.title(), absolute(topicFeedPath(topic.id())),
                absolute(topicPath(topic.id())), topic.events(), limit);
    }

    private FeedView feed(String title, String selfUrl, String pageUrl, List<Event> events, int limit) {
        List<FeedView.Entry> entries = new ArrayList<>();
        for (int i = events.size() - 1; i >= 0 && entries.size() < limit; i--) {
            Event event = events.get(i);
            EventCard card = cardAtRoot(event);
            entries.add(new FeedView.Entry(absolute(eventPath(event.id())), event.title(), updated(event), card.summary()));
        }
        String updated = entries.stream().map(FeedView.Entry::updated).max(String::compareTo)
                .orElse("1970-01-01T00:00:00Z");
        return new FeedView(title, selfUrl, pageUrl, updated, entries);
    }

    public SitemapView sitemap() {
        List<String> urls = new ArrayList<>();
        urls.add(absolute(""));
        urls.add(absolute("topics/"));
        yearPages(null).forEach(p -> urls.add(absolute(p.path())));
        for (Topic topic : timeline.topics()) {
            urls.add(absolute(topicPath(topic.id())));
            yearPages(topic).forEach(p -> urls.add(absolute(p.path())));
        }
        timeline.events().forEach(e -> urls.add(absolute(eventPath(e.id()))));
        return new SitemapView(urls);
    }

    public String siteTitle() {
        return config.title();
    }

    public String absolute(String path) {
        return config.baseUrl() + path;
    }

    /** The event's entry in the search index's result list. */
    public SearchIndex.Entry searchEntry(Event event) {
        return new SearchIndex.Entry(eventPath(event.id()), event.title(), dates.dayMonthYear(event.date()),
                excerpt(cardAtRoot(event).summary(), SEARCH_EXCERPT));
    }

    /** What the event's share card shows. */
    public ShareCard.Text shareCardText(Event event) {
        String hijri = dates.hijri(event.date());
        String kind = EventKinds.label(event.kind());
        return new ShareCard.Text(event.title(), dates.full(event.date()) + (hijri.isEmpty() ? "" : " (" + hijri + ")"),
                String.join(" — ", java.util.stream.Stream.of(kind, event.place()).filter(t -> t != null && !t.isEmpty()).toList()),
                config.title());
    }

    /** Characters of an event's summary a search result shows at most. */
    static final int SEARCH_EXCERPT = 160;

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
        return cardAtRoot(event).summary();
    }

    /** What {@code data/timelinejs.json} shows of {@code event}. */
    public TimelineJsExport.Item timelineJsItem(Event event) {
        EventCard card = cardAtRoot(event);
        String group = card.topics().isEmpty() ? null : card.topics().get(0).label();
        return new TimelineJsExport.Item(event.id(), event.date(), event.title(), card.summary(),
                absolute(eventPath(event.id())), group, card.sourcesLine());
    }

    private PageMeta meta(String title, String description, String root, String path, String kind, String ogType,
                          String jsonLd, String feed, List<String> icons) {
        return new PageMeta(config.title(), config.description(), config.language(), title, description, root,
                absolute(path), kind, ogType, jsonLd, feed, icons, null,
                config.dateStyle().digits().name().toLowerCase(Locale.ROOT));
    }

    /** The distinct icons of the cards of {@code events}, in a stable order. */
    private List<String> icons(List<Event> events) {
        java.util.Set<String> icons = new java.util.TreeSet<>();
        for (Event event : events) {
            icons.add(cardAtRoot(event).icon());
        }
        return List.copyOf(icons);
    }

    private EventCard card(Event event) {
        List<TopicChip> topics = event.topics().stream().map(chips::get).filter(Objects::nonNull).toList();
        String summary = event.summary() != null ? markdown.plainText(event.summary()) : event.lead();
        String icon = EventKinds.isKnown(event.kind()) ? event.kind() : "other";
        String topicIds = String.join(" ", topics.stream().map(TopicChip::id).toList());
        int articles = event.articles().size();
        int outlets = event.outlets().size();
        String sources = count(articles, "مقال واحد", "مقالان", "مقالات", "مقالاً")
                + (outlets == 0 ? "" : " من " + count(outlets, "مصدر واحد", "مصدرين", "مصادر", "مصدراً"));
        return new EventCard(event.id(), eventPath(event.id()), date(event.date()), event.title(), event.place(),
                event.kind(), EventKinds.label(event.kind()), icon, topics, topicIds, "", articles, outlets, sources, summary);
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

    private Map<String, Object> eventJsonLd(Event event, String description) {
        List<Object> articles = new ArrayList<>();
        for (ArticleSource article : event.articles()) {
            articles.add(JsonLd.thing("NewsArticle", "headline", article.title(), "datePublished", article.published(),
                    "url", article.sourceUrl(), "inLanguage", "ar",
                    "publisher", article.outlet() == null ? null : JsonLd.thing("Organization", "name", article.outlet()),
                    "mainEntityOfPage", absolute(eventPath(event.id())) + "#" + article.id()));
        }
        return JsonLd.thing("Event", "name", event.title(), "startDate", event.date().toString(),
                "description", emptyToNull(description), "url", absolute(eventPath(event.id())),
                "eventStatus", "https://schema.org/EventScheduled",
                "location", event.place() == null ? null : JsonLd.thing("Place", "name", event.place()),
                "about", event.topics().stream().map(chips::get).filter(Objects::nonNull).map(TopicChip::label).toList(),
                "subjectOf", articles);
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    private MonthlyCounts monthly(List<Event> events) {
        return MonthlyCounts.of(firstMonth, lastMonth, events.stream().map(Event::date).toList());
    }

    /** Cards in a list show their first topics only, and say how many more there are. */
    static final int CARD_TOPICS = 4;

    private EventCard brief(EventCard card) {
        int extra = card.topics().size() - CARD_TOPICS;
        if (extra <= 0) {
            return card;
        }
        return new EventCard(card.id(), card.href(), card.date(), card.title(), card.place(), card.kind(), card.kindLabel(),
                card.icon(), card.topics().subList(0, CARD_TOPICS), card.topicIds(),
                "و" + (extra == 1 ? "موضوع آخر" : extra == 2 ? "موضوعان آخران" : count(extra, "", "", "موضوعات أخرى", "موضوعاً آخر")),
                card.articleCount(), card.outletCount(), card.sourcesLine(), card.summary());
    }

    private EventCard cardFrom(Event event, String root) {
        if (root.equals("../../")) {
            return cardsTwoDown.computeIfAbsent(event.id(), id -> relative(cardAtRoot(event), root));
        }
        return relative(cardAtRoot(event), root);
    }

    private EventCard cardAtRoot(Event event) {
        return cardsAtRoot.computeIfAbsent(event.id(), id -> card(eventById.get(id)));
    }

    /** The topics' chips, in taxonomy order: what every page showing topics depends on. */
    public List<TopicChip> chips() {
        return List.copyOf(chips.values());
    }

    /**
     * Everything the page of the event at {@code index} shows, cheaper to compare than the page
     * itself: the event, its neighbours' links, the events its mentioned dates link to, its topic
     * chips and the site settings. Equal inputs make an equal page (bodies aside).
     */
    public Object eventInputs(int index) {
        Event event = timeline.events().get(index);
        String root = "../../";
        Link previous = index > 0 ? eventLink(timeline.events().get(index - 1), root) : null;
        Link next = index + 1 < timeline.events().size() ? eventLink(timeline.events().get(index + 1), root) : null;
        List<MentionView> mentions = event.mentionedDates().isEmpty() ? List.of()
                : event.mentionedDates().stream().map(m -> mention(m, event, root)).toList();
        List<TopicChip> topics = event.topics().stream().map(chips::get).filter(Objects::nonNull).toList();
        return new EventInputs(event, previous, next, mentions, topics, config);
    }

    private record EventInputs(Event event, Link previous, Link next, List<MentionView> mentions, List<TopicChip> topics,
                               SiteConfig config) {}

    /** The same card with links from a page {@code root} away from the site root. */
    private static EventCard relative(EventCard card, String root) {
        if (root.isEmpty()) {
            return card;
        }
        return new EventCard(card.id(), root + card.href(), card.date(), card.title(), card.place(), card.kind(),
                card.kindLabel(), card.icon(),
                card.topics().stream().map(c -> new TopicChip(c.id(), c.label(), root + c.href(), c.hue())).toList(),
                card.topicIds(), card.moreTopics(), card.articleCount(), card.outletCount(), card.sourcesLine(), card.summary());
    }

    private List<YearGroup> years(List<Event> events, String root) {
        Map<Integer, Map<Integer, List<EventCard>>> grouped = new LinkedHashMap<>();
        for (Event event : events) {
            grouped.computeIfAbsent(event.date().getYear(), y -> new LinkedHashMap<>())
                    .computeIfAbsent(event.date().getMonthValue(), m -> new ArrayList<>())
                    .add(brief(cardFrom(event, root)));
        }
        List<YearGroup> years = new ArrayList<>();
        grouped.forEach((year, months) -> {
            List<MonthGroup> monthGroups = new ArrayList<>();
            months.forEach((month, cards) -> monthGroups.add(new MonthGroup(String.format(Locale.ROOT, "m-%04d-%02d", year, month),
                    String.format(Locale.ROOT, "%04d-%02d", year, month), dates.monthYear(year, month), cards)));
            years.add(new YearGroup(String.format(Locale.ROOT, "y-%04d", year), String.format(Locale.ROOT, "%04d", year),
                    dates.digits(year), monthGroups));
        });
        return years;
    }

    private TopicSummary topicSummary(Topic topic, String root) {
        TopicChip chip = chips.get(topic.id());
        int n = topic.events().size();
        String spark = n == 0 ? "" : OverviewChart.sparkline(monthly(topic.events()),
                "أحداث «" + topic.label() + "» شهراً بشهر من " + dates.monthYear(firstMonth.getYear(), firstMonth.getMonthValue())
                        + " إلى " + dates.monthYear(lastMonth.getYear(), lastMonth.getMonthValue()));
        return new TopicSummary(new TopicChip(chip.id(), chip.label(), root + chip.href(), chip.hue()),
                topic.description(), n, n == 0 ? "لا أحداث" : count(n, "حدث واحد", "حدثان", "أحداث", "حدثاً"), spark,
                root + topicFeedPath(topic.id()), n == 0 ? null : date(topic.events().get(0).date()),
                n == 0 ? null : date(topic.events().get(n - 1).date()));
    }

    private MentionView mention(MentionedDate mentioned, Event from, String root) {
        String label = mentionLabel(mentioned.date());
        Link link = null;
        if (mentioned.date().length() == 10) {
            Event target = eventByDate.get(LocalDate.parse(mentioned.date()));
            if (target != null && !target.id().equals(from.id())) {
                link = eventLink(target, root);
            }
        }
        return new MentionView(mentioned.text(), mentioned.date(), label, link);
    }

    private String mentionLabel(String isoPrecision) {
        String[] parts = isoPrecision.split("-");
        int year = Integer.parseInt(parts[0]);
        return switch (parts.length) {
            case 1 -> dates.digits(year);
            case 2 -> dates.monthYear(year, Integer.parseInt(parts[1]));
            default -> dates.dayMonthYear(LocalDate.parse(isoPrecision));
        };
    }

    private Link eventLink(Event event, String root) {
        return new Link(root + eventPath(event.id()), event.title());
    }

    private DateView date(LocalDate date) {
        return new DateView(date.toString(), dates.full(date), dates.hijri(date));
    }

    private DateView publishedDate(String published) {
        if (published == null) {
            return null;
        }
        // The outlet's own calendar day, as it printed it: the offset is kept, not converted.
        LocalDate day = published.length() == 10 ? LocalDate.parse(published)
                : LocalDate.parse(published.substring(0, 10));
        return new DateView(published, dates.dayMonthYear(day), "");
    }

    /** A source article in the same style: outlet. (date). title. (The template adds its URL.) */
    private String articleCitation(ArticleSource article, Event event) {
        LocalDate day = article.published() != null ? LocalDate.parse(article.published().substring(0, 10)) : event.date();
        StringBuilder out = new StringBuilder();
        out.append(article.outlet() != null ? article.outlet() : "مصدر غير مسمى").append(". (")
                .append(dates.digits(day.getYear())).append("، ").append(dates.digits(day.getDayOfMonth())).append(' ')
                .append(dates.month(day.getMonthValue())).append("). ").append(article.title()).append('.');
        return out.toString();
    }

    /** A recognised citation style (APA 7, Arabic wording) for the event page; its URL follows in the template. */
    private String citation(Event event) {
        LocalDate day = event.date();
        return config.title() + ". (" + dates.digits(day.getYear()) + "، " + dates.digits(day.getDayOfMonth()) + " "
                + dates.month(day.getMonthValue()) + "). " + event.title() + ".";
    }

    private static String updated(Event event) {
        return event.articles().stream().map(a -> TimelineBuilder.publicationInstant(a.published()))
                .filter(java.util.Objects::nonNull).max(java.time.Instant::compareTo)
                .map(i -> DateTimeFormatter.ISO_INSTANT.format(i))
                .orElse(event.date().atStartOfDay().atOffset(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    }
}
