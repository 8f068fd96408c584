package khatt.render;

/**
 * A topic in the list of all topics, with its events per month as an inline SVG sparkline.
 *
 * @param first the day of its first event, or null when it has none
 * @param last the day of its last event, or null when it has none
 */
public record TopicSummary(TopicChip chip, String description, int eventCount, String countLabel, String sparkline,
                           String feedHref, DateView first, DateView last) {}
