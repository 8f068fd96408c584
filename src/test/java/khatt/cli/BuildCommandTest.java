package khatt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildCommandTest {

    @TempDir
    Path dir;

    private record Result(int code, String out, String err) {}

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Result(code, out.toString(), err.toString());
    }

    private Path site(String articleText) throws IOException {
        Path content = dir.resolve("content");
        Files.createDirectories(content.resolve("articles"));
        Files.writeString(content.resolve("topics.yaml"), "- id: syria\n  label: \"سوريا\"\n  keywords: [\"سوريا\"]\n");
        Files.writeString(content.resolve("articles/one.md"), articleText);
        return content;
    }

    @Test
    void buildPrintsOneSummaryLineAndExitsZero() throws IOException {
        Path content = site("---\ntitle: \"خبر\"\ndate: 2019-05-14\n---\nعن سوريا.\n");
        Result result = run("build", "--content", content.toString(), "--out", dir.resolve("out").toString(),
                "--templates", dir.resolve("none").toString());
        assertThat(result.code()).isZero();
        assertThat(result.out()).matches("1 articles, 1 events, \\d+ pages written in \\d+ ms\\R");
        assertThat(dir.resolve("out/index.html")).exists();
        assertThat(dir.resolve("out/assets/style.css")).as("built-in assets without a templates folder").exists();
    }

    @Test
    void aFailedBuildReportsEveryErrorAndLeavesOutputAndContentAlone() throws IOException {
        Path content = site("---\ntitle: \"خبر\"\ndate: 2019-05-14\n---\nنص.\n");
        Path out = dir.resolve("out");
        assertThat(run("build", "--content", content.toString(), "--out", out.toString()).code()).isZero();
        Map<String, byte[]> before = snapshot(out);
        Map<String, byte[]> contentBefore;

        Files.writeString(content.resolve("articles/one.md"), "---\ndate: 2019-02-30\ntopics: [mars]\n---\nنص.\n");
        Files.writeString(content.resolve("articles/two.md"), "---\ntitle: \"x\"\ndate: [\n---\n");
        contentBefore = snapshot(content);
        Result result = run("build", "--content", content.toString(), "--out", out.toString());

        assertThat(result.code()).isEqualTo(1);
        String one = content.resolve("articles/one.md").toString();
        assertThat(result.err()).contains(
                one + ":2:7: error: impossible date '2019-02-30' in 'date'",
                one + ":2:1: error: missing 'title'",
                one + ":3:10: error: unknown topic 'mars'",
                content.resolve("articles/two.md") + ":3:",
                "build failed: 4 error(s)");
        assertThat(snapshot(out)).as("the last good site survives").containsExactlyInAnyOrderEntriesOf(before);
        assertThat(snapshot(content)).as("content/ is never written").containsExactlyInAnyOrderEntriesOf(contentBefore);
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).as("no staging folder left").containsExactlyInAnyOrder("content", "out");
        }
    }

    @Test
    void twoBuildsAreByteIdenticalWhateverTheZoneAndLocale() throws IOException {
        Path content = Path.of("content");
        Path first = dir.resolve("first");
        Path second = dir.resolve("second");
        TimeZone zone = TimeZone.getDefault();
        Locale locale = Locale.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
            Locale.setDefault(Locale.forLanguageTag("ar-EG"));
            assertThat(run("build", "--content", content.toString(), "--out", first.toString()).code()).isZero();
            TimeZone.setDefault(TimeZone.getTimeZone("Asia/Tokyo"));
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertThat(run("build", "--content", content.toString(), "--out", second.toString()).code()).isZero();
        } finally {
            TimeZone.setDefault(zone);
            Locale.setDefault(locale);
        }
        Map<String, byte[]> a = snapshot(first);
        Map<String, byte[]> b = snapshot(second);
        assertThat(b.keySet()).isEqualTo(a.keySet());
        a.forEach((file, bytes) -> assertThat(new String(b.get(file), java.nio.charset.StandardCharsets.UTF_8)).as(file)
                .isEqualTo(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void helpListsTheCommandsAndUnknownOptionsAreUsageErrors() {
        assertThat(run("--help").out()).contains("build", "check");
        assertThat(run("build", "--no-such-option").code()).isEqualTo(2);
    }

    private static Map<String, byte[]> snapshot(Path root) throws IOException {
        Map<String, byte[]> files = new HashMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }

    @Test
    void endsWithOneSummaryLineAndWritesNoLiveReload(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("site-output");
        CheckCommandTest.Run run = CheckCommandTest.khatt("build", "--out", out.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).matches("5 articles, 3 events, \\d+ pages written in \\d+ ms\\R");
        assertThat(run.err()).isEmpty(); // no terminal here: no progress bar, no colours
        try (Stream<Path> files = Files.walk(out)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                assertThat(Files.readString(file, StandardCharsets.UTF_8)).doesNotContain("EventSource").doesNotContain("khatt-errors");
            }
        }
    }

    @Test
    void aTemplateErrorNamesTheTemplateLineAndTheEventBeingRendered(@TempDir Path dir) throws IOException {
        Path templates = dir.resolve("templates");
        Files.createDirectories(templates);
        Files.writeString(templates.resolve("event.ftlh"), """
                <#import "layout.ftlh" as layout>
                <@layout.page meta=meta>
                <h1>${event.titel}</h1>
                </@layout.page>
                """, StandardCharsets.UTF_8);
        Path out = dir.resolve("site-output");

        CheckCommandTest.Run run = CheckCommandTest.khatt("build", "--templates", templates.toString(), "--out", out.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains(templates.resolve("event.ftlh") + ":3:")
                .contains(": error: while rendering event '2019-05-14-sochi': ")
                .contains("build failed: 3 error(s); " + out + " was left as it was");
        assertThat(out).doesNotExist();
    }
}
