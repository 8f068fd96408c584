package khatt.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import khatt.cli.Main;

/**
 * A small site that builds, for tests that then break it: {@link #rejects} runs {@code check} and
 * {@code build} on the broken content and proves each reports the problem, exits 1, leaves
 * {@code content/} untouched and the last good site as it was.
 */
final class SiteFixture {

    static final String GOOD_ARTICLE = "---\ntitle: \"خبر عن سوريا\"\ndate: 2019-05-14\noutlet: \"وكالة\"\n---\nنص الخبر.\n";

    record Run(int exit, String out, String err) {}

    final Path root;
    final Path content;
    final Path out;
    final Path templates;

    SiteFixture(Path root) throws IOException {
        this.root = root;
        this.content = root.resolve("content");
        this.out = root.resolve("site-output");
        this.templates = root.resolve("templates");
        Files.createDirectories(content.resolve("articles"));
        Files.writeString(content.resolve("topics.yaml"), "- id: syria\n  label: \"سوريا\"\n  keywords: [\"سوريا\"]\n");
        write("articles/good.md", GOOD_ARTICLE);
    }

    Path write(String relative, String text) throws IOException {
        return write(relative, text.getBytes(StandardCharsets.UTF_8));
    }

    Path write(String relative, byte[] bytes) throws IOException {
        Path file = content.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        return file;
    }

    static Run khatt(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(exit, out.toString(), err.toString());
    }

    Run build(String... extra) {
        return khatt(args("build", extra));
    }

    Run check(String... extra) {
        return khatt(args("check", extra));
    }

    private String[] args(String command, String... extra) {
        String[] base = command.equals("build")
                ? new String[] {command, "--content", content.toString(), "--templates", templates.toString(), "--out", out.toString()}
                : new String[] {command, "--content", content.toString(), "--templates", templates.toString()};
        String[] all = new String[base.length + extra.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(extra, 0, all, base.length, extra.length);
        return all;
    }

    /** Builds the good site; returns its files. */
    Map<String, byte[]> buildGood() throws IOException {
        Run run = build();
        assertThat(run.exit()).as(run.err()).isZero();
        return snapshot(out);
    }

    /**
     * After {@link #buildGood}, with the content broken: both commands print {@code line} (a whole
     * diagnostic, paths absolute), exit 1, write nothing into content/ and keep the previous site.
     */
    void rejects(Map<String, byte[]> previousSite, String... lines) throws IOException {
        Map<String, byte[]> contentBefore = snapshot(content);
        Run check = check();
        assertThat(check.exit()).as(check.err()).isEqualTo(1);
        assertThat(check.err().lines()).contains(lines).noneMatch(l -> l.contains("internal error") || l.contains("\tat ") || l.startsWith("    at "));
        Run build = build();
        assertThat(build.exit()).as(build.err()).isEqualTo(1);
        assertThat(build.err().lines()).contains(lines).noneMatch(l -> l.contains("internal error") || l.startsWith("    at "));
        assertThat(snapshot(content)).as("content/ is never written").containsExactlyInAnyOrderEntriesOf(contentBefore);
        assertThat(snapshot(out)).as("the last good site survives").containsExactlyInAnyOrderEntriesOf(previousSite);
    }

    static Map<String, byte[]> snapshot(Path root) throws IOException {
        Map<String, byte[]> files = new HashMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }
}
