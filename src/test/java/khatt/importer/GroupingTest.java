package khatt.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GroupingTest {

    private static final Importer IMPORTER = new Importer(Lexicon.load());
    private static final Taxonomy TAXONOMY = new Taxonomy(Map.of("ukraine", List.of("أوكرانيا")));
    private static final Importer.Options OPTIONS = new Importer.Options(Path.of("content"), null, true, false);

    private static List<ImportedArticle> plan(String... texts) {
        List<RawPage> pages = new java.util.ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            pages.add(RawPage.ofText("a" + i + ".txt", texts[i]));
        }
        return IMPORTER.plan(pages, ExistingContent.EMPTY, TAXONOMY, OPTIONS).articles();
    }

    private static final String MOSCOW = """
            الوزيران يبحثان في موسكو الأزمة الأوكرانية
            الأربعاء 14 أبريل 2021
            التقى الوزيران في موسكو اليوم الأربعاء وبحثا الأزمة في أوكرانيا وسبل خفض التصعيد على الحدود.
            وقال الوزير الروسي في مؤتمر صحفي إن موسكو لا تريد الحرب وإن على كييف احترام اتفاقات مينسك.
            """;

    private static final String GENEVA = """
            الوزيران يبحثان في جنيف الأزمة الأوكرانية
            الأربعاء 14 أبريل 2021
            التقى الوزيران في جنيف اليوم الأربعاء وبحثا الأزمة في أوكرانيا وسبل خفض التصعيد على الحدود.
            وقال الوزير الروسي في مؤتمر صحفي إن موسكو لا تريد الحرب وإن على كييف احترام اتفاقات مينسك.
            """;

    @Test
    void twoEventsOnTheSameDayAreNeverMerged() {
        List<ImportedArticle> a = plan(MOSCOW, GENEVA);
        assertThat(a).extracting(ImportedArticle::event).containsExactly("2021-04-14-moscow", "2021-04-14-geneva");
    }

    @Test
    void aCallAndAMeetingOnTheSameDayAreTwoEvents() {
        List<ImportedArticle> a = plan(MOSCOW, """
                الوزيران يبحثان هاتفيا الأزمة الأوكرانية
                الأربعاء 14 أبريل 2021
                بحث الوزيران في اتصال هاتفي اليوم الأربعاء الأزمة في أوكرانيا وسبل خفض التصعيد على الحدود.
                """);
        assertThat(a).extracting(ImportedArticle::event).containsExactly("2021-04-14-moscow", "2021-04-14-call");
    }

    @Test
    void reportsOfTheSameEventShareItsIdAndAnUndatedOneTakesItsDate() {
        List<ImportedArticle> a = plan(MOSCOW, """
                لافروف: لا نريد الحرب
                موسكو – قال الوزير الروسي في مؤتمر صحفي مع نظيره إن موسكو لا تريد الحرب وإن على كييف احترام اتفاقات مينسك، في ختام لقاء بحث الأزمة في أوكرانيا وسبل خفض التصعيد على الحدود.
                """);
        assertThat(a).extracting(ImportedArticle::event).containsExactly("2021-04-14-moscow", "2021-04-14-moscow");
        assertThat(a.get(1).date()).hasToString("2021-04-14");
        assertThat(a.get(1).confidence()).isLessThan(a.get(0).confidence());
        assertThat(a.get(1).warnings()).anyMatch(w -> w.contains("taken from the other articles"));
    }

    @Test
    void anUndatedArticleWithADifferentWeekdayDoesNotJoin() {
        List<ImportedArticle> a = plan(MOSCOW, """
                لافروف: لا نريد الحرب
                قال الوزير الروسي اليوم الجمعة في مؤتمر صحفي مع نظيره إن موسكو لا تريد الحرب وإن على كييف احترام اتفاقات مينسك.
                """);
        assertThat(a.get(1).event()).startsWith("undated-"); // a provisional event of its own
        assertThat(a.get(1).date()).isNull();
    }

    @Test
    void theSameTextTwiceInOneRunIsRefused() {
        List<ImportedArticle> a = plan(MOSCOW, MOSCOW);
        assertThat(a.get(0).error()).isNull();
        assertThat(a.get(1).error()).contains("duplicate of a0.txt");
    }
}
