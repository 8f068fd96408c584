package khatt.render;

import java.util.List;

/** The events of one month, with the anchor ({@code m-2019-05}) that links to it and its ISO form ({@code 2019-05}). */
public record MonthGroup(String anchor, String iso, String label, List<EventCard> events) {}
