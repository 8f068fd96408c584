package khatt.render;

/** A topic tag on a card: links to the topic's page; {@code hue} gives each topic its own colour. */
public record TopicChip(String id, String label, String href, int hue) {}
