package khatt.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the importer cannot settle is written as a draft with its question, never guessed. */
class ReviewInboxTest {

    private static final Importer IMPORTER = new Importer(Lexicon.load());
    private static final Importer.Options OPTIONS = new Importer.Options(Path.of("content"), null, true, false);

    private static ImportedArticle plan(String text) {
        return IMPORTER.plan(List.of(RawPage.ofText("a.txt", text)), ExistingContent.EMPTY, new Taxonomy(Map.of()), OPTIONS)
                .articles().get(0);
    }

    @Test
    void withoutAHeadlineTheFirstSentenceIsAProvisionalTitleAndTheArticleADraft() {
        ImportedArticle a = plan("""
                بحث وزير الخارجية الروسي مع نظيره التركي في اتصال هاتفي يوم الخميس 3 مارس 2022 الأوضاع في أوكرانيا. وأكد الوزيران أهمية استمرار الحوار بين البلدين في المرحلة المقبلة.
                وأضاف البيان أن الجانبين اتفقا على مواصلة الاتصالات على مختلف المستويات.
                """);
        assertThat(a.title()).isEqualTo("بحث وزير الخارجية الروسي مع نظيره التركي في اتصال هاتفي يوم الخميس 3 مارس…");
        assertThat(a.isDraft()).isTrue();
        assertThat(a.review()).containsExactly("no headline found: the title is the first sentence; write the headline as title");
        assertThat(a.date()).hasToString("2022-03-03");
    }

    @Test
    void anUnknownDateIsAQuestionInTheDraftNotAGuess() {
        ImportedArticle a = plan("""
                لافروف يلتقي نظيره الأمريكي
                التقى وزير الخارجية الروسي سيرغي لافروف نظيره الأمريكي يوم الثلاثاء وبحثا الأوضاع في سوريا.
                """);
        assertThat(a.date()).isNull();
        assertThat(a.event()).isEqualTo("undated-lafrwf-yltqy-nzyrh-alamryky"); // provisional: named after its file
        assertThat(a.review()).containsExactly("event date unknown (the text says it was a Tuesday): write date: YYYY-MM-DD");
        String file = Importer.scaffold(a).text();
        assertThat(file).startsWith("---\ndraft: true\nreview:\n  - \"event date unknown (the text says it was a Tuesday): write date: YYYY-MM-DD\"\n"
                + "provisional_event: undated-lafrwf-yltqy-nzyrh-alamryky\ntitle: ");
        assertThat(file).doesNotContain("\nevent:");
    }

    @Test
    void aSettledArticleIsNoDraft() {
        ImportedArticle a = plan("""
                لافروف يلتقي نظيره الأمريكي في سوتشي
                الثلاثاء 14 مايو 2019
                التقى وزير الخارجية الروسي سيرغي لافروف نظيره الأمريكي مايك بومبيو في سوتشي اليوم الثلاثاء.
                """);
        assertThat(a.isDraft()).isFalse();
        assertThat(Importer.scaffold(a).text()).doesNotContain("draft").contains("date: 2019-05-14\nevent: 2019-05-14-sochi\n");
    }
}
