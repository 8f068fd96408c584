package khatt.fuzz;

import static khatt.fuzz.FuzzChecks.inTime;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Files;
import java.nio.file.Path;
import khatt.content.ArticleFileAccess;
import khatt.content.ArticleSource;
import khatt.diag.Diagnostic;
import khatt.diag.Diagnostics;

/**
 * Whatever bytes an article file holds, the loader reads it in time, and every problem is a
 * diagnostic of that file at one of its lines; an article comes back exactly when there is no error.
 */
class ContentLoaderFuzzTest {

    private static final Path FILE = FuzzChecks.scratchFolder("content").resolve("article.md");

    @FuzzTest(maxDuration = FuzzChecks.ROUND)
    void articleFile(byte[] bytes) throws Exception {
        Files.write(FILE, bytes);
        Diagnostics diagnostics = new Diagnostics();
        ArticleSource article = inTime("reading", () -> ArticleFileAccess.read(FILE, diagnostics));
        int lines = lineCount(bytes);
        boolean errors = false;
        boolean draft = false;
        for (Diagnostic problem : diagnostics.sorted()) {
            assertThat(problem.file()).isEqualTo(FILE);
            assertThat(problem.message()).isNotBlank();
            assertThat(problem.line()).as(problem.format()).isBetween(1, lines);
            errors |= problem.isError();
            draft |= problem.message().startsWith("waiting for review");
        }
        if (article == null) {
            assertThat(errors || draft).as("an article refused without an error: %s", diagnostics.sorted()).isTrue();
        } else {
            assertThat(errors).as("an article read despite errors").isFalse();
            assertThat(article.lead()).doesNotContain("\n", "**").hasSizeLessThanOrEqualTo(241);
        }
    }

    /** Lines as an editor counts them: after each line feed, and after each carriage return not followed by one. */
    private static int lineCount(byte[] bytes) {
        int lines = 1;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 == bytes.length || bytes[i + 1] != '\n'))) {
                lines++;
            }
        }
        return lines;
    }
}
