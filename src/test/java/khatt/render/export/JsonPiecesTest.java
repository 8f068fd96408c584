package khatt.render.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A document joined from pieces is what Jackson writes of it at once. */
class JsonPiecesTest {

    private static final ObjectMapper JACKSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private static final List<Object> EVENTS = List.of(
            Map.of("id", "a", "lines", "سطر\nوسطر \"مقتبس\"", "topics", List.of("syria", "libya"), "nested", Map.of("k", List.of())),
            Map.of("id", "b", "articles", List.of(Map.of("title", "عنوان"), Map.of("title", "آخر"))));

    @Test
    void anArrayOfPiecesIsJacksonsArray() throws Exception {
        for (List<Object> events : List.of(EVENTS, EVENTS.subList(0, 1), List.of())) {
            byte[] joined = JsonPieces.document("", events.stream().map(e -> JsonPieces.piece(e, 0)).toList(), "\n");
            assertThat(new String(joined, StandardCharsets.UTF_8)).isEqualTo(JACKSON.writeValueAsString(events) + "\n");
        }
    }

    @Test
    void piecesDeeperInADocumentAreIndentedAsJacksonIndentsThem() throws Exception {
        Map<String, Object> title = Map.of("text", Map.of("headline", "خط"));
        for (List<Object> events : List.of(EVENTS, List.of())) {
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("title", title);
            root.put("events", events);
            byte[] joined = JsonPieces.document("{\n  \"title\" : " + JsonPieces.text(title, 1) + ",\n  \"events\" : ",
                    events.stream().map(e -> JsonPieces.piece(e, 1)).toList(), "\n}");
            assertThat(new String(joined, StandardCharsets.UTF_8)).isEqualTo(JACKSON.writeValueAsString(root));
        }
    }
}
