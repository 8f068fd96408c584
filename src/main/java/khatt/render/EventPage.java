package khatt.render;

import java.util.List;

/**
 * One event: its facts, summary, every source article, neighbours and how to cite it.
 *
 * @param citeFiles the downloadable citations (CSL-JSON, BibTeX, RIS), relative to the page
 */
public record EventPage(PageMeta meta, EventCard event, String summaryHtml, List<ArticleView> articles,
                        List<String> outlets, List<MentionView> mentions, Link previous, Link next, String citation,
                        List<String> articleCitations, List<Link> citeFiles) {}
