package khatt.render.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineJsExportTest {

    private static final String ATTACK = "<img src=x onerror=alert(1)> & 'q' \"d\"";
    private static final String ESCAPED = "&lt;img src=x onerror=alert(1)&gt; &amp; &#39;q&#39; &quot;d&quot;";

    @Test
    void everyTextTimelineJsInsertsAsHtmlIsEscaped() throws Exception {
        String json = new String(TimelineJsExport.json(ATTACK, ATTACK, List.of(TimelineJsExport.piece(new TimelineJsExport.Item(
                "2019-05-14-x", LocalDate.of(2019, 5, 14), ATTACK, ATTACK, "https://example.org/a?b=1&c='2'", ATTACK, ATTACK)))),
                StandardCharsets.UTF_8);
        JsonNode root = new ObjectMapper().readTree(json);
        JsonNode event = root.get("events").get(0);
        assertThat(event.get("group").asText()).isEqualTo(ESCAPED);
        assertThat(event.get("text").get("headline").asText()).isEqualTo(ESCAPED);
        assertThat(root.get("title").get("text").get("headline").asText()).isEqualTo(ESCAPED);
        assertThat(root.get("title").get("text").get("text").asText()).isEqualTo("<p>" + ESCAPED + "</p>");
        assertThat(event.get("text").get("text").asText()).isEqualTo("<p>" + ESCAPED + "</p><p>" + ESCAPED
                + " — <a href=\"https://example.org/a?b=1&amp;c=&#39;2&#39;\">https://example.org/a?b=1&amp;c=&#39;2&#39;</a></p>");
        assertThat(json).doesNotContain("<img");
    }
}
