package khatt.render;

import java.util.List;

/** Every page address, for search engines. */
public record SitemapView(List<String> urls) {}
