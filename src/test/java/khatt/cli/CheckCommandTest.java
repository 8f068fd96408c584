package khatt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code khatt check} on broken content folders: each case under {@code invalid/<case>/} holds a
 * {@code content/} folder and {@code expected.txt}, the exit code and then every line check prints
 * (paths relative to the case). {@code -Dgolden.update=true} rewrites the expected files for review.
 */
class CheckCommandTest {

    private static final Path CASES = Path.of("src/test/resources/invalid");

    record Run(int exit, String out, String err) {}

    static Run khatt(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(exit, out.toString(), err.toString());
    }

    static Stream<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(CASES)) {
            return dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsEveryProblemWithItsPlaceAndExitCode(String name) throws IOException {
        Path dir = CASES.resolve(name);
        Run run = khatt("check", "--content", dir.resolve("content").toString(), "--templates", dir.resolve("no-templates").toString());
        String actual = "exit " + run.exit() + "\n" + (run.err() + run.out()).replace(dir + "/", "").replace("\r\n", "\n");
        Path expected = dir.resolve("expected.txt");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
    }

    @Test
    void everyCaseHasExpectations() throws IOException {
        for (String name : cases().toList()) {
            assertThat(CASES.resolve(name).resolve("expected.txt")).as(name).exists();
        }
    }

    @Test
    void wrongUsageExitsWithTwo() {
        Run run = khatt("check", "--no-such-option");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("Unknown option: '--no-such-option'");
        assertThat(khatt("no-such-command").exit()).isEqualTo(2);
    }

    @Test
    void checkWritesNothing() throws IOException {
        Path content = CASES.resolve("clean/content");
        List<Path> before;
        try (Stream<Path> walk = Files.walk(content)) {
            before = walk.sorted().toList();
        }
        assertThat(khatt("check", "--content", content.toString()).exit()).isZero();
        try (Stream<Path> walk = Files.walk(content)) {
            assertThat(walk.sorted().toList()).isEqualTo(before);
        }
        assertThat(Path.of("site-output-never")).doesNotExist();
    }
}
