package khatt.render;

/** A link as a template shows it. */
public record Link(String href, String label) {}
