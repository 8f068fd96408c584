package khatt.render;

import java.util.List;

/**
 * A light view for other sites to show in an iframe: no site header, no script, every link opening
 * the full site in a new tab. Either a compact timeline ({@code years}) or one event's card.
 *
 * @param heading the view's heading (the site's title, a topic's label or the event's title)
 * @param full the full page this view stands for
 * @param years the compact timeline, empty for an event
 * @param event the event's card, or null for a timeline
 */
public record EmbedPage(PageMeta meta, String heading, Link full, List<YearGroup> years, EventCard event) {}
