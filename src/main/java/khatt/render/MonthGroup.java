package khatt.render;

import java.util.List;

/** The events of one month, with the anchor ({@code m-2019-05}) that links to it. */
public record MonthGroup(String anchor, String label, List<EventCard> events) {}
