package khatt.content;

import java.util.List;

/** Everything read from a content folder, sorted, before it is understood as a timeline. */
public record Content(SiteConfig config, List<TopicDefinition> topics, List<EventFacts> eventFacts,
                      List<ArticleSource> articles) {

    public Content {
        topics = List.copyOf(topics);
        eventFacts = List.copyOf(eventFacts);
        articles = List.copyOf(articles);
    }
}
