package khatt.render;

import java.util.List;

/** The timeline: events grouped by year and month, oldest first. */
public record IndexPage(PageMeta meta, int eventCount, int articleCount, DateView first, DateView last,
                        List<YearGroup> years) {}
