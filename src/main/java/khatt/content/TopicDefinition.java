package khatt.content;

import java.util.List;

/**
 * A topic of {@code topics.yaml}: its URL id, Arabic label, and the spellings that tag articles with
 * it. {@code betweenKeywords} are phrases any two countries' reports use («العلاقات الثنائية»): they
 * tag the topic only in a report that names officials of each country of {@code between} (two-letter
 * codes, as in the importer's list of officials), which only the importer knows.
 */
public record TopicDefinition(String id, String label, String description, List<String> keywords,
        List<String> between, List<String> betweenKeywords) {

    public TopicDefinition {
        keywords = List.copyOf(keywords);
        between = List.copyOf(between);
        betweenKeywords = List.copyOf(betweenKeywords);
    }

    /** A topic tagged by its keywords alone. */
    public TopicDefinition(String id, String label, String description, List<String> keywords) {
        this(id, label, description, keywords, List.of(), List.of());
    }
}
