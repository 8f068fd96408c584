package khatt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

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
}
