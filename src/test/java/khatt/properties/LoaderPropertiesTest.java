package khatt.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import khatt.build.BuildOptions;
import khatt.build.BuildReport;
import khatt.build.SiteBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Whatever an article file holds, check reads it without an exception: every problem is a diagnostic
 * with a place. The loader (front matter and body) and the checks after it, on generated files.
 */
class LoaderPropertiesTest {

    private static final List<String> KEYS = List.of("title", "date", "event", "place", "kind", "outlet", "published",
            "source_url", "topics", "mentioned_dates", "x");
    private static final List<String> VALUES = List.of("2019-05-14", "-0001-01-01", "+12019-05-14", "2019-02-30", "0000-01-01",
            "9999-12-31", "2019-05", "[syria, mars]", "[{text: a, date: 2019-13}]", "{a: b}", "*p", "&p x", "\"\u202Eخبر\"",
            "https://x.org/a", "javascript:alert(1)", "null", "~", "[", "'", "\"", "|", ">", "!!binary AAAA", "- a",
            "2019-05-14T25:00:00Z");
    /** Lines of fields with plausible and implausible values. */
    private static final Gen<String> FRONT_MATTER = Texts.joined(Texts.oneOf(KEYS).zip(
            Generate.oneOf(Texts.oneOf(VALUES), Texts.of("abc:-[]{}'\"#&*!|>%@`, \tسوريا0129", 30)), (key, value) -> key + ": " + value),
            8, "\n");
    /** Markdown's syntax, and the shapes that once overflowed the stack or took minutes. */
    private static final Gen<String> BODY = Generate.oneOf(Texts.of("<>/=\"'&#*_`[]()!\\-+.:;\n \tabcمخط0129", 400),
            integers().between(1, 2000).map(n -> ">".repeat(n) + " x"),
            integers().between(1, 2000).map(n -> "- ".repeat(n) + "x"),
            integers().between(1, 600).map("[a]("::repeat));

    @TempDir
    Path dir;

    @BeforeEach
    void site() throws IOException {
        Files.createDirectories(dir.resolve("content/articles"));
        Files.writeString(dir.resolve("content/topics.yaml"), "- id: syria\n  label: \"سوريا\"\n  keywords: [\"سوريا\"]\n");
    }

    @Test
    void anyArticleFileIsReadWithoutAnException() {
        qt().withExamples(200).forAll(FRONT_MATTER, BODY).checkAssert((frontMatter, body) -> {
            String text = "---\n" + frontMatter + "\n---\n" + body;
            write(text.getBytes(StandardCharsets.UTF_8));
            check().diagnostics().forEach(d -> assertThat(d.message()).as(text).isNotBlank());
        });
    }

    @Test
    void anyBytesAreReadWithoutAnException() {
        qt().withExamples(50).forAll(Texts.bytes(400)).checkAssert(bytes -> {
            write(bytes);
            assertThat(check()).isNotNull();
        });
    }

    private void write(byte[] bytes) {
        try {
            Files.write(dir.resolve("content/articles/a.md"), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private BuildReport check() {
        return new SiteBuilder().check(new BuildOptions(dir.resolve("content"), null, dir.resolve("none"), null));
    }
}
