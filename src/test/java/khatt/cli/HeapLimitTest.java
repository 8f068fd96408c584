package khatt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When Khatt runs itself again with a heap limit, and when it leaves the JVM as it was started. */
class HeapLimitTest {

    @Test
    void aLimitGivenOnTheCommandLineWins() {
        assertThat(HeapLimit.limitGiven(List.of("-Xmx2g"))).isTrue();
        assertThat(HeapLimit.limitGiven(List.of("-Dx=1", "-XX:MaxHeapSize=3g"))).isTrue();
        assertThat(HeapLimit.limitGiven(List.of("-XX:MaxRAMPercentage=50"))).isTrue();
        assertThat(HeapLimit.limitGiven(List.of("-Xms1g", "-Dfile.encoding=UTF-8"))).isFalse();
    }

    @Test
    void onlyCommandsThatReadAWholeSiteRunInALimitedJvmAndOnlyFromTheJar() {
        assertThat(HeapLimit.runLimited(new String[] {"import", "page.html"})).isEmpty();
        assertThat(HeapLimit.runLimited(new String[] {})).isEmpty();
        // The tests run from classes, not from the jar: nothing to run again, so the build runs here.
        assertThat(HeapLimit.runLimited(new String[] {"build", "--content", "content"})).isEmpty();
    }

    @Test
    void aOneOffCommandsChildCompilesQuicklyUnlessTheUserChoseServeKeepsTheOptimisingCompiler() {
        assertThat(HeapLimit.childOptions("build", List.of("-Dx=1")))
                .containsExactly(HeapLimit.MAX_HEAP, "-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC", "-Dx=1");
        assertThat(HeapLimit.childOptions("check", List.of())).contains("-XX:TieredStopAtLevel=1");
        assertThat(HeapLimit.childOptions("serve", List.of())).containsExactly(HeapLimit.MAX_HEAP);
        assertThat(HeapLimit.childOptions("build", List.of("-XX:+UseG1GC")))
                .containsExactly(HeapLimit.MAX_HEAP, "-XX:+UseG1GC");
        assertThat(HeapLimit.childOptions("build", List.of("-XX:TieredStopAtLevel=4")))
                .containsExactly(HeapLimit.MAX_HEAP, "-XX:TieredStopAtLevel=4");
    }

    @Test
    void theContentFolderIsReadFromTheArguments() {
        assertThat(HeapLimit.contentFolder(new String[] {"build", "--out", "x"})).isEqualTo(Path.of("content"));
        assertThat(HeapLimit.contentFolder(new String[] {"build", "--content", "site/content"})).isEqualTo(Path.of("site/content"));
        assertThat(HeapLimit.contentFolder(new String[] {"check", "--content=other"})).isEqualTo(Path.of("other"));
    }

    @Test
    void onlyALargeSiteNeedsTheLimit(@TempDir Path dir) throws IOException {
        Path articles = Files.createDirectories(dir.resolve("articles/2019"));
        for (int i = 0; i < HeapLimit.SMALL_SITE - 1; i++) {
            Files.createFile(articles.resolve(i + ".md"));
        }
        Files.createFile(articles.resolve("notes.txt"));
        assertThat(HeapLimit.isSmall(dir)).isTrue();
        Files.createFile(articles.resolve("last.md"));
        assertThat(HeapLimit.isSmall(dir)).isFalse();
        assertThat(HeapLimit.isSmall(dir.resolve("missing"))).isTrue();
    }
}
