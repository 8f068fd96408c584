package khatt.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import khatt.cli.Main;

/**
 * Imports every article of an evaluation set one at a time, each with its address, into a fresh
 * copy of a content folder — {@code khatt import --json --url URL FILE}, run in-process — and
 * scores the answers against the set's key with {@link ImportScore}.
 *
 * <pre>java -cp target/khatt.jar:target/test-classes khatt.bench.ImportEval SET_DIR [CONTENT_DIR] [ANSWERS_OUT]</pre>
 *
 * SET_DIR holds {@code key.json} and {@code articles/}; CONTENT_DIR defaults to {@code content}.
 */
public final class ImportEval {

    private ImportEval() {}

    /**
     * The answers of the importer and what they cost: {@code answers} as content/ holds them at the
     * end (drafts a later report completed take its event and date), {@code asAnswered} as each
     * import printed them.
     */
    public record Run(ArrayNode answers, ArrayNode asAnswered, int articles, long cpuNanos) {

        public double articlesPerCpuSecond() {
            return cpuNanos == 0 ? 0 : articles / (cpuNanos / 1e9);
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 3) {
            System.err.println("usage: ImportEval SET_DIR [CONTENT_DIR] [ANSWERS_OUT]");
            System.exit(2);
        }
        Path set = Path.of(args[0]);
        Path content = Path.of(args.length > 1 ? args[1] : "content");
        ObjectMapper json = new ObjectMapper();
        JsonNode key = json.readTree(set.resolve("key.json").toFile());
        Path work = Files.createTempDirectory("khatt-eval");
        try {
            Run run = importAll(key, set.resolve("articles"), content, work.resolve("content"));
            if (args.length > 2) {
                json.enable(SerializationFeature.INDENT_OUTPUT).writeValue(Path.of(args[2]).toFile(), run.answers());
            }
            System.out.print(ImportScore.score(key, run.answers()).text());
            ImportScore.Report printed = ImportScore.score(key, run.asAnswered());
            System.out.printf(java.util.Locale.ROOT, "%-18s F1 %.2f, dates right %.1f%% (before later reports completed drafts)%n",
                    "as answered:", printed.groupingF1(), 100 * printed.dateAccuracy());
            System.out.printf(java.util.Locale.ROOT, "%-18s %.0f articles per CPU-second (import only, in-process)%n",
                    "throughput:", run.articlesPerCpuSecond());
            StringWriter checked = new StringWriter();
            int exit = Main.run(new PrintWriter(checked), new PrintWriter(new StringWriter()), "check", "--content",
                    work.resolve("content").toString());
            String summary = checked.toString().lines().filter(l -> l.contains("error(s)")).findFirst().orElse("");
            System.out.printf("%-18s exit %d: %s%n", "check afterwards:", exit, summary.strip());
        } finally {
            delete(work);
        }
    }

    /** Copies {@code content} to {@code copy}, then imports each key entry's article into it, in key order. */
    public static Run importAll(JsonNode key, Path articles, Path content, Path copy) throws IOException {
        copyTree(content, copy);
        ObjectMapper json = new ObjectMapper();
        ArrayNode answers = json.createArrayNode();
        ArrayNode asAnswered = json.createArrayNode();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long spent = 0;
        for (JsonNode k : key) {
            String file = k.path("file").asText();
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            long before = cpu.getCurrentThreadCpuTime();
            Main.run(new PrintWriter(out), new PrintWriter(err), "import", "--content", copy.toString(), "--json",
                    "--url", k.path("url").asText(), articles.resolve(file).toString());
            spent += cpu.getCurrentThreadCpuTime() - before;
            JsonNode result = out.toString().isBlank() ? null : json.readTree(out.toString());
            ObjectNode answer = result != null && result.size() > 0 ? (ObjectNode) result.get(0) : json.createObjectNode();
            answer.put("file", file);
            if (!err.toString().isBlank()) {
                answer.put("stderr", err.toString().strip());
            }
            asAnswered.add(answer.deepCopy());
            for (JsonNode done : answer.path("completed_drafts")) {
                complete(answers, copy.resolve(done.path("path").asText()).toString(), done);
            }
            answers.add(answer);
        }
        return new Run(answers, asAnswered, key.size(), spent);
    }

    /** The earlier answer written to {@code path} takes the event and date of the report that completed it. */
    private static void complete(ArrayNode answers, String path, JsonNode done) {
        for (JsonNode a : answers) {
            if (path.equals(a.path("path").asText())) {
                ((ObjectNode) a).put("event", done.path("event").asText()).put("date", done.path("date").asText());
            }
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
