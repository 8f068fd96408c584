package khatt.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import khatt.build.BuildOptions;
import khatt.build.BuildReport;
import khatt.build.SiteBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whatever an article file holds, check reads it without an exception: every problem is a diagnostic
 * with a place. A bounded fuzz of the loader (front matter and body) and of the checks after it.
 */
class LoaderPropertiesTest {

    private static final List<String> KEYS = List.of("title", "date", "event", "place", "kind", "outlet", "published",
            "source_url", "topics", "mentioned_dates", "x");
    private static final List<String> VALUES = List.of("2019-05-14", "-0001-01-01", "+12019-05-14", "2019-02-30", "0000-01-01",
            "9999-12-31", "2019-05", "[syria, mars]", "[{text: a, date: 2019-13}]", "{a: b}", "*p", "&p x", "\"\u202Eخبر\"",
            "https://x.org/a", "javascript:alert(1)", "null", "~", "[", "'", "\"", "|", ">", "!!binary AAAA", "- a",
            "2019-05-14T25:00:00Z");

    @TempDir
    Path dir;

    @BeforeEach
    void site() throws IOException {
        Files.createDirectories(dir.resolve("content/articles"));
        Files.writeString(dir.resolve("content/topics.yaml"), "- id: syria\n  label: \"سوريا\"\n  keywords: [\"سوريا\"]\n");
    }

    @Test
    void anyArticleFileIsReadWithoutAnException() throws IOException {
        Samples samples = new Samples(3);
        for (int i = 0; i < 200; i++) {
            String text = "---\n" + frontMatter(samples) + "\n---\n" + body(samples);
            Files.writeString(dir.resolve("content/articles/a.md"), text, StandardCharsets.UTF_8);
            check().diagnostics().forEach(d -> assertThat(d.message()).as(text).isNotBlank());
        }
    }

    @Test
    void anyBytesAreReadWithoutAnException() throws IOException {
        Samples samples = new Samples(4);
        for (int i = 0; i < 50; i++) {
            Files.write(dir.resolve("content/articles/a.md"), samples.bytes(400));
            assertThat(check()).isNotNull();
        }
    }

    private BuildReport check() {
        return new SiteBuilder().check(new BuildOptions(dir.resolve("content"), null, dir.resolve("none"), null));
    }

    /** Lines of fields with plausible and implausible values. */
    private static String frontMatter(Samples samples) {
        List<String> lines = new ArrayList<>();
        int count = samples.between(0, 8);
        for (int i = 0; i < count; i++) {
            String value = samples.between(0, 1) == 0 ? samples.oneOf(VALUES)
                    : samples.string("abc:-[]{}'\"#&*!|>%@`, \tسوريا0129", 30);
            lines.add(samples.oneOf(KEYS) + ": " + value);
        }
        return String.join("\n", lines);
    }

    private static String body(Samples samples) {
        return switch (samples.between(0, 3)) {
            case 0 -> samples.string("<>/=\"'&#*_`[]()!\\-+.:;\n \tabcمخط0129", 400);
            case 1 -> ">".repeat(samples.between(1, 2000)) + " x";
            case 2 -> "- ".repeat(samples.between(1, 2000)) + "x";
            default -> "[a](".repeat(samples.between(1, 600));
        };
    }
}
