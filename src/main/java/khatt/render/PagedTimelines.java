package khatt.render;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import khatt.model.Event;
import khatt.model.Topic;

/**
 * The timeline in pages, the whole site's under {@code years/} and each topic's under its own
 * folder: a page per year, or per month where a year is too long, and the links between them.
 */
final class PagedTimelines {

    /** A page of a paged timeline, described before it is made: its path, what it is made from (compared between rebuilds), its view. */
    record PagedPage(String path, Object inputs, Supplier<YearPage> view) {}

    private final ViewContext context;
    private final EventCards cards;
    /** The whole timeline's pages. */
    final TimelinePaging whole;

    PagedTimelines(ViewContext context, EventCards cards) {
        this.context = context;
        this.cards = cards;
        this.whole = new TimelinePaging(context.timeline.events());
    }

    /** Every page of a paged timeline, the whole one's when {@code topic} is null. */
    List<PagedPage> pages(Topic topic) {
        TimelinePaging pages = topic == null ? whole : new TimelinePaging(topic.events());
        String base = topic == null ? Urls.YEARS : Urls.topicPath(topic.id());
        List<Integer> shape = pages.years().stream().map(TimelinePaging.Year::count).toList();
        List<PagedPage> out = new ArrayList<>();
        List<TimelinePaging.Part> parts = pages.parts();
        for (int i = 0; i < parts.size(); i++) {
            TimelinePaging.Part part = parts.get(i);
            TimelinePaging.Part previous = i > 0 ? parts.get(i - 1) : null;
            TimelinePaging.Part next = i + 1 < parts.size() ? parts.get(i + 1) : null;
            Object inputs = List.of(context.config, context.chips(), base, part.path(), part.events(), shape);
            out.add(new PagedPage(base + part.path(), inputs, () -> partPage(topic, pages, base, part, previous, next)));
        }
        List<TimelinePaging.Year> years = pages.years();
        for (int i = 0; i < years.size(); i++) {
            TimelinePaging.Year year = years.get(i);
            if (year.split()) {
                TimelinePaging.Year before = i > 0 ? years.get(i - 1) : null;
                TimelinePaging.Year after = i + 1 < years.size() ? years.get(i + 1) : null;
                Object inputs = List.of(context.config, base, year.path(), shape, year.months().stream()
                        .map(m -> m.events().size()).toList());
                out.add(new PagedPage(base + year.path(), inputs, () -> splitYearPage(topic, pages, base, year, before, after)));
            }
        }
        return out;
    }

    /** The years of a paged timeline as links from a page {@code root} away from the site root. */
    List<YearLink> yearLinks(TimelinePaging paging, String base, String root, int current) {
        return paging.years().stream().map(y -> new YearLink(root + base + y.path(), context.dates.digits(y.year()),
                context.events(y.count()), y.year() == current)).toList();
    }

    /** The years of a paged timeline and the months of the site's date style, for the date range control. */
    DateRange dateRange(TimelinePaging pages) {
        return new DateRange(pages.years().stream().map(y -> new DateRange.Choice(String.valueOf(y.year()),
                context.dates.digits(y.year()))).toList(), IntStream.rangeClosed(1, 12)
                .mapToObj(m -> new DateRange.Choice((m < 10 ? "0" : "") + m, context.dates.month(m))).toList());
    }

    /** Says that a first page shows only the latest events; the {@link #earlier} link follows it. */
    String latestLine(int shown, int all) {
        return shown == all ? "" : "أحدث " + context.count(shown, "", "", "أحداث", "حدثاً") + " من "
                + context.count(all, "", "", "أحداث", "حدثاً") + "، وكلها في صفحات السنوات. ما قبلها في صفحة";
    }

    /** The page holding the month of the first of the {@code latest} events, when earlier ones exist. */
    Link earlier(TimelinePaging paging, String base, String root, List<Event> latest, int all) {
        if (latest.size() == all) {
            return null;
        }
        YearMonth month = YearMonth.from(latest.get(0).date());
        boolean split = paging.years().stream().anyMatch(y -> y.year() == month.getYear() && y.split());
        return new Link(root + base + paging.monthHref(month), split
                ? context.dates.monthYear(month.getYear(), month.getMonthValue())
                : "سنة " + context.dates.digits(month.getYear()));
    }

    private YearPage partPage(Topic topic, TimelinePaging pages, String base, TimelinePaging.Part part,
                              TimelinePaging.Part previous, TimelinePaging.Part next) {
        String root = Urls.rootOf(base + part.path());
        String heading = "أحداث " + partLabel(part);
        PageMeta meta = meta(topic, heading, base + part.path(), root, part.events());
        return new YearPage(meta, upLink(topic, root), heading, context.events(part.events().size()),
                yearLinks(pages, base, root, part.year()), List.of(),
                previous == null ? null : new Link(root + base + previous.path(), partLabel(previous)),
                next == null ? null : new Link(root + base + next.path(), partLabel(next)),
                topic == null ? ViewContext.relativeChips(context.filters(), root) : List.of(), dateRange(pages),
                cards.years(part.events(), root));
    }

    private YearPage splitYearPage(Topic topic, TimelinePaging pages, String base, TimelinePaging.Year year,
                                   TimelinePaging.Year before, TimelinePaging.Year after) {
        String root = Urls.rootOf(base + year.path());
        String heading = "أحداث سنة " + context.dates.digits(year.year());
        PageMeta meta = meta(topic, heading, base + year.path(), root, List.of());
        List<MonthLink> months = year.months().stream().map(m -> new MonthLink("m-" + YearMonth.of(m.year(), m.month()),
                root + base + m.path(), context.dates.monthYear(m.year(), m.month()), context.events(m.events().size()))).toList();
        return new YearPage(meta, upLink(topic, root), heading, context.events(year.count()) + "، صفحة لكل شهر.",
                yearLinks(pages, base, root, year.year()), months,
                before == null ? null : new Link(root + base + before.path(), "سنة " + context.dates.digits(before.year())),
                after == null ? null : new Link(root + base + after.path(), "سنة " + context.dates.digits(after.year())),
                List.of(), dateRange(pages), List.of());
    }

    private PageMeta meta(Topic topic, String heading, String path, String root, List<Event> events) {
        String title = topic == null ? heading : heading + " في موضوع «" + topic.label() + "»";
        String description = title + " من " + context.config.title();
        String jsonLd = JsonLd.script(JsonLd.thing("CollectionPage", "name", title, "url", context.absolute(path),
                "isPartOf", JsonLd.thing("WebSite", "name", context.config.title(), "url", context.absolute(""))));
        return context.meta(title, description, root, path, "year", "website", jsonLd,
                topic == null ? "feed.xml" : Urls.topicFeedPath(topic.id()), cards.icons(events));
    }

    private static Link upLink(Topic topic, String root) {
        return topic == null ? new Link(root, "الخط الزمني") : new Link(root + Urls.topicPath(topic.id()), topic.label());
    }

    private String partLabel(TimelinePaging.Part part) {
        return part.month() == 0 ? "سنة " + context.dates.digits(part.year()) : context.dates.monthYear(part.year(), part.month());
    }
}
