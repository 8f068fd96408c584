package khatt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildCommandTest {

    @Test
    void endsWithOneSummaryLineAndWritesNoLiveReload(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("site-output");
        CheckCommandTest.Run run = CheckCommandTest.khatt("build", "--out", out.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).matches("5 articles, 3 events, 27 pages written in \\d+ ms\\R");
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
