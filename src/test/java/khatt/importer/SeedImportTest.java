package khatt.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The five raw seed pages, imported into an empty content directory, give the curated events. */
class SeedImportTest {

    static final String[] SEEDS = {
        "seeds/000_31e7148ea1404713.txt", "seeds/001_2b9cbaac1e6354ee.txt", "seeds/002_35a5180d63e7b702.txt",
        "seeds/003_e73266ae6989a505.txt", "seeds/004_be376afabfe466ac.txt",
    };

    @TempDir
    Path dir;

    @Test
    void seedsGiveTheThreeCuratedEvents() throws Exception {
        Path content = Cli.content(dir);
        List<String> files = Cli.inputs(dir, SEEDS);
        Cli run = Cli.run(Cli.args(List.of("import", "--json", "--content", content.toString()), files));
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode a = run.json();
        assertThat(a).hasSize(5);

        // 000 and 001: the Washington press conference of 10 December 2019
        assertArticle(a.get(0), "2019-12-10-washington", "2019-12-10", "واشنطن", "meeting");
        assertArticle(a.get(1), "2019-12-10-washington", "2019-12-10", "واشنطن", "meeting");
        assertThat(a.get(0).get("published").asText()).isEqualTo("2019-12-10");
        assertThat(a.get(0).get("outlet").asText()).isEqualTo("ليبانون فايلز");
        assertThat(a.get(1).get("outlet").asText()).isEqualTo("RT + وكالات");
        assertThat(a.get(1).get("published").isNull()).isTrue();
        assertThat(a.get(0).get("confidence").asDouble()).isGreaterThan(a.get(1).get("confidence").asDouble());

        // 002 and 004: Sochi, 14 May 2019; 004 has no date and no place of its own
        assertArticle(a.get(2), "2019-05-14-sochi", "2019-05-14", "سوتشي", "meeting");
        assertArticle(a.get(4), "2019-05-14-sochi", "2019-05-14", "سوتشي", "meeting");
        assertThat(a.get(2).get("date_evidence").asText()).isEqualTo("اليوم الثلاثاء");
        assertThat(a.get(4).get("confidence").asDouble()).isLessThan(a.get(2).get("confidence").asDouble());
        assertThat(a.get(4).get("outlet").asText()).isEqualTo("RT");

        // 003: the phone call of Monday 13 July 2020, published the 14th
        assertArticle(a.get(3), "2020-07-13-call", "2020-07-13", "عبر الهاتف", "call");
        assertThat(a.get(3).get("published").asText()).isEqualTo("2020-07-14");
        assertThat(a.get(3).get("date_evidence").asText()).isEqualTo("اليوم الإثنين");

        // titles are the headlines
        assertThat(a.get(0).get("title").asText()).isEqualTo("لقاء بومبيو-لافروف: للتعاون حول ليبيا واليمن وتسوية فلسطينية إسرائيلية");
        assertThat(a.get(2).get("title").asText()).isEqualTo("لافروف وبومبيو يتفقان على استئناف الاتصالات الروسية الأميركية");
        assertThat(a.get(4).get("title").asText()).isEqualTo("لافروف يقدم لبومبيو مذكرة حول تدخل واشنطن في شؤون روسيا");

        // topics from the taxonomy's keywords
        assertThat(topics(a.get(2))).contains("iran-nuclear", "syria", "ukraine", "venezuela", "afghanistan",
                "north-korea", "bilateral-relations", "election-interference");
        assertThat(topics(a.get(3))).contains("libya", "syria", "afghanistan", "unsc-p5", "arms-control");
        assertThat(topics(a.get(4))).contains("election-interference", "arms-control", "cyber-security", "bilateral-relations");
        assertThat(topics(a.get(0))).contains("libya", "yemen", "palestine-israel", "north-korea", "arms-control",
                "election-interference", "terrorism", "trade", "ukraine");

        // other dates named in the text
        assertThat(mentioned(a.get(2))).contains("3 مايو/أيار الحالي=2019-05-03", "6 مايو/أيار=2019-05-06",
                "يونيو/حزيران المقبل=2019-06");
        assertThat(mentioned(a.get(4))).contains("عام 1987=1987", "فبراير عام 2021=2021-02");
        assertThat(mentioned(a.get(3))).noneMatch(m -> m.endsWith("=2020-07-13"));

        // files: one article per input, three events
        List<Path> articles;
        try (Stream<Path> s = Files.list(content.resolve("articles"))) {
            articles = s.sorted().toList();
        }
        assertThat(articles).hasSize(5);
        try (Stream<Path> s = Files.list(content.resolve("events"))) {
            assertThat(s.map(p -> p.getFileName().toString()).sorted().toList())
                    .containsExactly("2019-05-14-sochi.yaml", "2019-12-10-washington.yaml", "2020-07-13-call.yaml");
        }
        JsonNode sochi = new ObjectMapper(new YAMLFactory()).readTree(content.resolve("events/2019-05-14-sochi.yaml").toFile());
        assertThat(sochi.get("date").asText()).isEqualTo("2019-05-14");
        assertThat(sochi.get("place").asText()).isEqualTo("سوتشي");
        assertThat(sochi.get("kind").asText()).isEqualTo("meeting");
    }

    @Test
    void oneAtATimeIntoASiteThatHasTheEventsGivesTheSameResult() throws Exception {
        Path content = Cli.content(dir);
        List<String> files = Cli.inputs(dir, SEEDS);
        // the dated articles first, one per run, then the undated ones
        for (int i : new int[] {2, 0, 3, 4, 1}) {
            Cli run = Cli.run("import", "--json", "--content", content.toString(), files.get(i));
            assertThat(run.exit()).as(run.err()).isZero();
            JsonNode a = run.json().get(0);
            String expected = switch (i) {
                case 0, 1 -> "2019-12-10-washington";
                case 2, 4 -> "2019-05-14-sochi";
                default -> "2020-07-13-call";
            };
            assertThat(a.get("event").asText()).as(files.get(i)).isEqualTo(expected);
            assertThat(a.get("date").asText()).isEqualTo(expected.substring(0, 10));
        }
    }

    @Test
    void theUndatedSochiReportJoinsItsEventInSmallRunsToo() throws Exception {
        Path content = Cli.content(dir);
        List<String> files = Cli.inputs(dir, SEEDS);
        JsonNode two = Cli.run("import", "--json", "--dry-run", "--content", content.toString(), files.get(2), files.get(4)).json();
        assertThat(two.get(1).get("event").asText()).isEqualTo("2019-05-14-sochi");
        JsonNode three = Cli.run("import", "--json", "--dry-run", "--content", content.toString(), files.get(1), files.get(4),
                files.get(2)).json();
        assertThat(three.get(1).get("event").asText()).isEqualTo("2019-05-14-sochi");
        // 001 alone: a Tuesday, but which one? A provisional event of its own, named after its file
        assertThat(three.get(0).get("date").isNull()).isTrue();
        assertThat(three.get(0).get("event").asText()).startsWith("undated-");
    }

    @Test
    void rawSeedsImportedIntoAnEmptySitePassCheckAndBuildTheThreeEvents() throws Exception {
        Path content = Cli.content(dir);
        List<String> files = Cli.inputs(dir, SEEDS);
        // 001 first and alone: a Tuesday, but which one? It waits for review instead of breaking the site
        Cli first = Cli.run("import", "--json", "--content", content.toString(), files.get(1));
        assertThat(first.json().get(0).get("draft").asBoolean()).isTrue();
        assertThat(first.json().get(0).get("review").get(0).asText()).contains("event date unknown", "Tuesday");
        Cli waiting = Cli.run("check", "--content", content.toString());
        assertThat(waiting.exit()).as(waiting.err()).isZero();
        assertThat(waiting.err()).contains("waiting for review");

        // 000, the dated report of the same Tuesday meeting in Washington, files the draft under its event
        Path draft;
        try (Stream<Path> s = Files.list(content.resolve("articles"))) {
            draft = s.filter(p -> p.getFileName().toString().startsWith("undated-")).findFirst().orElseThrow();
        }
        for (int i : new int[] {0, 2, 3, 4}) {
            assertThat(Cli.run("import", "--content", content.toString(), files.get(i)).exit()).isZero();
        }
        assertThat(Files.readString(draft)).contains("date: 2019-12-10\nevent: 2019-12-10-washington\n").doesNotContain("draft:");
        Cli check = Cli.run("check", "--content", content.toString());
        assertThat(check.exit()).as(check.err()).isZero();
        assertThat(check.out()).startsWith("5 articles, 3 events: 0 error(s), 0 warning(s)");

        Path out = dir.resolve("site");
        Cli build = Cli.run("build", "--content", content.toString(), "--out", out.toString());
        assertThat(build.exit()).as(build.err()).isZero();
        try (Stream<Path> s = Files.list(out.resolve("events"))) {
            assertThat(s.map(p -> p.getFileName().toString()).sorted().toList())
                    .containsExactly("2019-05-14-sochi", "2019-12-10-washington", "2020-07-13-call");
        }
        String washington = Files.readString(out.resolve("events/2019-12-10-washington/index.html"));
        assertThat(washington).contains("2019-12-10", "لقاء بومبيو-لافروف");
        String sochi = Files.readString(out.resolve("events/2019-05-14-sochi/index.html"));
        assertThat(sochi).contains("لافروف وبومبيو يتفقان على استئناف الاتصالات", "لافروف يقدم لبومبيو مذكرة");

    }

    static void assertArticle(JsonNode a, String event, String date, String place, String kind) {
        assertThat(a.get("event").asText()).as(a.get("file").asText()).isEqualTo(event);
        assertThat(a.get("date").asText()).as(a.get("file").asText()).isEqualTo(date);
        if (place == null) {
            assertThat(a.get("place").isNull()).as(a.get("file").asText()).isTrue();
        } else {
            assertThat(a.get("place").asText()).as(a.get("file").asText()).isEqualTo(place);
        }
        assertThat(a.get("kind").asText()).as(a.get("file").asText()).isEqualTo(kind);
    }

    static List<String> topics(JsonNode a) {
        List<String> t = new ArrayList<>();
        a.get("topics").forEach(n -> t.add(n.asText()));
        return t;
    }

    static List<String> mentioned(JsonNode a) {
        List<String> t = new ArrayList<>();
        a.get("mentioned_dates").forEach(n -> t.add(n.get("text").asText() + "=" + n.get("date").asText()));
        return t;
    }
}
