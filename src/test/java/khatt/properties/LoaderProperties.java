package khatt.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import khatt.build.BuildOptions;
import khatt.build.BuildReport;
import khatt.build.SiteBuilder;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Whatever an article file holds, check reads it without an exception: every problem is a diagnostic
 * with a place. A bounded fuzz of the loader (front matter and body) and of the checks after it.
 */
class LoaderProperties {

    private static Path dir;

    @BeforeContainer
    static void makeFolder() throws IOException {
        dir = Files.createTempDirectory("khatt-loader-properties");
        Files.createDirectories(dir.resolve("content/articles"));
        Files.writeString(dir.resolve("content/topics.yaml"), "- id: syria\n  label: \"سوريا\"\n  keywords: [\"سوريا\"]\n");
    }

    @AfterContainer
    static void removeFolder() throws IOException {
        try (var walk = Files.walk(dir)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    @Property(tries = 200)
    void anyArticleFileIsReadWithoutAnException(@ForAll("frontMatter") String frontMatter, @ForAll("body") String body) throws IOException {
        check("---\n" + frontMatter + "\n---\n" + body);
    }

    @Property(tries = 50)
    void anyBytesAreReadWithoutAnException(@ForAll byte[] bytes) throws IOException {
        Files.write(dir.resolve("content/articles/a.md"), bytes);
        assertThat(new SiteBuilder().check(new BuildOptions(dir.resolve("content"), null, dir.resolve("none"), null))).isNotNull();
    }

    private static void check(String text) throws IOException {
        Files.writeString(dir.resolve("content/articles/a.md"), text, StandardCharsets.UTF_8);
        BuildReport report = new SiteBuilder().check(new BuildOptions(dir.resolve("content"), null, dir.resolve("none"), null));
        report.diagnostics().forEach(d -> assertThat(d.message()).as(text).isNotBlank());
    }

    /** Lines of fields with plausible and implausible values. */
    @Provide
    Arbitrary<String> frontMatter() {
        Arbitrary<String> key = Arbitraries.of("title", "date", "event", "place", "kind", "outlet", "published", "source_url",
                "topics", "mentioned_dates", "x");
        Arbitrary<String> value = Arbitraries.oneOf(
                Arbitraries.of("2019-05-14", "-0001-01-01", "+12019-05-14", "2019-02-30", "0000-01-01", "9999-12-31", "2019-05",
                        "[syria, mars]", "[{text: a, date: 2019-13}]", "{a: b}", "*p", "&p x", "\"\u202Eخبر\"", "https://x.org/a",
                        "javascript:alert(1)", "null", "~", "[", "'", "\"", "|", ">", "!!binary AAAA", "- a", "2019-05-14T25:00:00Z"),
                Arbitraries.strings().withChars("abc:-[]{}'\"#&*!|>%@`, \tسوريا0129").ofMaxLength(30));
        Arbitrary<String> line = net.jqwik.api.Combinators.combine(key, value).as((k, v) -> k + ": " + v);
        return line.list().ofMaxSize(8).map(lines -> String.join("\n", lines));
    }

    @Provide
    Arbitrary<String> body() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("<>/=\"'&#*_`[]()!\\-+.:;\n \tabcمخط0129").ofMaxLength(400),
                Arbitraries.integers().between(1, 2000).map(n -> ">".repeat(n) + " x"),
                Arbitraries.integers().between(1, 2000).map(n -> "- ".repeat(n) + "x"),
                Arbitraries.integers().between(1, 600).map(n -> "[a](".repeat(n)));
    }
}
