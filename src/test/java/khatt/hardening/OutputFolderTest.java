package khatt.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The output folder gets the umask's permissions, and what a killed build leaves is removed by the next. */
class OutputFolderTest {

    @TempDir
    Path dir;

    @Test
    void theSiteFolderHasTheUmasksPermissions() throws IOException {
        SiteFixture site = new SiteFixture(dir);
        site.buildGood();
        Path reference = Files.createDirectory(dir.resolve("made-with-the-umask"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(site.out)))
                .isEqualTo(PosixFilePermissions.toString(Files.getPosixFilePermissions(reference)));
    }

    @Test
    void foldersOfDeadBuildsAreRemovedAndThoseOfLiveOnesKept() throws Exception {
        SiteFixture site = new SiteFixture(dir);
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Path dead = Files.createDirectories(dir.resolve(".site-output.building-" + gone.pid() + "-1f/events"));
        Files.writeString(dead.resolve("page.html"), "x");
        Path legacy = Files.createDirectories(dir.resolve(".site-output.old-8213571"));
        Path live = Files.createDirectories(dir.resolve(".site-output.building-" + ProcessHandle.current().pid() + "-2e"));
        Path otherSite = Files.createDirectories(dir.resolve(".other.building-" + gone.pid() + "-3d"));

        site.buildGood();

        assertThat(dead.getParent()).doesNotExist();
        assertThat(legacy).doesNotExist();
        assertThat(live).as("a build still running in this process").exists();
        assertThat(otherSite).as("another output folder's").exists();
    }

    /**
     * Kills builds with SIGKILL at random moments: the site is always the whole old or the whole new
     * one. Three kills in the test command; {@code -Dkhatt.kills=N} for a longer run.
     */
    @Test
    void killedBuildsLeaveTheOldOrTheNewSiteAndNoStrayFolder() throws Exception {
        SiteFixture site = new SiteFixture(dir);
        for (int i = 0; i < 150; i++) {
            site.write("articles/a" + i + ".md", "---\ntitle: \"خبر " + i + "\"\ndate: 2019-05-" + (10 + i % 18)
                    + "\n---\nنص الخبر رقم " + i + " عن سوريا.\n");
        }
        Map<String, byte[]> current = site.buildGood();
        Random random = new Random(9);
        long started = System.nanoTime();
        Process whole = new ProcessBuilder(javaCommand(site)).redirectErrorStream(true)
                .redirectOutput(dir.resolve("child-whole.log").toFile()).start();
        assertThat(whole.waitFor()).isZero();
        int buildMillis = (int) ((System.nanoTime() - started) / 1_000_000); // kills fall anywhere in a build, the swap too
        current = SiteFixture.snapshot(site.out);
        int kills = Integer.getInteger("khatt.kills", 3);
        int keptOld = 0;
        for (int round = 0; round < kills; round++) {
            site.write("articles/a0.md", "---\ntitle: \"عنوان جديد " + round + "\"\ndate: 2019-05-10\n---\nنص.\n");
            Path reference = dir.resolve("reference-" + round);
            assertThat(SiteFixture.khatt("build", "--content", site.content.toString(), "--templates", site.templates.toString(),
                    "--out", reference.toString()).exit()).isZero();
            Map<String, byte[]> next = SiteFixture.snapshot(reference);

            Process build = new ProcessBuilder(javaCommand(site)).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("child-" + round + ".log").toFile()).start();
            build.waitFor(100 + random.nextInt(buildMillis), TimeUnit.MILLISECONDS);
            build.destroyForcibly().waitFor();

            Map<String, byte[]> after = SiteFixture.snapshot(site.out);
            assertThat(same(after, current) || same(after, next)).as("round " + round + ": old or new site, never a mix").isTrue();
            keptOld += same(after, current) ? 1 : 0;
            current = after;
        }
        System.out.printf("kill test: %d builds of about %d ms killed at random, %d left the old site, %d the new one%n",
                kills, buildMillis, keptOld, kills - keptOld);
        site.buildGood();
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".building-") || n.contains(".old-"));
        }
    }

    private static boolean same(Map<String, byte[]> a, Map<String, byte[]> b) {
        return a.keySet().equals(b.keySet()) && a.keySet().stream().allMatch(k -> java.util.Arrays.equals(a.get(k), b.get(k)));
    }

    /**
     * A build in a child JVM. Its temporary folder is the test's: a JVM killed while a card font is
     * loaded leaves the font's temporary copy behind (the JDK deletes it only at exit).
     */
    private static List<String> javaCommand(SiteFixture site) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return List.of(java, "-Djava.io.tmpdir=" + site.content.getParent(),
                "-cp", System.getProperty("java.class.path") + File.pathSeparator + Path.of("target/classes").toAbsolutePath(),
                "khatt.cli.Main", "build", "--content", site.content.toString(), "--templates", site.templates.toString(),
                "--out", site.out.toString());
    }
}
