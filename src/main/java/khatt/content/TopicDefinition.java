package khatt.content;

import java.util.List;

/** A topic of {@code topics.yaml}: its URL id, Arabic label, and the spellings that tag articles with it. */
public record TopicDefinition(String id, String label, String description, List<String> keywords) {

    public TopicDefinition {
        keywords = List.copyOf(keywords);
    }
}
