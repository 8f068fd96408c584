package khatt.importer;

/**
 * What a saved page says about itself, each field null when absent.
 *
 * @param title the page's own headline (og:title, or the article's h1)
 * @param siteName og:site_name
 * @param published publication date-time as written (ISO 8601: date, or date-time with offset)
 * @param url the page's address (canonical link or og:url)
 */
public record PageMetadata(String title, String siteName, String published, String url) {

    public static final PageMetadata NONE = new PageMetadata(null, null, null, null);
}
