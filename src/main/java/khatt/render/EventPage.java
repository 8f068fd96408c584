package khatt.render;

import java.util.List;

/** One event: its facts, summary, every source article, neighbours and how to cite it. */
public record EventPage(PageMeta meta, EventCard event, String summaryHtml, List<ArticleView> articles,
                        List<String> outlets, List<MentionView> mentions, Link previous, Link next, String citation) {}
