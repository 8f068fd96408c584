package khatt.render;

/** The page servers show for an unknown address; its links are absolute since it may be served anywhere. */
public record NotFoundPage(PageMeta meta, String home) {}
