package khatt.render;

/** A topic tag on a card: links to the topic's page; {@code hue} gives each topic its own colour. */
public record TopicChip(String id, String label, String href, int hue) {

    /** The same chip with its link from a page {@code root} away from the site root. */
    TopicChip from(String root) {
        return new TopicChip(id, label, root + href, hue);
    }
}
