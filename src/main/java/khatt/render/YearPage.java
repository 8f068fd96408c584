package khatt.render;

import java.util.List;

/**
 * One page of a paged timeline (the whole one's or a topic's): a year, or a month of a year too long
 * for one page. Such a year's own page lists its months instead of events.
 *
 * @param up the timeline or the topic the page belongs to
 * @param yearLinks every year of that timeline, the page's own marked current
 * @param monthLinks the months of a split year, on its own page (else empty), each with its anchor
 * @param filters the topic chips that filter the page's events (empty on a topic's pages)
 * @param range the choices of the date range control that goes with the filters
 */
public record YearPage(PageMeta meta, Link up, String heading, String counts, List<YearLink> yearLinks,
                       List<MonthLink> monthLinks, Link previous, Link next, List<TopicChip> filters, DateRange range,
                       List<YearGroup> years) {}
