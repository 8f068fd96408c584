package khatt.build;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds the site's real {@code content/} and checks the three curated events. */
class RealContentTest {

    @TempDir
    Path out;

    @Test
    void buildsTheThreeEventsInOrderWithTheirDatesArticlesAndTopics() throws IOException {
        BuildReport report = new SiteBuilder().build(new BuildOptions(Path.of("content"), out, Path.of("templates"), null));

        assertThat(report.diagnostics()).as("content/ is clean").isEmpty();
        assertThat(report.articles()).isEqualTo(5);
        assertThat(report.events()).isEqualTo(3);

        JsonNode events = new ObjectMapper().readTree(out.resolve("data/events.json").toFile());
        assertThat(ids(events, "id")).containsExactly("2019-05-14-sochi", "2019-12-10-washington", "2020-07-13-call");
        assertThat(ids(events, "date")).containsExactly("2019-05-14", "2019-12-10", "2020-07-13");
        assertThat(ids(events, "kind")).containsExactly("meeting", "meeting", "call");
        assertThat(events.get(0).get("place").asText()).isEqualTo("سوتشي");
        assertThat(events.get(1).get("place").asText()).isEqualTo("واشنطن");
        assertThat(events.get(2).get("place").isNull()).as("a phone call has no place").isTrue();
        assertThat(events).extracting(e -> e.get("articles").size()).containsExactly(2, 2, 1);

        assertThat(ids(events.get(0).get("topics"), null)).contains("syria", "ukraine", "venezuela", "iran-nuclear",
                "election-interference", "bilateral-relations");
        assertThat(ids(events.get(1).get("topics"), null)).contains("libya", "yemen", "north-korea", "arms-control",
                "palestine-israel", "election-interference");
        assertThat(ids(events.get(2).get("topics"), null)).contains("libya", "syria", "afghanistan", "unsc-p5");

        String sochi = Files.readString(out.resolve("events/2019-05-14-sochi/index.html"));
        assertThat(sochi).contains("<html lang=\"ar\" dir=\"rtl\">", "<time datetime=\"2019-05-14\">الثلاثاء ١٤ أيار/مايو ٢٠١٩</time>",
                "٩ رمضان ١٤٤٠ هـ", "rel=\"next\" href=\"../../events/2019-12-10-washington/\"");
        assertThat(Files.readString(out.resolve("index.html"))).contains("id=\"m-2019-05\"", "id=\"m-2019-12\"", "id=\"m-2020-07\"");
        assertThat(Files.readString(out.resolve("topics/unsc-p5/index.html"))).contains("events/2020-07-13-call/")
                .doesNotContain("events/2019-05-14-sochi/");
    }

    private static List<String> ids(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(field == null ? node.asText() : node.get(field).asText()));
        return values;
    }
}
