package khatt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import khatt.output.OutputFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A build replaces its output folder: it must never be pointed at something it would destroy. */
class OutputFolderSafetyTest {

    private static final String HINT = "    hint: choose a new or empty folder with --out (the default is site-output); a build"
            + " replaces only an empty folder or one it made itself";

    @TempDir
    Path dir;

    private record Result(int code, String out, String err) {}

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Result(code, out.toString(), err.toString());
    }

    private Path content() throws IOException {
        Path content = dir.resolve("project/content");
        Files.createDirectories(content.resolve("articles"));
        Files.writeString(content.resolve("articles/one.md"), "---\ntitle: \"خبر\"\ndate: 2019-05-14\n---\nنص.\n");
        Files.createDirectories(dir.resolve("project/templates"));
        return content;
    }

    private Result build(Path content, Path out) {
        return run("build", "--content", content.toString(), "--templates", dir.resolve("project/templates").toString(),
                "--out", out.toString());
    }

    private void assertRefused(Path content, Path out, String why) throws IOException {
        Map<String, byte[]> before = snapshot(dir);
        Result result = build(content, out);
        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).startsWith(out + ": error: refusing to build into " + out + ": " + why + "\n" + HINT + "\n");
        assertThat(snapshot(dir)).as("nothing written, nothing deleted").containsExactlyInAnyOrderEntriesOf(before);
    }

    @Test
    void refusesTheContentFolderItsParentsAndItsInside() throws IOException {
        Path content = content();
        assertRefused(content, content, "it is the content folder");
        assertRefused(content, dir.resolve("project"), "it contains the content folder");
        assertRefused(content, dir, "it contains the content folder");
        assertRefused(content, content.resolve("articles/site"), "it lies inside the content folder");
        assertRefused(content, content.resolve("articles/../articles"), "it lies inside the content folder");
    }

    @Test
    void refusesTheTemplatesFolder() throws IOException {
        Path content = content();
        assertRefused(content, dir.resolve("project/templates"), "it is the templates folder");
        assertRefused(content, dir.resolve("project/templates/out"), "it lies inside the templates folder");
    }

    @Test
    void refusesALinkThatLeadsIntoTheContent() throws IOException {
        Path content = content();
        Path link = Files.createSymbolicLink(dir.resolve("project/site"), content.resolve("articles"));
        assertRefused(content, link, "it lies inside the content folder");
    }

    @Test
    void refusesAFolderItDidNotMakeAndReplacesOneItDid() throws IOException {
        Path content = content();
        Path notes = dir.resolve("project/notes");
        Files.createDirectories(notes);
        Files.writeString(notes.resolve("todo.txt"), "keep me");
        assertRefused(content, notes, "it is not empty and Khatt did not make it (it has no .khatt-site file)");
        assertRefused(content, notes.resolve("todo.txt"), "it is not a folder");

        Path out = dir.resolve("project/site-output");
        Files.createDirectories(out);
        assertThat(build(content, out).code()).as("an empty folder may be used").isZero();
        assertThat(out.resolve(OutputFolder.STAMP)).exists();
        assertThat(out.resolve("index.html")).exists();
        assertThat(build(content, out).code()).as("a folder it made may be replaced").isZero();
        try (Stream<Path> left = Files.list(out.getParent())) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("content", "templates", "notes",
                    "site-output");
        }
    }

    @Test
    void neverTheFolderItRunsFromNorOneThatHoldsIt() throws IOException {
        Path project = dir.resolve("project");
        Path content = content();
        Path templates = project.resolve("templates");
        assertThat(OutputFolder.refusal(project, content, templates, dir.resolve("elsewhere")))
                .contains("it contains the content folder");
        Path elsewhere = dir.resolve("elsewhere");
        assertThat(OutputFolder.refusal(project, dir.resolve("c"), null, project)).contains("it is the folder Khatt is run from");
        assertThat(OutputFolder.refusal(dir, elsewhere, null, project)).contains("it contains the folder Khatt is run from");
        assertThat(OutputFolder.refusal(project.resolve("site-output"), content, templates, project)).isEmpty();
        assertThat(OutputFolder.refusal(Path.of("/"), elsewhere, null, project)).isPresent();
    }

    @Test
    void serveRefusesTheSameFolders() throws IOException {
        Path content = content();
        Map<String, byte[]> before = snapshot(dir);
        khatt.build.Rebuilder rebuilder = new khatt.build.Rebuilder(new khatt.build.BuildOptions(content, content, null, null),
                new java.util.concurrent.locks.ReentrantLock());
        khatt.build.Rebuilder.Result result = rebuilder.build();
        assertThat(result.failed()).isTrue();
        assertThat(result.report().diagnostics()).anyMatch(d -> d.message().equals(
                "refusing to build into " + content + ": it is the content folder"));
        assertThat(snapshot(dir)).containsExactlyInAnyOrderEntriesOf(before);
    }

    private static Map<String, byte[]> snapshot(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                files.put(root.relativize(p).toString(), Files.isRegularFile(p) ? Files.readAllBytes(p) : new byte[0]);
            }
        }
        return files;
    }
}
