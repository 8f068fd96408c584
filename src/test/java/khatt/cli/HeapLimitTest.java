package khatt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When Khatt runs itself again with a heap limit, and when it leaves the JVM as it was started. */
class HeapLimitTest {

    private static final Optional<Path> NO_ARCHIVE = Optional.empty();

    @TempDir
    Path dir;

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
        assertThat(HeapLimit.childOptions("build", List.of("-Dx=1"), NO_ARCHIVE))
                .containsExactly(HeapLimit.MAX_HEAP, "-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC", "-Dx=1");
        assertThat(HeapLimit.childOptions("check", List.of(), NO_ARCHIVE)).contains("-XX:TieredStopAtLevel=1");
        assertThat(HeapLimit.childOptions("serve", List.of(), NO_ARCHIVE)).containsExactly(HeapLimit.MAX_HEAP);
        assertThat(HeapLimit.childOptions("build", List.of("-XX:+UseG1GC"), NO_ARCHIVE))
                .containsExactly(HeapLimit.MAX_HEAP, "-XX:+UseG1GC");
        assertThat(HeapLimit.childOptions("build", List.of("-XX:TieredStopAtLevel=4"), NO_ARCHIVE))
                .containsExactly(HeapLimit.MAX_HEAP, "-XX:TieredStopAtLevel=4");
    }

    @Test
    void theChildMapsTheClassDataArchiveBesideTheJarUnlessTheUserChoseClassSharing() throws Exception {
        Path jar = Files.createFile(dir.resolve("khatt.jar"));
        assertThat(HeapLimit.classDataArchive(jar)).isEmpty();
        Path archive = Files.createFile(dir.resolve("khatt.jsa"));
        assertThat(HeapLimit.classDataArchive(jar)).contains(archive);
        assertThat(HeapLimit.childOptions("serve", List.of(), Optional.of(archive))).containsExactly(HeapLimit.MAX_HEAP,
                "-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
        assertThat(HeapLimit.childOptions("build", List.of("-Xshare:off"), Optional.of(archive)))
                .noneMatch(option -> option.startsWith("-XX:SharedArchiveFile"));
    }

    @Test
    void anArchiveTheJvmCannotUseIsPassedOverInSilence() throws Exception {
        // a stale archive (the jar rebuilt, another JDK) must not put warnings in the build's output
        Path archive = Files.writeString(dir.resolve("khatt.jsa"), "not an archive");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(HeapLimit.childOptions("build", List.of(), Optional.of(archive)));
        command.add("-version");
        Process jvm = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(jvm.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(jvm.waitFor()).isZero();
        assertThat(output).doesNotContainIgnoringCase("archive").doesNotContainIgnoringCase("cds").contains("version");
    }
}
