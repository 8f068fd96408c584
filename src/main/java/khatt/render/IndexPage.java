package khatt.render;

import java.util.List;

/**
 * The timeline: events grouped by year and month, oldest first.
 *
 * @param chart the overview chart, inline SVG made by {@link OverviewChart}
 * @param filters the topics that have events, for the filter chips
 */
public record IndexPage(PageMeta meta, int eventCount, int articleCount, DateView first, DateView last,
                        String chart, List<TopicChip> filters, List<YearGroup> years) {}
