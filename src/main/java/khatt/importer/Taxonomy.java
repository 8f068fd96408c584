package khatt.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import khatt.arabic.PhraseMatcher;
import khatt.content.ContentLoader;
import khatt.content.TopicDefinition;
import khatt.diag.Diagnostic;
import khatt.diag.Diagnostics;

/** The topics of {@code content/topics.yaml} (read by the build's reader), and which of them a text is about. */
public final class Taxonomy {

    private final PhraseMatcher<String> matcher;

    public Taxonomy(Map<String, List<String>> keywordsById) {
        this.matcher = new PhraseMatcher<>(keywordsById);
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
        Map<String, List<String>> keywords = new LinkedHashMap<>();
        topics.forEach(t -> keywords.put(t.id(), t.keywords()));
        return new Taxonomy(keywords);
    }

    /** The ids of the topics whose keywords occur in text with matching keys {@code keys}, sorted. */
    public List<String> topicsOf(List<String> keys) {
        return List.copyOf(matcher.labelsIn(keys));
    }

    /** The ids of the topics whose keywords occur in {@code text}, sorted. */
    public List<String> topicsOf(String text) {
        Set<String> found = matcher.labelsIn(text);
        return List.copyOf(found);
    }
}
