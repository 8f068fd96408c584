package khatt.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Test articles written in other outlets' styles (src/test/resources/importer/): Levantine and
 * Maghreb months, Arabic-Indic digits, relative and republished dates, bylines, banners, HTML.
 */
class OwnArticlesTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # file                  | published  | date       | evidence              | place           | kind             | event                  | outlet
            levantine-geneva.txt    | 2022-01-22 | 2022-01-21 | أمس الجمعة            | جنيف            | meeting          | 2022-01-21-geneva      | النهار العربي
            maghreb-algiers.txt     | 2022-05-11 | 2022-05-10 | أمس الثلاثاء          | الجزائر العاصمة | meeting          | 2022-05-10-algiers     | -
            gulf-moscow.txt         | 2021-03-14 | 2021-03-14 | اليوم الأحد           | موسكو           | meeting          | 2021-03-14-moscow      | كونا
            egyptian-republished.txt| 2020-09-24 | 2020-09-22 | اليوم الثلاثاء        | عبر الهاتف      | call             | 2020-09-22-call        | -
            html-call.html          | 2022-07-29 | 2022-07-29 | اليوم الجمعة          | عبر الهاتف      | call             | 2022-07-29-call        | الجزيرة نت
            banner-summit.txt       | 2021-06-17 | 2021-06-16 | أمس الأربعاء          | جنيف            | summit           | 2021-06-16-geneva      | الشرق الأوسط
            moroccan-undated.txt    | -          | -          | -                     | موسكو           | meeting          | undated-bwrytt-wlafrwf-ybhthan-bmwskw | -
            """)
    void eachArticleAlone(String file, String published, String date, String evidence, String place, String kind,
            String event, String outlet) throws Exception {
        Path content = Cli.content(dir);
        List<String> in = Cli.inputs(dir, "importer/" + file);
        Cli run = Cli.run("import", "--json", "--dry-run", "--content", content.toString(), in.get(0));
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode o = run.json().get(0);
        assertThat(text(o, "published")).isEqualTo(published);
        assertThat(text(o, "date")).isEqualTo(date);
        assertThat(text(o, "date_evidence")).isEqualTo(evidence);
        assertThat(text(o, "place")).isEqualTo(place);
        assertThat(text(o, "kind")).isEqualTo(kind);
        assertThat(text(o, "event")).isEqualTo(event);
        assertThat(text(o, "outlet")).isEqualTo(outlet);
        assertThat(text(o, "title")).isNotBlank();
    }

    @Test
    void mentionedDatesAreKeptWithTheirResolution() throws Exception {
        Path content = Cli.content(dir);
        List<String> in = Cli.inputs(dir, "importer/levantine-geneva.txt", "importer/gulf-moscow.txt",
                "importer/maghreb-algiers.txt", "importer/html-call.html", "importer/moroccan-undated.txt");
        JsonNode a = Cli.run(Cli.args(List.of("import", "--json", "--dry-run", "--content", content.toString()), in)).json();
        assertThat(SeedImportTest.mentioned(a.get(0))).contains("٢ كانون الأول ٢٠٢١=2021-12-02", "١٢ كانون الثاني الجاري=2022-01-12");
        assertThat(SeedImportTest.mentioned(a.get(1))).contains("عام ٢٠٢٠=2020", "٥ آذار ٢٠١٩=2019-03-05");
        assertThat(SeedImportTest.mentioned(a.get(2))).contains("جانفي 2019=2019-01", "جوان 2021=2021-06");
        assertThat(SeedImportTest.mentioned(a.get(3))).contains("فبراير/شباط الماضي=2022-02", "22 يوليو/تموز=2022-07-22");
        assertThat(SeedImportTest.mentioned(a.get(4))).contains("شتنبر 2017=2017-09", "26 يناير 2016=2016-01-26");
    }

    @Test
    void theHtmlPageKeepsItsHeadlineSubheadingAndQuotationAndDropsItsChrome() throws Exception {
        Path content = Cli.content(dir);
        List<String> in = Cli.inputs(dir, "importer/html-call.html");
        JsonNode o = Cli.run("import", "--json", "--dry-run", "--content", content.toString(), in.get(0)).json().get(0);
        assertThat(o.get("title").asText()).isEqualTo("لافروف وبلينكن يبحثان هاتفيا تبادل السجناء");
        assertThat(o.get("source_url").asText()).isEqualTo("https://www.aljazeera.net/news/2022/7/29/lavrov-blinken-call");
        String body = o.get("body").asText();
        assertThat(body).startsWith("أجرى وزير الخارجية الروسي").contains("\n\n## الحبوب الأوكرانية\n\n")
                .contains("\"لقد كانت محادثة صريحة ومباشرة\"").endsWith("تراعي المصالح الروسية.\n");
        assertThat(body).doesNotContain("عاجل").doesNotContain("واتساب").doesNotContain("اقرأ أيضا")
                .doesNotContain("جميع الحقوق").doesNotContain("آخر تحديث").doesNotContain("الرئيسية");
    }

    @Test
    void anUndatedReportJoinsTheCallItReportsAndTakesItsDate() throws Exception {
        Path content = Cli.content(dir);
        List<String> in = Cli.inputs(dir, "importer/undated-same-call.txt", "importer/html-call.html",
                "importer/levantine-geneva.txt");
        JsonNode a = Cli.run(Cli.args(List.of("import", "--json", "--content", content.toString()), in)).json();
        assertThat(a.get(0).get("event").asText()).isEqualTo("2022-07-29-call");
        assertThat(a.get(0).get("date").asText()).isEqualTo("2022-07-29");
        assertThat(a.get(0).get("date_evidence").asText()).contains("اليوم الجمعة").contains("html-call.html");
        assertThat(a.get(0).get("outlet").asText()).isEqualTo("RT");
        assertThat(a.get(1).get("event").asText()).isEqualTo("2022-07-29-call");
        assertThat(a.get(2).get("event").asText()).isEqualTo("2022-01-21-geneva");
    }

    @Test
    void levantineClutterGoesAndTheQuotationAndSubheadingStay() throws Exception {
        Path content = Cli.content(dir);
        List<String> in = Cli.inputs(dir, "importer/levantine-geneva.txt");
        JsonNode o = Cli.run("import", "--json", "--dry-run", "--content", content.toString(), in.get(0)).json().get(0);
        List<String> blocks = new ArrayList<>(List.of(o.get("body").asText().strip().split("\n\n")));
        assertThat(blocks).hasSize(6);
        assertThat(blocks.get(0)).startsWith("جنيف – التقى");
        assertThat(blocks.get(2)).isEqualTo("## ردود متباينة");
        assertThat(blocks.get(3)).startsWith("من جهته");
        assertThat(blocks.get(4)).isEqualTo("«لسنا بصدد مفاوضات، بل تبادل للأفكار»");
        assertThat(blocks.get(5)).startsWith("وكان الوزيران").endsWith("الجاري.");
        assertThat(o.get("title").asText()).isEqualTo("لافروف وبلينكن في جنيف: اتفاق على مواصلة الحوار حول الضمانات الأمنية");
    }

    @Test
    void moreReportsOfTheSeedsDaysJoinTheirEventsOrFormTheirOwn() throws Exception {
        Path content = Cli.content(dir);
        List<String> in = Cli.inputs(dir, "seeds/000_31e7148ea1404713.txt", "seeds/001_2b9cbaac1e6354ee.txt",
                "seeds/002_35a5180d63e7b702.txt", "seeds/003_e73266ae6989a505.txt", "seeds/004_be376afabfe466ac.txt",
                "importer/jazeera-style-sochi.txt", "importer/sputnik-style-white-house.txt");
        JsonNode a = Cli.run(Cli.args(List.of("import", "--json", "--dry-run", "--content", content.toString()), in)).json();
        List<String> events = new ArrayList<>();
        a.forEach(o -> events.add(text(o, "event")));
        assertThat(events).containsExactly("2019-12-10-washington", "2019-12-10-washington", "2019-05-14-sochi",
                "2020-07-13-call", "2019-05-14-sochi", "2019-05-14-sochi", "2019-12-10-washington");
        // a date line with an update stamp after it, a menu before the headline, «المصدر: الجزيرة + وكالات»
        assertThat(text(a.get(5), "published")).isEqualTo("2019-05-14");
        assertThat(text(a.get(5), "title")).isEqualTo("بومبيو في سوتشي.. لقاء مع بوتين ولافروف لبحث ملفات خلافية");
        assertThat(text(a.get(5), "outlet")).isEqualTo("الجزيرة + وكالات");
        assertThat(text(a.get(6), "published")).isEqualTo("2019-12-10");
        assertThat(text(a.get(6), "place")).isEqualTo("واشنطن"); // the city of the venue it names
        assertThat(text(a.get(6), "outlet")).isEqualTo("سبوتنيك عربي");
    }

    private static String text(JsonNode o, String field) {
        JsonNode v = o.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
