package khatt.render;

import java.util.List;

/**
 * One event: its facts, summary, every source article, neighbours and how to cite it.
 *
 * @param citation the APA-style reference without its address, which is {@code citationUrl}
 * @param articleCitations each source article's reference (label) and address (href, maybe null)
 * @param citeFiles the downloadable citations (RIS, BibTeX, CSL-JSON) as data: links
 */
public record EventPage(PageMeta meta, EventCard event, String summaryHtml, List<ArticleView> articles,
                        List<String> outlets, List<MentionView> mentions, Link previous, Link next, String citation,
                        String citationUrl, List<Link> articleCitations, List<khatt.render.export.Citations.Download> citeFiles) {}
