package khatt.render;

/**
 * A source article's reference on its event page.
 *
 * @param href the article's address, or null
 * @param coins its COinS (OpenURL) title, for reference managers
 */
public record ArticleCitation(String label, String href, String coins) {}
