package khatt.content;

import khatt.arabic.DateStyle;

/** The settings of {@code site.yaml}; every one has a default. */
public record SiteConfig(String title, String description, String language, String baseUrl, DateStyle dateStyle) {

    public static final SiteConfig DEFAULT = new SiteConfig("خط زمني", "", "ar", "/", DateStyle.DEFAULT);

    public SiteConfig {
        baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    }

    public SiteConfig withBaseUrl(String url) {
        return new SiteConfig(title, description, language, url, dateStyle);
    }
}
