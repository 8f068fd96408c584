package khatt.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {

    @TempDir
    Path dir;

    private static final String ARTICLE = """
            الوزير: "لا حل عسكرياً" في سوريا – قراءة في #المحادثات: 100% صراحة
            الثلاثاء 9 مارس 2021
            التقى الوزيران في الدوحة اليوم الثلاثاء وبحثا الوضع في سوريا وسبل التسوية السياسية للأزمة.
            وقال الوزير الروسي: "لا حل عسكرياً للأزمة السورية".
            """;

    @Test
    void thePublicationDayTheEditorGivesAnchorsTheRelativeDays() throws Exception {
        Path content = Cli.content(dir);
        Path page = dir.resolve("call.txt");
        Files.writeString(page, """
                الوزير يبحث مع نظيره هاتفيا تطورات المنطقة
                تلقى وزير الخارجية اليوم الخميس اتصالا هاتفيا من نظيره، بحثا خلاله تطورات المنطقة والعلاقات الثنائية.
                """);
        JsonNode alone = Cli.run("import", "--json", "--dry-run", "--content", content.toString(), page.toString()).json().get(0);
        assertThat(alone.get("date").isNull()).isTrue();
        assertThat(alone.get("warnings").toString()).contains("found «اليوم الخميس» but no publication date to read them against");
        JsonNode given = Cli.run("import", "--json", "--dry-run", "--content", content.toString(), "--published", "2024-05-30",
                page.toString()).json().get(0);
        assertThat(given.get("date").asText()).isEqualTo("2024-05-30");
        assertThat(given.get("date_evidence").asText()).isEqualTo("اليوم الخميس");
        assertThat(given.get("date_confidence").asDouble()).isEqualTo(0.95);
        Cli bad = Cli.run("import", "--content", content.toString(), "--published", "30/05/2024", page.toString());
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("--published: not a date (YYYY-MM-DD): 30/05/2024");
    }

    @Test
    void jsonHasOneObjectPerInputWithTheDocumentedFields() throws Exception {
        Path content = Cli.content(dir);
        String in = Cli.input(dir, "a.txt", ARTICLE);
        Cli run = Cli.run("import", "--json", "--dry-run", "--content", content.toString(), in);
        assertThat(run.exit()).isZero();
        JsonNode a = run.json();
        assertThat(a.isArray()).isTrue();
        assertThat(a).hasSize(1);
        List<String> fields = new ArrayList<>();
        a.get(0).fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsAll(ReviewTable.keys());
        JsonNode o = a.get(0);
        assertThat(o.get("file").asText()).isEqualTo("a.txt");
        assertThat(o.get("path").isNull()).isTrue();
        assertThat(o.get("published").asText()).isEqualTo("2021-03-09");
        assertThat(o.get("date").asText()).isEqualTo("2021-03-09");
        assertThat(o.get("date_evidence").asText()).isEqualTo("اليوم الثلاثاء");
        assertThat(o.get("place").asText()).isEqualTo("الدوحة");
        assertThat(o.get("kind").asText()).isEqualTo("meeting");
        assertThat(o.get("event").asText()).isEqualTo("2021-03-09-doha");
        assertThat(o.get("topics").get(0).asText()).isEqualTo("syria");
        assertThat(o.get("outlet").isNull()).isTrue();
        assertThat(o.get("confidence").asDouble()).isBetween(0.0, 1.0);
        assertThat(o.get("body").asText()).startsWith("التقى الوزيران");
    }

    @Test
    void dryRunWritesNothing() throws Exception {
        Path content = Cli.content(dir);
        String in = Cli.input(dir, "a.txt", ARTICLE);
        Cli run = Cli.run("import", "--dry-run", "--content", content.toString(), in);
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("dry run").contains("?  (fill in)");
        assertThat(content.resolve("articles")).doesNotExist();
        assertThat(content.resolve("events")).doesNotExist();
    }

    @Test
    void theReviewTableShowsWhatWasInferredAndWhatIsMissing() throws Exception {
        Path content = Cli.content(dir);
        String in = Cli.input(dir, "a.txt", ARTICLE);
        Cli run = Cli.run("import", "--content", content.toString(), in);
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("a.txt  →  ").contains("2021-03-09  ← «اليوم الثلاثاء»")
                .contains("outlet     ?  (fill in)").contains("confidence").contains("1 imported");
    }

    @Test
    void writtenTitlesRoundTripThroughYaml() throws Exception {
        Path content = Cli.content(dir);
        String in = Cli.input(dir, "a.txt", ARTICLE);
        JsonNode o = Cli.run("import", "--json", "--content", content.toString(), in).json().get(0);
        Path written = Path.of(o.get("path").asText());
        assertThat(written).exists();
        assertThat(written.getFileName().toString()).matches("2021-03-09-doha-[a-z0-9-]+\\.md");
        ExistingContent.Article back = ExistingContent.parseArticle("x.md", Files.readString(written));
        assertThat(back.title()).isEqualTo("الوزير: \"لا حل عسكرياً\" في سوريا – قراءة في #المحادثات: 100% صراحة");
        assertThat(back.event()).isEqualTo("2021-03-09-doha");
        assertThat(back.date()).hasToString("2021-03-09");
        assertThat(content.resolve("events/2021-03-09-doha.yaml")).exists();
        assertThat(content.resolve("articles").toFile().list()).noneMatch(n -> n.endsWith(".tmp"));
    }

    @Test
    void importingTheSameFileTwiceIsRefused() throws Exception {
        Path content = Cli.content(dir);
        String in = Cli.input(dir, "a.txt", ARTICLE);
        assertThat(Cli.run("import", "--content", content.toString(), in).exit()).isZero();
        Cli again = Cli.run("import", "--json", "--content", content.toString(), in);
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.json().get(0).get("error").asText()).contains("already imported as articles/2021-03-09-doha");
        assertThat(again.err()).contains("a.txt: error: already imported");
        assertThat(content.resolve("articles").toFile().list()).hasSize(1);
    }

    @Test
    void forceReimportsOverTheSameFile() throws Exception {
        Path content = Cli.content(dir);
        String in = Cli.input(dir, "a.txt", ARTICLE);
        String first = Cli.run("import", "--json", "--content", content.toString(), in).json().get(0).get("path").asText();
        Files.writeString(Path.of(first), Files.readString(Path.of(first)).replace("title:", "place_note: \"edited\"\ntitle:"));
        Cli again = Cli.run("import", "--json", "--force", "--content", content.toString(), in);
        assertThat(again.exit()).isZero();
        assertThat(again.json().get(0).get("path").asText()).isEqualTo(first);
        assertThat(Files.readString(Path.of(first))).doesNotContain("edited");
        assertThat(content.resolve("articles").toFile().list()).hasSize(1);
    }

    @Test
    void anExistingFileIsNeverOverwrittenWithoutForce() throws Exception {
        Path content = Cli.content(dir);
        String in = Cli.input(dir, "a.txt", ARTICLE);
        Path occupied = Path.of(Cli.run("import", "--json", "--content", content.toString(), in).json().get(0)
                .get("path").asText());
        Files.writeString(occupied, "not front matter, but the editor's file\n");
        Cli run = Cli.run("import", "--json", "--content", content.toString(), in);
        assertThat(run.exit()).isZero();
        assertThat(Files.readString(occupied)).isEqualTo("not front matter, but the editor's file\n");
        assertThat(run.json().get(0).get("path").asText()).endsWith("-2.md");
    }

    @Test
    void urlGivesSourceOutletAndDate() throws Exception {
        Path content = Cli.content(dir);
        String in = Cli.input(dir, "a.txt", """
                شكري ولافروف يبحثان هاتفيا تطورات الأوضاع في ليبيا
                بحث وزير الخارجية في اتصال هاتفي اليوم الثلاثاء مع نظيره الروسي تطورات الأوضاع في ليبيا وسبل دعم المسار السياسي.
                """);
        Cli run = Cli.run("import", "--json", "--content", content.toString(), "--url",
                "https://www.youm7.com/story/2020/9/22/%D8%B4%D9%83%D8%B1%D9%89/4990000", in);
        JsonNode o = run.json().get(0);
        assertThat(o.get("outlet").asText()).isEqualTo("اليوم السابع");
        assertThat(o.get("published").asText()).isEqualTo("2020-09-22");
        assertThat(o.get("date").asText()).isEqualTo("2020-09-22");
        assertThat(o.get("event").asText()).isEqualTo("2020-09-22-call");
        assertThat(Files.readString(Path.of(o.get("path").asText()))).contains("source_url: \"https://www.youm7.com/story/2020/9/22/");
    }

    @Test
    void usageErrorsExitTwoAndInputErrorsExitOne() throws Exception {
        Path content = Cli.content(dir);
        assertThat(Cli.run("import").exit()).isEqualTo(2);
        assertThat(Cli.run("import", "--nope", "x.txt").exit()).isEqualTo(2);
        String a = Cli.input(dir, "a.txt", ARTICLE);
        String b = Cli.input(dir, "b.txt", ARTICLE.replace("الدوحة", "جنيف"));
        assertThat(Cli.run("import", "--url", "https://example.org/x", "--content", content.toString(), a, b).exit()).isEqualTo(2);
        Cli missing = Cli.run("import", "--content", content.toString(), dir.resolve("missing.txt").toString());
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).contains("missing.txt: error: cannot read");
    }

    @Test
    void windows1256TextIsReadAndAPageWithoutArticleIsRefused() throws Exception {
        Path content = Cli.content(dir);
        Path cp1256 = dir.resolve("old.txt");
        Files.write(cp1256, ARTICLE.getBytes(java.nio.charset.Charset.forName("windows-1256")));
        Cli ok = Cli.run("import", "--json", "--dry-run", "--content", content.toString(), cp1256.toString());
        assertThat(ok.exit()).isZero();
        assertThat(ok.json().get(0).get("date").asText()).isEqualTo("2021-03-09");
        String empty = Cli.input(dir, "menu.txt", "الرئيسية\nأخبار\n1234\n");
        Cli refused = Cli.run("import", "--json", "--dry-run", "--content", content.toString(), empty);
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.json().get(0).get("error").asText()).contains("no article text");
    }

    @Test
    void aPageTooLongForTheBuildIsRefusedAndNothingIsWritten() throws Exception {
        Path content = Cli.content(dir);
        StringBuilder page = new StringBuilder(ARTICLE);
        for (int i = 0; i < 1_500; i++) {
            page.append("وأضاف الوزير في حديثه الطويل عن المحادثات أن الجانبين ناقشا المسألة رقم ").append(i)
                    .append(" من جدول الأعمال بالتفصيل.\n\n");
        }
        String huge = Cli.input(dir, "huge.txt", page.toString());
        long before;
        try (var files = Files.walk(content)) {
            before = files.count();
        }
        Cli refused = Cli.run("import", "--json", "--content", content.toString(), huge);
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.json().get(0).get("error").asText())
                .contains("characters long; the limit is 100,000 after its clutter is removed: refused");
        try (var files = Files.walk(content)) {
            assertThat(files.count()).isEqualTo(before);
        }
    }
}
