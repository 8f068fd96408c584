package khatt.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import khatt.arabic.TextSketch;
import org.junit.jupiter.api.Test;

/** An updated answer is the answer found from scratch, whatever the edits. */
class NearDuplicatesTest {

    /** Stories of thirty words each, some sharing their first half. */
    private static String story(int n) {
        return IntStream.range(0, 30).mapToObj(i -> (i < 15 ? "بداية" + n / 3 : "كلمة" + n) + "x" + i).collect(Collectors.joining(" "));
    }

    private record Article(ArticleSource source, TextSketch sketch) {}

    private static Article article(int file, String text, int bodyLine) {
        Path path = Path.of(String.format("articles/a%03d.md", file));
        return new Article(new ArticleSource("a" + file, path, "عنوان", LocalDate.of(2019, 5, 14), null, null, null, null, null,
                null, List.of(), List.of(), bodyLine, "", 3, 0, 0), TextSketch.of(text));
    }

    private static NearDuplicates update(NearDuplicates last, List<Article> articles) {
        return last.update(articles.stream().map(Article::source).toList(), articles.stream().map(Article::sketch).toList());
    }

    @Test
    void editsAreAnsweredAsAFreshCheckWould() {
        randomEdits(20, 11);
    }

    @Test
    void editsAroundTheStockPhraseLimitAreAnsweredAsAFreshCheckWould() {
        randomEdits(2, 12); // some bands shared by about thirty articles, more or fewer after an edit
    }

    private static void randomEdits(int stories, long seed) {
        Random random = new Random(seed);
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            articles.add(article(i, story(random.nextInt(stories)), 5));
        }
        NearDuplicates copies = update(NearDuplicates.NONE, articles);
        assertThat(copies.warnings()).isNotEmpty();
        for (int edit = 0; edit < 300; edit++) {
            int at = random.nextInt(articles.size());
            articles.set(at, switch (random.nextInt(3)) {
                case 0 -> article(at, story(random.nextInt(stories)), 5); // copies another story, or no longer one
                case 1 -> article(at, story(100 + edit), 5); // a text of its own
                default -> new Article(article(at, "", 6).source(), articles.get(at).sketch()); // the same text lower down
            });
            if (edit % 3 == 2) { // a new text read with the same front matter
                articles.set(at, new Article(articles.get(at).source(), TextSketch.of(story(random.nextInt(stories)))));
            }
            copies = update(copies, articles);
            assertThat(copies.warnings()).isEqualTo(update(NearDuplicates.NONE, articles).warnings());
        }
    }

    @Test
    void addedAndRemovedArticlesAreAnsweredAsAFreshCheckWould() {
        List<Article> articles = new ArrayList<>(List.of(article(0, story(1), 5), article(2, story(1), 5)));
        NearDuplicates copies = update(NearDuplicates.NONE, articles);
        assertThat(copies.warnings()).hasSize(1);

        articles.add(1, article(1, story(1), 5));
        copies = update(copies, articles);
        assertThat(copies.warnings()).hasSize(2).isEqualTo(update(NearDuplicates.NONE, articles).warnings());

        articles.remove(0);
        copies = update(copies, articles);
        assertThat(copies.warnings()).hasSize(1).isEqualTo(update(NearDuplicates.NONE, articles).warnings());
    }

    @Test
    void nothingEditedIsTheSameAnswer() {
        List<Article> articles = List.of(article(0, story(1), 5), article(1, story(1), 5));
        NearDuplicates copies = update(NearDuplicates.NONE, articles);
        assertThat(update(copies, articles)).isSameAs(copies);
    }
}
