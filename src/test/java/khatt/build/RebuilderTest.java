package khatt.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Incremental rebuilds: a change redoes what it affects, and nothing else. */
class RebuilderTest {

    @TempDir
    Path dir;

    Path content;
    Path out;
    Rebuilder rebuilder;

    @BeforeEach
    void buildTheRealSite() throws IOException {
        content = dir.resolve("content");
        copyTree(Path.of("content"), content);
        out = dir.resolve("site-output");
        rebuilder = new Rebuilder(new BuildOptions(content, out, dir.resolve("templates"), null), new ReentrantLock());
        Rebuilder.Result first = rebuilder.build();
        assertThat(first.failed()).as(first.report().diagnostics().toString()).isFalse();
    }

    @Test
    void editingAParagraphRewritesOnlyItsEventPage() throws IOException {
        Path article = content.resolve("articles/2019-05-14-sochi-rt.md");
        replace(article, "ومنع سباق التسلح", "ومنع سباق التسلح النووي");

        Rebuilder.Result result = rebuilder.update(Set.of(article));

        assertThat(result.changed()).containsExactly("events/2019-05-14-sochi/index.html");
        assertThat(Files.readString(out.resolve("events/2019-05-14-sochi/index.html"))).contains("ومنع سباق التسلح النووي");
    }

    @Test
    void editingATitleRewritesItsEventPageAndTheExport() throws IOException {
        Path article = content.resolve("articles/2019-05-14-sochi-rt.md");
        replace(article, "title: \"لافروف يقدم لبومبيو", "title: \"لافروف يسلم بومبيو");

        Rebuilder.Result result = rebuilder.update(Set.of(article));

        assertThat(result.changed()).filteredOn(path -> !path.startsWith("search/"))
                .containsExactlyInAnyOrder("events/2019-05-14-sochi/index.html", "data/events.json",
                        "events/2019-05-14-sochi/cite.ris", "events/2019-05-14-sochi/cite.bib", "events/2019-05-14-sochi/cite.json");
        assertThat(result.changed()).as("the search index shards of the new title's words")
                .filteredOn(path -> path.startsWith("search/")).isNotEmpty().allMatch(path -> path.startsWith("search/t-"));
    }

    @Test
    void aNewEventAppearsWithItsNeighboursTopicsAndTimeline() throws IOException {
        Path article = content.resolve("articles/2019-06-01-call.md");
        Files.writeString(article, """
                ---
                title: "لافروف وبومبيو يبحثان هاتفيا الأوضاع في فنزويلا"
                date: 2019-06-01
                kind: call
                topics: [venezuela]
                ---
                بحث وزير الخارجية الروسي سيرغي لافروف مع نظيره الأمريكي مايك بومبيو هاتفيا الأوضاع في فنزويلا.
                """, StandardCharsets.UTF_8);

        Rebuilder.Result result = rebuilder.update(Set.of(article));

        assertThat(result.failed()).isFalse();
        assertThat(result.changed()).contains("events/2019-06-01-call/index.html", "events/2019-05-14-sochi/index.html",
                "events/2019-12-10-washington/index.html", "index.html", "topics/venezuela/index.html", "topics/index.html",
                "feed.xml", "sitemap.xml", "data/events.json");
        assertThat(result.changed()).doesNotContain("events/2020-07-13-call/index.html", "topics/libya/index.html", "404.html");
        assertThat(out.resolve("events/2019-06-01-call/index.html")).exists();

        Files.delete(article);
        Rebuilder.Result removed = rebuilder.update(Set.of(article));
        assertThat(removed.changed()).contains("events/2019-06-01-call/index.html");
        assertThat(out.resolve("events/2019-06-01-call")).doesNotExist();
    }

    @Test
    void anErrorKeepsTheLastGoodSiteAndIsRememberedUntilFixed() throws IOException {
        Path article = content.resolve("articles/2019-05-14-sochi-rt.md");
        String good = Files.readString(out.resolve("events/2019-05-14-sochi/index.html"));
        replace(article, "ومنع سباق التسلح", "ومنع سباق التسلح النووي");
        replace(article, "date: 2019-05-14", "date: 2019-05-99");

        Rebuilder.Result broken = rebuilder.update(Set.of(article));
        assertThat(broken.failed()).isTrue();
        assertThat(broken.report().diagnostics().get(0).format()).endsWith("2019-05-14-sochi-rt.md:3:7: error: impossible date '2019-05-99' in 'date'");
        assertThat(Files.readString(out.resolve("events/2019-05-14-sochi/index.html"))).isEqualTo(good);

        replace(article, "date: 2019-05-99", "date: 2019-05-14");
        Rebuilder.Result fixed = rebuilder.update(Set.of(article));
        assertThat(fixed.failed()).isFalse();
        assertThat(fixed.changed()).containsExactly("events/2019-05-14-sochi/index.html");
    }

    @Test
    void aTemplateChangeRedoesEveryPage() throws IOException {
        Path templates = dir.resolve("templates");
        Files.createDirectories(templates);
        Files.writeString(templates.resolve("404.ftlh"), "<#import \"layout.ftlh\" as layout><@layout.page meta=meta><p>ضاعت الصفحة</p></@layout.page>");

        Rebuilder.Result result = rebuilder.update(Set.of(templates.resolve("404.ftlh")));

        assertThat(result.failed()).as(result.report().diagnostics().toString()).isFalse();
        assertThat(Files.readString(out.resolve("404.html"))).contains("ضاعت الصفحة");
    }

    @Test
    void warningsOfEventsAChangeDidNotTouchAreStillReported() throws IOException {
        Path contradictions = dir.resolve("contradictions");
        copyTree(Path.of("src/test/resources/invalid/contradictions/content"), contradictions);
        Path unrelated = contradictions.resolve("articles/2020-07-13-call.md");
        Files.writeString(unrelated, "---\ntitle: \"اتصال هاتفي\"\ndate: 2020-07-13\nkind: call\n---\nبحث الوزيران هاتفيا الأوضاع.\n");
        Rebuilder other = new Rebuilder(new BuildOptions(contradictions, dir.resolve("out2"), dir.resolve("templates"), null),
                new ReentrantLock());
        assertThat(other.build().report().diagnostics()).hasSize(3);

        replace(unrelated, "الأوضاع", "الأوضاع في سوريا");
        Rebuilder.Result result = other.update(Set.of(unrelated));

        assertThat(result.report().diagnostics()).hasSize(3)
                .allMatch(d -> d.file().endsWith("2019-05-14-sochi-tass.md") && !d.isError());
    }

    @Test
    void copiedTextIsReportedAfterAnEditAsAFreshBuildReportsIt() throws IOException {
        Path original = content.resolve("articles/2019-05-14-sochi-rt.md");
        Path copy = content.resolve("articles/2020-07-13-call-sputnik.md");
        String copyBefore = Files.readString(copy, StandardCharsets.UTF_8);
        String body = Files.readString(original, StandardCharsets.UTF_8).split("\n---\n", 2)[1];
        Files.writeString(copy, copyBefore.split("\n---\n", 2)[0] + "\n---\n" + body, StandardCharsets.UTF_8);

        Rebuilder.Result copied = rebuilder.update(Set.of(copy));
        assertThat(copied.report().diagnostics()).anyMatch(d -> d.file().equals(copy) && d.message().contains("near-identical"))
                .isEqualTo(freshBuild(dir.resolve("fresh-copied")).report().diagnostics());

        Files.writeString(copy, copyBefore, StandardCharsets.UTF_8);
        Rebuilder.Result restored = rebuilder.update(Set.of(copy));
        assertThat(restored.report().diagnostics()).noneMatch(d -> d.message().contains("near-identical"))
                .isEqualTo(freshBuild(dir.resolve("fresh-restored")).report().diagnostics());
    }

    @Test
    void afterEditsOfTitlesSettingsAndTopicsEveryFileIsWhatAFreshBuildMakes() throws IOException {
        Path article = content.resolve("articles/2019-05-14-sochi-rt.md");
        replace(article, "title: \"لافروف يقدم لبومبيو", "title: \"لافروف يسلم بومبيو");
        assertSameAsFreshBuild(rebuilder.update(Set.of(article)));

        Path event = content.resolve("events/2020-07-13-call.yaml");
        replace(event, "title: \"اتصال هاتفي بين", "title: \"مكالمة بين");
        assertSameAsFreshBuild(rebuilder.update(Set.of(event)));

        Path topics = content.resolve("topics.yaml");
        replace(topics, "label: \"ليبيا\"", "label: \"الأزمة الليبية\"");
        assertSameAsFreshBuild(rebuilder.update(Set.of(topics)));

        Path settings = content.resolve("site.yaml");
        replace(settings, "digits: arabic", "digits: western");
        assertSameAsFreshBuild(rebuilder.update(Set.of(settings)));
    }

    private void assertSameAsFreshBuild(Rebuilder.Result update) throws IOException {
        assertThat(update.failed()).as(update.report().diagnostics().toString()).isFalse();
        assertThat(update.changed()).isNotEmpty();
        Path fresh = Files.createTempDirectory(dir, "fresh-").resolve("site-output");
        assertThat(freshBuild(fresh).failed()).isFalse();
        assertThat(SiteFiles.list(out)).isEqualTo(SiteFiles.list(fresh));
        for (String file : SiteFiles.list(fresh)) {
            assertThat(Arrays.equals(Files.readAllBytes(out.resolve(file)), Files.readAllBytes(fresh.resolve(file))))
                    .as("%s as a fresh build makes it", file).isTrue();
        }
    }

    /** A build from scratch of the content as it is now, into {@code site}. */
    private Rebuilder.Result freshBuild(Path site) {
        return new Rebuilder(new BuildOptions(content, site, dir.resolve("templates"), null), new ReentrantLock()).build();
    }

    static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }
}
