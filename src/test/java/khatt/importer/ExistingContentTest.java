package khatt.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import khatt.content.ContentLoader;
import khatt.content.EventFacts;
import khatt.diag.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The importer sees content/ as the build does: the same event files, the same rules for links, one writer. */
class ExistingContentTest {

    @Test
    void eventsAreTheFilesTheBuildReads(@TempDir Path content) throws IOException {
        Files.createDirectories(content.resolve("events"));
        Files.writeString(content.resolve("events/2019-05-14-sochi.yaml"), "title: \"لقاء سوتشي\"\ndate: 2019-05-14\n");
        Files.writeString(content.resolve("events/2019-05-15-old.yml"), "title: \"ليس حدثاً\"\n");
        Files.writeString(content.resolve("events/2019-05-16-bad.yaml"), "date: 2019-02-30\n");

        ExistingContent existing = ExistingContent.read(content);

        assertThat(existing.events()).containsOnlyKeys("2019-05-14-sochi", "2019-05-16-bad");
        assertThat(existing.events().get("2019-05-14-sochi").date()).isEqualTo(LocalDate.of(2019, 5, 14));
        assertThat(existing.events().get("2019-05-16-bad").date()).isNull(); // a date the build rejects is none
        assertThat(existing.warnings()).anySatisfy(w -> assertThat(w).startsWith("events/2019-05-16-bad.yaml:1: "));
    }

    @Test
    void anArticleLinkedFromOutsideIsNotRead(@TempDir Path dir) throws IOException {
        Path content = Files.createDirectories(dir.resolve("content/articles"));
        Path outside = Files.writeString(dir.resolve("secret.md"), "---\ntitle: \"سر\"\ndate: 2019-05-14\n---\n\nنص.\n");
        Files.createSymbolicLink(content.resolve("2019-05-14-x.md"), outside);

        ExistingContent existing = ExistingContent.read(dir.resolve("content"));

        assertThat(existing.articles()).isEmpty();
        assertThat(existing.warnings()).containsExactly(
                "articles/2019-05-14-x.md: symbolic link to a file outside the content folder skipped");
    }

    @Test
    void completedFactsKeepWhatWasCuratedAndReadBackAsWritten(@TempDir Path content) throws IOException {
        EventFacts curated = new EventFacts("2019-05-14-sochi", null, "لقاء \"سوتشي\"", "ملخص: الجولة الأولى", null, null,
                LocalDate.of(2019, 5, 14), 0, 0, 0);
        EventFacts completed = curated.completedBy("عنوان آخر", LocalDate.of(2020, 1, 1), "سوتشي", "meeting");

        assertThat(completed.title()).isEqualTo(curated.title());
        assertThat(completed.date()).isEqualTo(curated.date());
        assertThat(completed.place()).isEqualTo("سوتشي");
        assertThat(completed.kind()).isEqualTo("meeting");

        Files.createDirectories(content.resolve("events"));
        Files.writeString(content.resolve("events/2019-05-14-sochi.yaml"), completed.text());
        Diagnostics problems = new Diagnostics();
        EventFacts back = ContentLoader.readEvents(content, problems).get("2019-05-14-sochi");
        assertThat(problems.sorted()).isEmpty();
        assertThat(back.text()).isEqualTo(completed.text());
        assertThat(back.summary()).isEqualTo("ملخص: الجولة الأولى");
    }
}
