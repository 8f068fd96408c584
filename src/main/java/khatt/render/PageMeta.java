package khatt.render;

/**
 * What every page's layout needs.
 *
 * @param root the relative path from the page to the site root ({@code ""}, {@code "../"}, …)
 * @param canonical the page's permanent absolute address
 */
public record PageMeta(String siteTitle, String siteDescription, String language, String title, String description,
                       String root, String canonical, String kind) {}
