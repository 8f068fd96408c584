package khatt.render;

import java.util.List;

/** All topics with their event counts. */
public record TopicsPage(PageMeta meta, List<TopicSummary> topics) {}
