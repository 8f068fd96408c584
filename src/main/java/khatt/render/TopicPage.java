package khatt.render;

import java.util.List;

/** One topic's first page: its year list and latest events; every event is on the topic's year pages. */
public record TopicPage(PageMeta meta, TopicSummary topic, List<YearLink> yearLinks, String latestLine,
                        Link earlier, List<YearGroup> years) {}
