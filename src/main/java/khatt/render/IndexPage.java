package khatt.render;

import java.util.List;

/**
 * The timeline's first page: the overview chart, the year list and the latest events, grouped by
 * year and month, oldest first. Every event is on its year's page ({@link YearPage}).
 *
 * @param counts «٣ أحداث و٥ مقالات», in the site's digits
 * @param chart the overview chart, inline SVG made by {@link OverviewChart}; its bars link to the year pages
 * @param filters the topics that have events, for the filter chips
 * @param latestLine what part of the timeline the page shows, empty when it shows every event
 * @param earlier the page where the events before the latest are, null when the page shows every event
 */
public record IndexPage(PageMeta meta, int eventCount, int articleCount, String counts, DateView first, DateView last,
                        String chart, List<TopicChip> filters, DateRange range, List<YearLink> yearLinks, String latestLine,
                        Link earlier, List<YearGroup> years) {}
