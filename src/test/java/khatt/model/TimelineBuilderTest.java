package khatt.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import khatt.content.ArticleSource;
import khatt.content.ContentLoader;
import khatt.diag.Diagnostic;
import khatt.diag.Diagnostics;
import khatt.markdown.Markdown;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimelineBuilderTest {

    @TempDir
    Path dir;

    private void write(String path, String text) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private Timeline build(Diagnostics diagnostics) {
        return new TimelineBuilder().build(new ContentLoader(new Markdown()).load(dir, diagnostics), diagnostics);
    }

    private static String article(String title, String date, String more) {
        return "---\ntitle: \"" + title + "\"\ndate: " + date + "\n" + more + "---\nنص.\n";
    }

    @Test
    void groupsByEventIdOrElseByDatePlaceAndKindAndOrdersChronologically() throws IOException {
        write("articles/b1.md", article("ب١", "2020-07-13", "kind: call\npublished: 2020-07-14T09:00:00+03:00\n"));
        write("articles/b2.md", article("ب٢", "2020-07-13", "kind: call\npublished: 2020-07-13T22:00:00+03:00\n"));
        write("articles/c.md", article("ج", "2020-07-13", "place: \"موسكو\"\nkind: meeting\n"));
        write("articles/a1.md", article("أ١", "2019-05-14", "event: 2019-05-14-sochi\n"));
        write("articles/a2.md", article("أ٢", "2019-05-14", "event: 2019-05-14-sochi\nplace: \"سوتشي\"\n"));
        Diagnostics diagnostics = new Diagnostics();

        Timeline timeline = build(diagnostics);

        assertThat(diagnostics.sorted()).isEmpty();
        assertThat(timeline.events()).extracting(Event::id)
                .containsExactly("2019-05-14-sochi", "2020-07-13-call", "2020-07-13-moscow");
        Event call = timeline.events().get(1);
        assertThat(call.articles()).extracting(ArticleSource::id).as("oldest publication first").containsExactly("b2", "b1");
        assertThat(call.title()).isEqualTo("ب٢");
        assertThat(timeline.events().get(0).place()).isEqualTo("سوتشي");
        assertThat(timeline.events().get(0).date()).isEqualTo(LocalDate.of(2019, 5, 14));
    }

    @Test
    void eventFilesSetFactsAndContradictionsAreReported() throws IOException {
        write("events/2019-05-14-sochi.yaml", "title: \"لقاء سوتشي\"\ndate: 2019-05-14\nplace: \"سوتشي\"\nkind: meeting\n");
        write("events/2019-06-01-nowhere.yaml", "title: \"لا شيء\"\n");
        write("articles/a.md", article("أ", "2019-05-15", "event: 2019-05-14-sochi\nplace: \"سوتشى\"\nkind: call\n"));
        Diagnostics diagnostics = new Diagnostics();

        Timeline timeline = build(diagnostics);

        Event event = timeline.events().get(0);
        assertThat(event.title()).isEqualTo("لقاء سوتشي");
        assertThat(event.date()).isEqualTo(LocalDate.of(2019, 5, 14));
        String a = dir.resolve("articles/a.md").toString();
        assertThat(diagnostics.sorted()).extracting(Diagnostic::format).containsExactly(
                a + ":3:1: warning: date 2019-05-15 contradicts its event file 2019-05-14-sochi.yaml (2019-05-14)",
                a + ":6:1: warning: kind 'call' contradicts its event file 2019-05-14-sochi.yaml ('meeting')",
                dir.resolve("events/2019-06-01-nowhere.yaml") + ": error: unknown event '2019-06-01-nowhere': no article reports it");
    }

    @Test
    void topicsFollowTheTaxonomyOrder() throws IOException {
        write("topics.yaml", "- {id: zeta, label: \"ي\"}\n- {id: alpha, label: \"أ\"}\n");
        write("articles/a.md", article("أ", "2019-05-14", "topics: [alpha, zeta]\n"));
        Timeline timeline = build(new Diagnostics());
        assertThat(timeline.events().get(0).topics()).containsExactly("zeta", "alpha");
        assertThat(timeline.topics()).extracting(Topic::id).containsExactly("zeta", "alpha");
        assertThat(timeline.topics().get(1).events()).hasSize(1);
        assertThat(List.of(timeline.articleCount())).containsExactly(1);
    }
}
