package khatt.render;

/**
 * What every page's layout needs.
 *
 * @param root the relative path from the page to the site root ({@code ""}, {@code "../"}, …)
 * @param canonical the page's permanent absolute address
 * @param ogType the Open Graph type ({@code website} or {@code article})
 * @param jsonLd the page's schema.org JSON-LD, ready for a script element
 * @param feed the page's own Atom feed from the root (a topic's), or the site's
 * @param icons the kind icons the page shows, so that it carries only their SVG symbols
 * @param embedUrl the absolute address of the page's light embed view, or null when it has none
 * @param digits {@code arabic} or {@code western}: how the page's script writes numbers, as the site's dates do
 */
public record PageMeta(String siteTitle, String siteDescription, String language, String title, String description,
                       String root, String canonical, String kind, String ogType, String jsonLd, String feed,
                       java.util.List<String> icons, String embedUrl, String digits) {

    /** The same page, offering the embed view at {@code url} (its iframe snippet). */
    public PageMeta withEmbed(String url) {
        return new PageMeta(siteTitle, siteDescription, language, title, description, root, canonical, kind, ogType, jsonLd,
                feed, icons, url, digits);
    }
}
