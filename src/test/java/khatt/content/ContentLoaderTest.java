package khatt.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import khatt.diag.Diagnostic;
import khatt.diag.Diagnostics;
import khatt.markdown.Markdown;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentLoaderTest {

    @TempDir
    Path dir;

    private Content load(Diagnostics diagnostics) {
        return new ContentLoader(new Markdown()).load(dir, diagnostics);
    }

    private void write(String path, String text) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static List<String> formatted(Diagnostics diagnostics) {
        return diagnostics.sorted().stream().map(Diagnostic::format).toList();
    }

    @Test
    void readsFrontMatterAndKeepsTheBodyOnDisk() throws IOException {
        write("topics.yaml", """
                - id: syria
                  label: "سوريا"
                  keywords: ["سوريا", "سورية"]
                """);
        write("articles/a.md", """
                ---
                title: "لقاء في سوتشي"
                date: 2019-05-14
                event: 2019-05-14-sochi
                place: "سوتشي"
                kind: meeting
                published: 2019-05-14T18:30:00+03:00
                source_url: https://example.org/a
                ---
                بحث الوزيران الوضع في **سورية** والعلاقات الثنائية.

                فقرة ثانية.
                """);
        Diagnostics diagnostics = new Diagnostics();
        ArticleSource article = load(diagnostics).articles().get(0);

        assertThat(formatted(diagnostics)).isEmpty();
        assertThat(article.id()).isEqualTo("a");
        assertThat(article.title()).isEqualTo("لقاء في سوتشي");
        assertThat(article.date()).isEqualTo(LocalDate.of(2019, 5, 14));
        assertThat(article.event()).isEqualTo("2019-05-14-sochi");
        assertThat(article.topics()).as("tagged from the keywords, 'سورية' spelled differently")
                .containsExactly("syria");
        assertThat(article.lead()).isEqualTo("بحث الوزيران الوضع في سورية والعلاقات الثنائية.");
        assertThat(article.bodyLine()).isEqualTo(10);
        assertThat(ArticleBodies.read(article)).startsWith("بحث الوزيران").contains("فقرة ثانية.");
    }

    @Test
    void aLeadKeepsNoStrayBoldMarks() throws IOException {
        write("articles/a.md", """
                ---
                title: "لقاء"
                date: 2019-05-14
                ---
                **دمشق:**بحث الوزيران **الوضع

                في سورية.**
                """);
        assertThat(load(new Diagnostics()).articles().get(0).lead()).isEqualTo("دمشق:بحث الوزيران الوضع");
    }

    @Test
    void aLeadShowsTheTextOfAReferenceLinkDefinedFurtherDown() throws IOException {
        write("articles/a.md", """
                ---
                title: "لقاء"
                date: 2019-05-14
                ---
                قال [المتحدث][r] إن اللقاء بحث الوضع.

                فقرة ثانية.

                [r]: https://example.org/a
                """);
        assertThat(load(new Diagnostics()).articles().get(0).lead()).isEqualTo("قال المتحدث إن اللقاء بحث الوضع.");
    }

    @Test
    void reportsEveryErrorWithItsFileAndLine() throws IOException {
        write("topics.yaml", "- id: syria\n  label: \"سوريا\"\n");
        write("articles/no-title.md", "---\ndate: 2019-05-14\n---\nنص\n");
        write("articles/bad-date.md", "---\ntitle: \"عنوان\"\ndate: 2019-02-30\n---\nنص\n");
        write("articles/bad-yaml.md", "---\ntitle: \"عنوان\"\ndate: [2019\n---\nنص\n");
        write("articles/unknown-topic.md", "---\ntitle: \"عنوان\"\ndate: 2019-05-14\ntopics: [syria, mars]\n---\nنص\n");
        write("articles/no-front-matter.md", "نص فقط\n");
        write("articles/Bad Name.md", "---\ntitle: \"عنوان\"\ndate: 2019-05-14\n---\n");

        Diagnostics diagnostics = new Diagnostics();
        load(diagnostics);
        String a = dir.resolve("articles").toString();

        assertThat(formatted(diagnostics)).containsExactly(
                a + "/Bad Name.md: error: unsafe article file name 'Bad Name.md'",
                a + "/bad-date.md:3:7: error: impossible date '2019-02-30' in 'date'",
                a + "/bad-yaml.md:3:12: error: invalid YAML: while parsing a flow sequence: expected ',' or ']', but got <stream end>",
                a + "/no-front-matter.md:1:1: error: no front matter",
                a + "/no-title.md:2:1: error: missing 'title'",
                a + "/unknown-topic.md:4:17: error: unknown topic 'mars'");
    }

    @Test
    void aMisspeltTopicGetsTheNearestIdAsHint() throws IOException {
        write("topics.yaml", "- id: syria\n  label: \"سوريا\"\n- id: yemen\n  label: \"اليمن\"\n");
        write("articles/a.md", "---\ntitle: \"عنوان\"\ndate: 2019-05-14\ntopics: [siria, mars]\n---\nنص\n");
        Diagnostics diagnostics = new Diagnostics();
        load(diagnostics);
        assertThat(diagnostics.sorted()).extracting(Diagnostic::hint).containsExactly(
                "did you mean 'syria'? Or add 'siria' to topics.yaml",
                "add it to topics.yaml or use one of its ids (syria, yemen)");
    }
}
