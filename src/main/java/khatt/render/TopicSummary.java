package khatt.render;

/** A topic in the list of all topics, with its events per month as an inline SVG sparkline. */
public record TopicSummary(TopicChip chip, String description, int eventCount, String countLabel, String sparkline,
                           String feedHref) {}
