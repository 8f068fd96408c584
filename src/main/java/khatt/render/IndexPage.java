package khatt.render;

import java.util.List;

/**
 * The timeline: events grouped by year and month, oldest first.
 *
 * @param counts «٣ أحداث و٥ مقالات», in the site's digits
 * @param chart the overview chart, inline SVG made by {@link OverviewChart}
 * @param filters the topics that have events, for the filter chips
 */
public record IndexPage(PageMeta meta, int eventCount, int articleCount, String counts, DateView first, DateView last,
                        String chart, List<TopicChip> filters, List<YearGroup> years) {}
