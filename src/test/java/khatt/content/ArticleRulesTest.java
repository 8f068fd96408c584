package khatt.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import khatt.diag.Diagnostic;
import khatt.diag.Diagnostics;
import khatt.markdown.Markdown;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What one article file may hold, and what is said about it when it holds something else. */
class ArticleRulesTest {

    @TempDir
    Path dir;

    private final Diagnostics diagnostics = new Diagnostics();

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve("articles").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private List<ArticleSource> load() {
        return new ContentLoader(new Markdown()).load(dir, diagnostics).articles();
    }

    private List<String> formatted() {
        return diagnostics.sorted().stream().map(Diagnostic::format).toList();
    }

    private static String article(String fields, String body) {
        return "---\ntitle: \"عنوان\"\ndate: 2019-05-14\n" + fields + "---\n" + body;
    }

    @Test
    void publicationTimeAndMentionedDatesAreKeptAsWritten() throws IOException {
        write("a.md", article("""
                published: 2019-05-14T18:30:00+03:00
                mentioned_dates:
                  - {text: "في يونيو المقبل", date: 2019-06}
                  - {date: 2020}
                colour: red
                """, "نص\n"));
        ArticleSource article = load().get(0);
        assertThat(article.published()).isEqualTo("2019-05-14T18:30:00+03:00");
        assertThat(article.mentionedDates()).containsExactly(new MentionedDate("في يونيو المقبل", "2019-06"), new MentionedDate("", "2020"));
        assertThat(formatted()).containsExactly(dir.resolve("articles/a.md") + ":8:1: warning: unknown field 'colour' is ignored");
    }

    @Test
    void aDraftTooLongToPublishIsToldSoWhileItWaits() throws IOException {
        String paragraph = "نص طويل ".repeat(1_000) + "\n\n";
        Path a = write("a.md", "---\ndraft: true\ntitle: \"عنوان\"\n---\n" + paragraph.repeat(13));
        assertThat(load()).isEmpty();
        assertThat(formatted()).containsExactly(
                a + ":2:1: warning: waiting for review, not published",
                a + ":5:1: warning: once published, this draft will be refused: the text is 104,026 characters long; the limit is 100,000");
        assertThat(diagnostics.hasErrors()).isFalse();
    }

    @Test
    void badPublicationTimesAndMentionedDates() throws IOException {
        Path a = write("a.md", article("published: 2019-05-14T25:00\nmentioned_dates: 2019-06\n", ""));
        Path b = write("b.md", article("published: 2019\nmentioned_dates:\n  - {text: \"أمس\"}\n  - {text: \"غداً\", date: 2019-13}\n", ""));
        assertThat(load()).isEmpty();
        assertThat(formatted()).containsExactly(
                a + ":4:12: error: bad publication date '2019-05-14T25:00'",
                a + ":5:18: error: 'mentioned_dates' must be a list",
                b + ":4:12: error: bad publication date '2019'",
                b + ":6:5: error: a mentioned date needs 'text' and 'date' (YYYY, YYYY-MM or YYYY-MM-DD)",
                b + ":7:26: error: impossible date '2019-13' in 'mentioned_dates'");
    }

    @Test
    void aDraftWaitsForReviewWithItsQuestions() throws IOException {
        Path a = write("a.md", "---\ndraft: true\nreview:\n  - \"أي يوم؟\"\n  - \"أين؟\"\ntitle: \"عنوان\"\n---\nنص\n");
        Path b = write("b.md", article("draft: TRUE\n", "نص\n"));
        write("c.md", article("draft: false\n", "نص\n"));
        assertThat(load()).extracting(ArticleSource::id).containsExactly("c");
        assertThat(diagnostics.sorted()).extracting(Diagnostic::format, Diagnostic::hint).containsExactly(
                org.assertj.core.groups.Tuple.tuple(a + ":2:1: warning: waiting for review, not published: أي يوم؟; أين؟",
                        "answer in the front matter, then delete the lines 'draft' and 'review'"),
                org.assertj.core.groups.Tuple.tuple(b + ":4:1: warning: waiting for review, not published",
                        "answer in the front matter, then delete the lines 'draft' and 'review'"));
    }

    @Test
    void aBodyBeyondTheMarkdownLimitsIsAnErrorAtItsLine() throws IOException {
        Path a = write("a.md", article("", "فقرة\n\n" + ">".repeat(40) + " نص\n"));
        assertThat(load()).isEmpty();
        assertThat(formatted()).containsExactly(a + ":7:1: error: block quotes or lists nested more than 32 deep");
    }

    @Test
    void aTitleThatIsNoTextIsOneError() throws IOException {
        Path a = write("a.md", "---\ntitle: [أ, ب]\ndate: 2019-05-14\n---\n");
        assertThat(load()).isEmpty();
        assertThat(formatted()).containsExactly(a + ":2:8: error: 'title' must be text");
    }

    @Test
    void theLeadIsTheFirstParagraphCutAtAWord() throws IOException {
        String words = "كلمة ".repeat(60).strip(); // 299 characters
        String exactly240 = "ب".repeat(240);
        String oneWord = "ج".repeat(300);
        write("a.md", article("", "# عنوان\n\n> اقتباس\n\n" + words + "\n"));
        write("b.md", article("", exactly240 + "\n"));
        write("c.md", article("", oneWord + "\n"));
        write("d.md", article("", "<div>\n\n**غامق** و[رابط](https://example.org/)\n"));
        List<ArticleSource> articles = load();
        assertThat(articles.get(0).lead()).isEqualTo("كلمة ".repeat(48).strip() + "…").hasSize(240);
        assertThat(articles.get(1).lead()).isEqualTo(exactly240);
        assertThat(articles.get(2).lead()).isEqualTo("ج".repeat(240) + "…");
        assertThat(articles.get(3).lead()).isEqualTo("غامق ورابط");
    }

    @Test
    void aMisspeltIdIsMatchedToTheNearestWithinTwoLetters() {
        Set<String> ids = Set.of("syria", "yemen", "iraq");
        assertThat(ArticleReader.closest("siria", ids)).isEqualTo("syria");
        assertThat(ArticleReader.closest("syra", ids)).as("a letter left out").isEqualTo("syria");
        assertThat(ArticleReader.closest("syriaa", ids)).as("a letter too many").isEqualTo("syria");
        assertThat(ArticleReader.closest("sira", Set.of("syria", "yemen"))).as("two letters apart").isEqualTo("syria");
        assertThat(ArticleReader.closest("yemenis", ids)).isEqualTo("yemen");
        assertThat(ArticleReader.closest("sir", ids)).as("three letters apart").isNull();
        assertThat(ArticleReader.closest("q", ids)).as("a short word is far from every id").isNull();
        assertThat(ArticleReader.closest("", Set.of("ab"))).isEqualTo("ab");
        assertThat(ArticleReader.closest("aa", Set.of("ac", "ab"))).as("the first id on a tie").isEqualTo("ab");
        assertThat(ArticleReader.closest("ba", Set.of("ab", "bb"))).as("closer beats earlier").isEqualTo("bb");
    }

    @Test
    void textThatIsNotUtf8IsOneErrorAtItsLine() throws IOException {
        Path a = dir.resolve("articles/a.md");
        Files.createDirectories(a.getParent());
        Files.write(a, new byte[] {'-', '-', '-', '\n', 't', ':', ' ', (byte) 0xFF, '\n'});
        assertThat(load()).isEmpty();
        assertThat(formatted()).containsExactly(a + ":2:1: error: not UTF-8 text: byte 0xFF at offset 7");
    }

    @Test
    void directionControlsAreRemovedWithAWarningWhereverTheyAre() throws IOException {
        Path a = write("a.md", "\u202B" + article("", "نص\u2066 آخر\n"));
        Path b = write("b.md", "\uFEFF" + article("", "نص\r\nآخر\r\n"));
        List<ArticleSource> articles = load();
        assertThat(articles).extracting(ArticleSource::id).containsExactly("a", "b");
        assertThat(ArticleBodies.read(articles.get(0))).isEqualTo("نص آخر\n");
        assertThat(articles.get(1).lead()).isEqualTo("نص آخر");
        assertThat(formatted()).containsExactly(a + ":1:1: warning: direction control U+202B removed (it would reverse the text around it on the site)");
    }

    @Test
    void directionControlsAreExactlyTheEmbeddingsOverridesAndIsolates() {
        for (char c : "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069".toCharArray()) {
            assertThat(BidiControls.isControl(c)).as("U+%04X", (int) c).isTrue();
        }
        for (char c : "\u2029\u202F\u2065\u206A\u200F\u200E".toCharArray()) {
            assertThat(BidiControls.isControl(c)).as("U+%04X", (int) c).isFalse();
        }
        assertThat(BidiControls.first("أب\u202Eج")).isEqualTo(2);
        assertThat(BidiControls.first("أبج")).isEqualTo(-1);
        assertThat(BidiControls.strip("\u202Aأ\u2069ب\u202E")).isEqualTo("أب");
        String clean = "أبج";
        assertThat(BidiControls.strip(clean)).isSameAs(clean);
    }

    @Test
    void topicsAreFoundInTheTitleToo() throws IOException {
        Files.writeString(Files.createDirectories(dir).resolve("topics.yaml"), "- {id: syria, label: \"سوريا\", keywords: [\"سوريا\"]}\n");
        write("a.md", "---\ntitle: \"زيارة إلى سوريا\"\ndate: 2019-05-14\n---\nنص\n");
        assertThat(load()).singleElement().extracting(ArticleSource::topics).isEqualTo(List.of("syria"));
    }

    @Test
    void oldMacLineEndsAreLineEnds() throws IOException {
        write("a.md", "---\rtitle: \"عنوان\"\rdate: 2019-05-14\r---\rنص\r");
        assertThat(load()).singleElement().extracting(ArticleSource::title).isEqualTo("عنوان");
        assertThat(formatted()).isEmpty();
    }
}
