package khatt.render;

/** A year (or month) of a paged timeline in its list: where its page is and how many events it has. */
public record YearLink(String href, String label, String count, boolean current) {}
