package khatt.render;

/** One source article on its event page: its anchor, metadata and the HTML of its full text. */
public record ArticleView(String anchor, String title, String outlet, DateView published, String sourceUrl,
                          String bodyHtml) {}
