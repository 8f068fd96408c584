package khatt.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import khatt.arabic.PhraseMatcher;
import khatt.content.ContentLoader;
import khatt.content.TopicDefinition;
import khatt.diag.Diagnostic;
import khatt.diag.Diagnostics;

/**
 * The topics of {@code content/topics.yaml} (read by the build's reader), and which of them a text
 * is about: its keywords anywhere, and its {@code between_keywords} in a report naming officials of
 * each of its {@code between} countries.
 */
public final class Taxonomy {

    private final PhraseMatcher<String> matcher;
    private final PhraseMatcher<String> betweenMatcher;
    private final Map<String, Set<String>> countriesById;

    public Taxonomy(Map<String, List<String>> keywordsById) {
        this(keywordsById, Map.of(), Map.of());
    }

    private Taxonomy(Map<String, List<String>> keywordsById, Map<String, List<String>> betweenKeywordsById,
            Map<String, Set<String>> countriesById) {
        this.matcher = new PhraseMatcher<>(keywordsById);
        this.betweenMatcher = new PhraseMatcher<>(betweenKeywordsById);
        this.countriesById = Map.copyOf(countriesById);
    }

    /** The taxonomy of these topics. */
    public static Taxonomy of(List<TopicDefinition> topics) {
        Map<String, List<String>> keywords = new LinkedHashMap<>();
        Map<String, List<String>> betweenKeywords = new LinkedHashMap<>();
        Map<String, Set<String>> countries = new LinkedHashMap<>();
        for (TopicDefinition t : topics) {
            keywords.put(t.id(), t.keywords());
            if (!t.between().isEmpty()) {
                betweenKeywords.put(t.id(), t.betweenKeywords());
                countries.put(t.id(), Set.copyOf(t.between()));
            }
        }
        return new Taxonomy(keywords, betweenKeywords, countries);
    }

    /**
     * Reads {@code topics.yaml} as the build does; an absent file gives an empty taxonomy, an
     * invalid one an error naming its file and line.
     */
    public static Taxonomy read(Path topicsYaml) throws IOException {
        Diagnostics problems = new Diagnostics();
        List<TopicDefinition> topics = ContentLoader.readTopics(topicsYaml, problems);
        for (Diagnostic d : problems.sorted()) {
            if (d.isError()) {
                throw new IOException(d.file() + ":" + d.line() + ": " + d.message());
            }
        }
        return of(topics);
    }

    /**
     * The ids of the topics of a text with matching keys {@code keys} whose officials come from
     * {@code countries}, sorted.
     */
    public List<String> topicsOf(List<String> keys, Set<String> countries) {
        Set<String> found = new TreeSet<>(matcher.labelsIn(keys));
        for (String id : betweenMatcher.labelsIn(keys)) {
            if (countries.containsAll(countriesById.get(id))) {
                found.add(id);
            }
        }
        return List.copyOf(found);
    }
}
