package khatt.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import khatt.arabic.PhraseMatcher;

/** The topics of {@code content/topics.yaml}, and which of them a text is about. */
public final class Taxonomy {

    private final PhraseMatcher<String> matcher;

    public Taxonomy(Map<String, List<String>> keywordsById) {
        this.matcher = new PhraseMatcher<>(keywordsById);
    }

    /** Reads {@code topics.yaml}; an absent file gives an empty taxonomy. */
    public static Taxonomy read(Path topicsYaml) throws IOException {
        Map<String, List<String>> keywords = new LinkedHashMap<>();
        if (Files.isRegularFile(topicsYaml)) {
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(topicsYaml.toFile());
            if (root != null && root.isArray()) {
                for (JsonNode topic : root) {
                    String id = topic.path("id").asText("");
                    if (id.isEmpty()) {
                        continue;
                    }
                    List<String> words = new ArrayList<>();
                    topic.path("keywords").forEach(k -> words.add(k.asText()));
                    keywords.put(id, words);
                }
            }
        }
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
