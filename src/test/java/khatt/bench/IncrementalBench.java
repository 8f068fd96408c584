package khatt.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import khatt.build.BuildOptions;
import khatt.build.Rebuilder;

/**
 * Times what {@code serve} does after an editor saves one article: the incremental rebuild
 * (re-read the file, understand the content, make the affected pages, write those that changed).
 * Not a test: run by {@code bench/incremental.sh}, which makes the corpora.
 *
 * <p>Usage: {@code IncrementalBench CORPUS_DIR [EDITS]}. The corpus is copied first; edits go to the copy.
 */
public final class IncrementalBench {

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args[0]).toRealPath();
        int edits = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        Path work = Files.createTempDirectory("khatt-bench-");
        Path content = work.resolve("content");
        copyTree(corpus, content);
        List<Path> articles;
        try (Stream<Path> walk = Files.walk(content.resolve("articles"))) {
            articles = walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        Rebuilder rebuilder = new Rebuilder(new BuildOptions(content, work.resolve("site-output"), work.resolve("templates"), null),
                new ReentrantLock());

        long start = System.nanoTime();
        Rebuilder.Result first = rebuilder.build();
        System.out.printf("%s: %d articles, %d events; first build in-process %d ms (%d files)%n", corpus.getFileName(),
                first.report().articles(), first.report().events(), (System.nanoTime() - start) / 1_000_000, first.changed().size());

        List<Long> bodyEdits = new ArrayList<>();
        List<Long> titleEdits = new ArrayList<>();
        int files = 0;
        for (int n = 0; n < edits; n++) {
            int i = n;
            Path article = articles.get((int) ((long) i * 7919 % articles.size()));
            bodyEdits.add(time(rebuilder, article, text -> text + "\nفقرة أضيفت للقياس رقم " + i + ".\n"));
            Path other = articles.get((int) ((long) (i + 1) * 104729 % articles.size()));
            lastTitleArticle = other.toString().hashCode();
            long ms = time(rebuilder, other, text -> text.replaceFirst("title: \"", "title: \"(" + i + ") "));
            titleEdits.add(ms);
            files += lastChanged;
        }
        int warm = Math.min(5, edits / 3);
        System.out.printf("  body edit (one event page):   median %d ms, p90 %d ms, max %d ms over %d edits after %d warm-up%n",
                percentile(bodyEdits.subList(warm, edits), 50), percentile(bodyEdits.subList(warm, edits), 90),
                percentile(bodyEdits.subList(warm, edits), 100), edits - warm, warm);
        System.out.printf("  title edit (event, topics, timeline, exports): median %d ms, p90 %d ms, max %d ms; %.1f files rewritten per edit%n",
                percentile(titleEdits.subList(warm, edits), 50), percentile(titleEdits.subList(warm, edits), 90),
                percentile(titleEdits.subList(warm, edits), 100), (double) files / edits);
        System.out.printf("  CPU time of the JVM per rebuild (all threads, GC included): median %d ms, p90 %d ms%n",
                percentile(cpuMillis.subList(2 * warm, cpuMillis.size()), 50), percentile(cpuMillis.subList(2 * warm, cpuMillis.size()), 90));
        System.out.printf("  CPU time of the rebuilding thread (what a rebuild costs on an idle core): body edit median %d ms, p90 %d ms;"
                        + " title edit median %d ms, p90 %d ms%n",
                percentile(bodyThreadMillis.subList(warm, edits), 50), percentile(bodyThreadMillis.subList(warm, edits), 90),
                percentile(titleThreadMillis.subList(warm, edits), 50), percentile(titleThreadMillis.subList(warm, edits), 90));
        System.out.printf("  load average while measuring: %.1f on %d cores%n", CPU.getSystemLoadAverage(), CPU.getAvailableProcessors());
        deleteTree(work);
    }

    private static int lastChanged;
    private static final List<Long> cpuMillis = new ArrayList<>();
    private static final List<Long> bodyThreadMillis = new ArrayList<>();
    private static final List<Long> titleThreadMillis = new ArrayList<>();
    private static int lastTitleArticle;
    private static final java.lang.management.ThreadMXBean THREAD = java.lang.management.ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean CPU =
            java.lang.management.ManagementFactory.getPlatformMXBean(com.sun.management.OperatingSystemMXBean.class);

    private static long time(Rebuilder rebuilder, Path article, java.util.function.UnaryOperator<String> edit) throws IOException {
        Files.writeString(article, edit.apply(Files.readString(article, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        long start = System.nanoTime();
        long cpuStart = CPU.getProcessCpuTime();
        long threadStart = THREAD.getCurrentThreadCpuTime();
        Rebuilder.Result result = rebuilder.update(Set.of(article));
        long ms = (System.nanoTime() - start) / 1_000_000;
        cpuMillis.add((CPU.getProcessCpuTime() - cpuStart) / 1_000_000);
        (article.toString().hashCode() == lastTitleArticle ? titleThreadMillis : bodyThreadMillis)
                .add((THREAD.getCurrentThreadCpuTime() - threadStart) / 1_000_000);
        if (result.failed()) {
            throw new IllegalStateException("rebuild failed: " + result.report().diagnostics());
        }
        lastChanged = result.changed().size();
        return ms;
    }

    private static long percentile(List<Long> values, int p) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Collections.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
