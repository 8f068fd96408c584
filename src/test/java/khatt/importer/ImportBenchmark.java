package khatt.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Import throughput: articles per second, for the raw test pages (seeds and own articles) varied
 * so that none is a duplicate of another. Run after {@code mvn -q -B package}:
 *
 * <pre>java -cp target/khatt.jar:target/test-classes khatt.importer.ImportBenchmark [ARTICLES]</pre>
 *
 * It measures (1) one run importing all the articles into an empty content directory (read, clean,
 * extract, group, write) and (2) importing articles one per run into a site that grows, as editors do.
 */
public final class ImportBenchmark {

    private static final String[] PAGES = {
        "seeds/000_31e7148ea1404713.txt", "seeds/001_2b9cbaac1e6354ee.txt", "seeds/002_35a5180d63e7b702.txt",
        "seeds/003_e73266ae6989a505.txt", "seeds/004_be376afabfe466ac.txt", "importer/levantine-geneva.txt",
        "importer/maghreb-algiers.txt", "importer/gulf-moscow.txt", "importer/egyptian-republished.txt",
        "importer/html-call.html", "importer/undated-same-call.txt", "importer/moroccan-undated.txt",
        "importer/banner-summit.txt",
    };

    public static void main(String[] args) throws IOException {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        Path work = Files.createTempDirectory("khatt-import-bench");
        try {
            Path in = work.resolve("in");
            Files.createDirectories(in);
            List<Path> inputs = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                String name = PAGES[i % PAGES.length];
                String text = resource(name);
                // a distinct closing paragraph, so that no copy is refused as a duplicate
                String extra = "وأضاف المصدر أن الجولة رقم " + i + " من المشاورات ستعقد لاحقا في موعد يحدد عبر القنوات الدبلوماسية.";
                text = name.endsWith(".html") ? text.replace("</article>", "<p>" + extra + "</p></article>") : text + "\n" + extra + "\n";
                Path f = in.resolve(i + "-" + Path.of(name).getFileName());
                Files.writeString(f, text, StandardCharsets.UTF_8);
                inputs.add(f);
            }
            Importer importer = new Importer(Lexicon.load());
            // warm up the JIT on a separate directory
            run(importer, work.resolve("warm"), inputs.subList(0, Math.min(200, n)));

            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            Importer.Report report = run(importer, work.resolve("batch"), inputs);
            double batch = (System.nanoTime() - t0) / 1e9;
            double cpu = (threads.getCurrentThreadCpuTime() - c0) / 1e9;
            long refused = report.articles().stream().filter(a -> a.error() != null).count();
            System.out.printf(java.util.Locale.ROOT,
                    "batch: %d articles in %.2f s = %.0f articles/s; %.2f s of CPU = %.0f articles per CPU-second (%d refused, %d events)%n",
                    n, batch, n / batch, cpu, n / cpu, refused,
                    report.articles().stream().map(ImportedArticle::event).filter(e -> e != null).distinct().count());

            int single = Math.min(n, 300);
            Path content = work.resolve("single");
            long c1 = threads.getCurrentThreadCpuTime();
            long t1 = System.nanoTime();
            for (Path f : inputs.subList(0, single)) {
                run(importer, content, List.of(f));
            }
            double one = (System.nanoTime() - t1) / 1e9;
            double oneCpu = (threads.getCurrentThreadCpuTime() - c1) / 1e9;
            System.out.printf(java.util.Locale.ROOT,
                    "one per run into a growing site: %d articles in %.2f s = %.0f articles/s; %.0f articles per CPU-second%n",
                    single, one, single / one, single / oneCpu);
        } finally {
            try (Stream<Path> walk = Files.walk(work)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static Importer.Report run(Importer importer, Path content, List<Path> inputs) throws IOException {
        Files.createDirectories(content);
        if (!Files.exists(content.resolve("topics.yaml"))) {
            Files.copy(Path.of("content/topics.yaml"), content.resolve("topics.yaml"));
        }
        return importer.importFiles(inputs, new Importer.Options(content, null, false, false));
    }

    private static String resource(String name) throws IOException {
        try (InputStream s = ImportBenchmark.class.getResourceAsStream("/" + name)) {
            return new String(s.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
