package khatt.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import khatt.cli.Main;

/** Runs the command line in-process, and prepares content directories and inputs for tests. */
record Cli(int exit, String out, String err) {

    static Cli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Cli(exit, out.toString(), err.toString());
    }

    JsonNode json() {
        try {
            return new ObjectMapper().readTree(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An empty content directory holding the project's topic taxonomy. */
    static Path content(Path dir) throws IOException {
        Path content = dir.resolve("content");
        Files.createDirectories(content);
        Files.copy(Path.of("content/topics.yaml"), content.resolve("topics.yaml"), StandardCopyOption.REPLACE_EXISTING);
        return content;
    }

    /** Copies test resources (e.g. "seeds/000_….txt") into {@code dir}; returns their paths as strings. */
    static List<String> inputs(Path dir, String... resources) throws IOException {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        List<String> out = new ArrayList<>();
        for (String r : resources) {
            try (InputStream s = Cli.class.getResourceAsStream("/" + r)) {
                if (s == null) {
                    throw new IOException("no resource " + r);
                }
                Path target = in.resolve(Path.of(r).getFileName().toString());
                Files.copy(s, target, StandardCopyOption.REPLACE_EXISTING);
                out.add(target.toString());
            }
        }
        return out;
    }

    /** Writes a text input file. */
    static String input(Path dir, String name, String text) throws IOException {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        Path f = in.resolve(name);
        Files.writeString(f, text);
        return f.toString();
    }

    static String[] args(List<String> first, List<String> files) {
        List<String> all = new ArrayList<>(first);
        all.addAll(files);
        return all.toArray(String[]::new);
    }
}
