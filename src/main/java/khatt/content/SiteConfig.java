package khatt.content;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;
import khatt.arabic.DateStyle;

/** The settings of {@code site.yaml}; every one has a default. */
public record SiteConfig(String title, String description, String language, String baseUrl, DateStyle dateStyle) {

    public static final SiteConfig DEFAULT = new SiteConfig("خط زمني", "", "ar", "/", DateStyle.DEFAULT);

    public SiteConfig {
        baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    }

    /** A BCP 47 tag as browsers read {@code lang}: a language, then optional script, region or variant parts. */
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");

    /**
     * Why {@code url} cannot be the site's address, or null: it must be an absolute http(s) address
     * with a host, or a path from the server's root ({@code /}, {@code /timeline/}), and nothing else
     * (no other scheme, query or fragment), since it starts every link, feed entry and citation.
     */
    public static String baseUrlProblem(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return "base_url '" + url + "' is not a web address";
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            return "base_url '" + url + "' must not have a query or fragment";
        }
        if (scheme == null) {
            return url.startsWith("/") && !url.startsWith("//") ? null
                    : "base_url '" + url + "' must start with https:// or http:// (or be a path from the root, like /)";
        }
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return "base_url '" + url + "' must start with https:// or http://";
        }
        return uri.getHost() == null || uri.getHost().isEmpty() ? "base_url '" + url + "' has no host name" : null;
    }

    /** Why {@code tag} cannot be the site's {@code lang}, or null. */
    public static String languageProblem(String tag) {
        return LANGUAGE.matcher(tag).matches() ? null : "language '" + tag + "' is not a language tag";
    }

    public SiteConfig withBaseUrl(String url) {
        return new SiteConfig(title, description, language, url, dateStyle);
    }
}
