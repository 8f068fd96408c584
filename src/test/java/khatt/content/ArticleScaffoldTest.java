package khatt.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleScaffoldTest {

    private static final LocalDate DAY = LocalDate.of(2019, 5, 14);

    @TempDir
    Path dir;

    private static ArticleScaffold named(String title, String event, String place, String slug) {
        return ArticleScaffold.blank(title, DAY, event, place, null, null, null, null, null, slug);
    }

    @Test
    void theFileIsNamedAfterTheSlugElseTheEventElseThePlaceElseTheTitle() {
        assertThat(named("عنوان", "2019-05-14-sochi", "موسكو", "My Slug").fileName()).isEqualTo("2019-05-14-my-slug.md");
        assertThat(named("عنوان", "2019-05-14-sochi", "موسكو", null).fileName()).isEqualTo("2019-05-14-sochi.md");
        assertThat(named("عنوان", "sochi-talks", "موسكو", null).fileName()).isEqualTo("2019-05-14-sochi-talks.md");
        assertThat(named("عنوان", null, "سوتشي", null).fileName()).isEqualTo("2019-05-14-swtshy.md");
        assertThat(named("سوتشي", null, null, null).fileName()).isEqualTo("2019-05-14-swtshy.md");
        assertThat(named("؟", null, null, null).fileName()).as("nothing left of the title").isEqualTo("2019-05-14.md");
    }

    @Test
    void aLongNameIsCutAtAHyphenWithinFiftyLetters() {
        String words = "alpha-bravo-charlie-delta-echo-foxtrot-golf-hotel-india"; // 55 letters, a hyphen at 49
        assertThat(named("x", null, null, words).fileName()).isEqualTo("2019-05-14-alpha-bravo-charlie-delta-echo-foxtrot-golf-hotel.md");
        String fifty = "a".repeat(45) + "-bcde";
        assertThat(named("x", null, null, fifty).fileName()).as("fifty letters are kept").isEqualTo("2019-05-14-" + fifty + ".md");
        assertThat(named("x", null, null, "a".repeat(60)).fileName()).as("no hyphen: cut at 50")
                .isEqualTo("2019-05-14-" + "a".repeat(50) + ".md");
        assertThat(named("x", null, null, "a".repeat(50) + "-bc").fileName()).isEqualTo("2019-05-14-" + "a".repeat(50) + ".md");
    }

    @Test
    void aBlankArticleHasItsFieldsInOrderQuotedWhereTheyAreText() {
        ArticleScaffold scaffold = ArticleScaffold.blank("لقاء \"مهم\"", DAY, "2019-05-14-sochi", "سوتشي", "meeting", "وكالة",
                "2019-05-14T18:30:00+03:00", "https://example.org/a", List.of("syria", "russia"), null);
        assertThat(scaffold.text()).isEqualTo("""
                ---
                title: "لقاء \\"مهم\\""
                date: 2019-05-14
                event: 2019-05-14-sochi
                place: "سوتشي"
                kind: meeting
                outlet: "وكالة"
                published: 2019-05-14T18:30:00+03:00
                source_url: "https://example.org/a"
                topics: [syria, russia]
                ---
                اكتب هنا نص المقال. الفقرة الأولى تظهر ملخصاً للمقال على الخط الزمني.
                """);
    }

    @Test
    void emptyFieldsAreLeftOutAndQuestionsMakeADraft() {
        ArticleScaffold scaffold = new ArticleScaffold("عنوان", null, null, " ", null, null, null, null, null,
                List.of(new MentionedDate("في يونيو المقبل", "2019-06")), List.of("أي يوم؟", "أين؟"), "النص.\n", null, null);
        assertThat(scaffold.text()).isEqualTo("""
                ---
                draft: true
                review:
                  - "أي يوم؟"
                  - "أين؟"
                title: "عنوان"
                mentioned_dates:
                  - {text: "في يونيو المقبل", date: "2019-06"}
                ---

                النص.
                """);
        assertThat(scaffold.topics()).isEmpty();
        assertThat(new ArticleScaffold("عنوان", DAY, null, null, null, null, null, null, null, null, null, null, null, null).text())
                .doesNotContain("draft", "review", "mentioned_dates", "topics");
    }

    @Test
    void aDraftOfUnknownDateCarriesItsProvisionalEvent() {
        ArticleScaffold draft = new ArticleScaffold("عنوان", null, null, null, "call", null, null, null, null, null,
                List.of("أي يوم؟"), "النص.\n", null, "undated-atsal");
        assertThat(draft.text()).startsWith("---\ndraft: true\nreview:\n  - \"أي يوم؟\"\nprovisional_event: undated-atsal\ntitle: ");
        assertThat(new ArticleScaffold("عنوان", DAY, null, null, null, null, null, null, null, null, null, null, null,
                "undated-atsal").text()).as("only a draft carries it").doesNotContain("provisional_event");
    }

    @Test
    void writingNeverReplacesAFile() throws IOException {
        ArticleScaffold scaffold = named("عنوان", "2019-05-14-sochi", null, null);
        Path file = scaffold.write(dir);
        assertThat(file).isEqualTo(dir.resolve("articles/2019-05-14-sochi.md"));
        assertThat(Files.readString(file)).isEqualTo(scaffold.text());
        assertThatThrownBy(() -> scaffold.write(dir)).isInstanceOf(FileAlreadyExistsException.class).hasMessage(file.toString());
    }

    private static ArticleScaffold draft(List<String> review) {
        return new ArticleScaffold("اتصال", null, null, null, "call", null, null, null, List.of(), List.of(), review,
                "نص.\n", null, "undated-x");
    }

    @Test
    void aCompletedDraftTakesDateAndEventAndKeepsItsOtherQuestions() {
        String onlyDate = ArticleScaffold.completedDraft(draft(List.of(ArticleScaffold.DATE_QUESTION + ": write date")).text(),
                DAY, "2019-05-14-call");
        assertThat(onlyDate).isEqualTo("""
                ---
                title: "اتصال"
                date: 2019-05-14
                event: 2019-05-14-call
                kind: call
                ---

                نص.
                """);
        String twoQuestions = ArticleScaffold.completedDraft(
                draft(List.of(ArticleScaffold.DATE_QUESTION + ": write date", "no headline found")).text(), DAY, "2019-05-14-call");
        assertThat(twoQuestions).startsWith("---\ndraft: true\nreview:\n  - \"no headline found\"\ntitle: \"اتصال\"\ndate: 2019-05-14\n");
    }

    @Test
    void aDraftTheEditorChangedIsNotCompleted() {
        String answered = draft(List.of(ArticleScaffold.DATE_QUESTION)).text().replace("kind: call\n", "kind: call\ndate: 2019-05-13\n");
        assertThat(ArticleScaffold.completedDraft(answered, DAY, "2019-05-14-call")).isNull();
        String noLongerProvisional = draft(List.of(ArticleScaffold.DATE_QUESTION)).text().replace("provisional_event: undated-x\n", "");
        assertThat(ArticleScaffold.completedDraft(noLongerProvisional, DAY, "2019-05-14-call")).isNull();
        assertThat(ArticleScaffold.completedDraft("no front matter", DAY, "2019-05-14-call")).isNull();
    }
}
