package khatt.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import khatt.render.export.ShareCard;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Builds each site under {@code src/test/resources/golden/<case>/content} with the project's
 * {@code templates/} and compares every output file with {@code expected/}.
 * Run with {@code -Dgolden.update=true} to rewrite {@code expected/}, then review the diff.
 */
class GoldenSiteTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    @TempDir
    Path out;

    static Stream<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(GOLDEN)) {
            return dirs.map(d -> d.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void buildMatchesExpectedFiles(String name) throws IOException {
        Path dir = GOLDEN.resolve(name);
        Path site = out.resolve("site");
        BuildReport report = new SiteBuilder().build(new BuildOptions(dir.resolve("content"), site, Path.of("templates"), null));
        assertThat(report.diagnostics()).as("diagnostics").isEmpty();

        Path expected = dir.resolve("expected");
        if (Boolean.getBoolean("golden.update")) {
            SiteFiles.replace(site, expected);
            return;
        }
        assertThat(SiteFiles.list(site)).as("files written").isEqualTo(SiteFiles.list(expected));
        for (String file : SiteFiles.list(expected)) {
            byte[] want = Files.readAllBytes(expected.resolve(file));
            byte[] got = Files.readAllBytes(site.resolve(file));
            if (file.endsWith(ShareCard.FILE)) {
                // Its pixels depend on the machine's fallback font (spaces, Latin): compare what it shows, by key.
                assertThat(ShareCard.keyOf(got)).as(file).isNotNull().isEqualTo(ShareCard.keyOf(want));
                continue;
            }
            if (!java.util.Arrays.equals(want, got)) {
                String where = file.endsWith(".woff2") ? name + "/" + file + ": binary file differs"
                        : SiteFiles.firstDifference(name + "/" + file, new String(want, StandardCharsets.UTF_8), new String(got, StandardCharsets.UTF_8));
                fail(where + "\n(run mvn test -Dgolden.update=true to accept the new output, then review the diff)");
            }
        }

        Path again = out.resolve("again");
        new SiteBuilder().build(new BuildOptions(dir.resolve("content"), again, Path.of("templates"), null));
        for (String file : SiteFiles.list(site)) {
            assertThat(Files.readAllBytes(again.resolve(file))).as("second build of " + file).isEqualTo(Files.readAllBytes(site.resolve(file)));
        }
    }

}
