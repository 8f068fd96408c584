package khatt.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import khatt.arabic.TextSketch;
import khatt.diag.Diagnostic;
import khatt.diag.Diagnostics;
import org.junit.jupiter.api.Test;

class ContentChecksTest {

    /** Thirty made-up words: enough phrases for a sketch with every band. */
    private static final String STORY = IntStream.range(0, 30).mapToObj(i -> "كلمة" + i).collect(Collectors.joining(" "));

    private record Article(ArticleSource source, TextSketch sketch) {}

    private static Article article(String path, String sourceUrl, String body) {
        Path file = Path.of(path);
        String id = file.getFileName().toString().replace(".md", "");
        return new Article(new ArticleSource(id, file, "عنوان", LocalDate.of(2019, 5, 14), null, null, null, null, null,
                sourceUrl, List.of(), List.of(), 5, "", 3, 0, 0), TextSketch.of(body));
    }

    private static List<String> check(List<Article> articles) {
        Content content = new Content(SiteConfig.DEFAULT, List.of(), List.of(), articles.stream().map(Article::source).toList());
        Diagnostics diagnostics = new Diagnostics();
        ContentChecks.check(content, NearDuplicates.NONE.update(content.articles(), articles.stream().map(Article::sketch).toList()),
                diagnostics);
        return diagnostics.sorted().stream().map(Diagnostic::format).toList();
    }

    private static List<Article> copies(int count) {
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            articles.add(article(String.format("articles/a%02d.md", i), null, STORY));
        }
        return articles;
    }

    @Test
    void anIdTwiceIsAnErrorAtTheLaterFile() {
        assertThat(check(List.of(article("articles/2019/a.md", null, "أ"), article("articles/2020/a.md", null, "ب"))))
                .containsExactly("articles/2020/a.md: error: duplicate article id 'a' (also articles/2019/a.md)");
    }

    @Test
    void aSourceAddressTwiceIsAWarningAtTheLaterFile() {
        assertThat(check(List.of(article("articles/a.md", "https://example.org/x", "أ"),
                article("articles/b.md", null, "ب"), article("articles/c.md", "https://example.org/x", "ج"))))
                .containsExactly("articles/c.md: warning: looks like a duplicate of articles/a.md: both have source_url https://example.org/x");
    }

    @Test
    void nearIdenticalTextsAreReportedOnceEachAtTheLaterFile() {
        List<Article> articles = List.of(article("articles/a.md", null, STORY), article("articles/b.md", null, "نص آخر تماماً لا يشبه شيئاً"),
                article("articles/c.md", null, STORY + " وانتهى"), article("articles/d.md", null, STORY));
        assertThat(check(articles)).containsExactly(
                "articles/c.md:5:1: warning: looks like a duplicate of articles/a.md: their texts are near-identical (about 97% the same)",
                "articles/d.md:5:1: warning: looks like a duplicate of articles/a.md: their texts are near-identical (about 100% the same)");
    }

    @Test
    void textsSharingOnlySomePhrasesAreNotCopies() {
        String half = IntStream.range(0, 15).mapToObj(i -> "كلمة" + i).collect(Collectors.joining(" "));
        String other = IntStream.range(0, 15).mapToObj(i -> "لفظ" + i).collect(Collectors.joining(" "));
        assertThat(check(List.of(article("articles/a.md", null, STORY), article("articles/b.md", null, half + " " + other))))
                .isEmpty();
    }

    @Test
    void aBandSharedByMoreThanThirtyTwoArticlesIsStockPhrasesNotACopy() {
        assertThat(check(copies(NearDuplicates.COMMON_BAND))).hasSize(NearDuplicates.COMMON_BAND - 1)
                .allMatch(line -> line.endsWith("looks like a duplicate of articles/a00.md: their texts are near-identical (about 100% the same)"));
        assertThat(check(copies(NearDuplicates.COMMON_BAND + 1))).isEmpty();
    }

    @Test
    void articlesWithoutASketchAreLeftOut() {
        List<Article> articles = List.of(article("articles/a.md", null, STORY), new Article(article("articles/b.md", null, STORY).source(), null));
        assertThat(check(articles)).isEmpty();
    }

    @Test
    void twoCopiesAreACopyAndThreeAreTwoCopiesOfTheFirst() {
        assertThat(check(copies(2))).containsExactly(
                "articles/a01.md:5:1: warning: looks like a duplicate of articles/a00.md: their texts are near-identical (about 100% the same)");
        assertThat(check(copies(3))).containsExactly(
                "articles/a01.md:5:1: warning: looks like a duplicate of articles/a00.md: their texts are near-identical (about 100% the same)",
                "articles/a02.md:5:1: warning: looks like a duplicate of articles/a00.md: their texts are near-identical (about 100% the same)");
    }

    @Test
    void ninetyPercentTheSameIsACopy() {
        long[] first = java.util.stream.LongStream.rangeClosed(1, 40).toArray();
        long[] second = first.clone();
        for (int i = 36; i < 40; i++) {
            second[i] = 100 + i; // 36 of 40 hashes shared; the first sixteen, and so every band, alike
        }
        List<Article> articles = List.of(new Article(article("articles/a.md", null, "").source(), new TextSketch(first)),
                new Article(article("articles/b.md", null, "").source(), new TextSketch(second)));
        assertThat(check(articles)).containsExactly(
                "articles/b.md:5:1: warning: looks like a duplicate of articles/a.md: their texts are near-identical (about 90% the same)");
    }
}
