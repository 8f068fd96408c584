package khatt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewCommandTest {

    @Test
    void scaffoldsAnArticleThatChecksClean(@TempDir Path dir) throws IOException {
        Path content = dir.resolve("content");
        Files.createDirectories(content);
        Files.copy(Path.of("content/topics.yaml"), content.resolve("topics.yaml"));

        CheckCommandTest.Run run = CheckCommandTest.khatt("new", "article", "--content", content.toString(),
                "--title", "لافروف يلتقي بلينكن في \"جنيف\"", "--date", "2022-01-21", "--event", "2022-01-21-geneva",
                "--place", "جنيف", "--kind", "meeting", "--outlet", "RT", "--topic", "ukraine", "--topic", "bilateral-relations");

        Path file = content.resolve("articles/2022-01-21-geneva.md");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("created " + file);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).startsWith("""
                ---
                title: "لافروف يلتقي بلينكن في \\"جنيف\\""
                date: 2022-01-21
                event: 2022-01-21-geneva
                place: "جنيف"
                kind: meeting
                outlet: "RT"
                topics: [ukraine, bilateral-relations]
                ---
                """);
        assertThat(CheckCommandTest.khatt("check", "--content", content.toString()).exit()).isZero();

        CheckCommandTest.Run again = CheckCommandTest.khatt("new", "article", "--content", content.toString(),
                "--title", "مرة أخرى", "--date", "2022-01-21", "--event", "2022-01-21-geneva");
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.err()).contains("already exists");
    }

    @Test
    void reportsBadValuesAsContentErrorsAndBadOptionsAsUsage(@TempDir Path dir) throws IOException {
        Path content = dir.resolve("content");
        Files.createDirectories(content);
        Files.copy(Path.of("content/topics.yaml"), content.resolve("topics.yaml"));

        CheckCommandTest.Run unknownTopic = CheckCommandTest.khatt("new", "article", "--content", content.toString(),
                "--title", "اتصال هاتفي", "--date", "2020-07-13", "--kind", "call", "--topic", "mars");
        assertThat(unknownTopic.exit()).isEqualTo(1);
        assertThat(unknownTopic.err()).contains("2020-07-13-atsal-hatfy.md:5:10: error: unknown topic 'mars'");

        assertThat(CheckCommandTest.khatt("new", "article", "--title", "x", "--date", "2020-13-01").exit()).isEqualTo(2);
        assertThat(CheckCommandTest.khatt("new", "article", "--date", "2020-01-01").exit()).isEqualTo(2);
        assertThat(CheckCommandTest.khatt("new").exit()).isEqualTo(2);
    }
}
