package khatt.render;

/** A topic in the list of all topics. */
public record TopicSummary(TopicChip chip, String description, int eventCount) {}
