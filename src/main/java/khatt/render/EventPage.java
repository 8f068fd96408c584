package khatt.render;

import java.util.List;

/**
 * One event: its facts, summary, every source article, neighbours and how to cite it.
 *
 * @param citation the APA-style reference without its address, which is {@code citationUrl}
 * @param articleCitations each source article's reference, address and COinS
 * @param citeFiles the citation files beside the page (RIS, BibTeX, CSL-JSON)
 * @param citationDate the event's day as Highwire {@code citation_date} wants it (YYYY/MM/DD)
 * @param coins the page's COinS (OpenURL) title, for reference managers
 */
public record EventPage(PageMeta meta, EventCard event, String summaryHtml, List<ArticleView> articles,
                        List<String> outlets, List<MentionView> mentions, Link previous, Link next, String citation,
                        String citationUrl, List<ArticleCitation> articleCitations, List<khatt.render.export.Citations.Download> citeFiles,
                        String citationDate, String coins) {

    /** The same page with the HTML of its articles' bodies, in article order. */
    public EventPage withBodies(List<String> bodiesHtml) {
        List<ArticleView> withBodies = new java.util.ArrayList<>(articles.size());
        for (int i = 0; i < articles.size(); i++) {
            ArticleView a = articles.get(i);
            withBodies.add(new ArticleView(a.anchor(), a.title(), a.outlet(), a.published(), a.sourceUrl(), bodiesHtml.get(i)));
        }
        return new EventPage(meta, event, summaryHtml, withBodies, outlets, mentions, previous, next, citation,
                citationUrl, articleCitations, citeFiles, citationDate, coins);
    }
}
