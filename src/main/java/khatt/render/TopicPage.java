package khatt.render;

import java.util.List;

/** One topic's timeline. */
public record TopicPage(PageMeta meta, TopicSummary topic, List<YearGroup> years) {}
