package khatt.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps a build under 1 GB of memory as a user runs it, {@code java -jar khatt.jar build}: a JVM
 * started without a heap limit may take a quarter of the machine's memory, and its collector grows
 * the heap towards that when it is busy. A jar's manifest cannot set the heap, so when no limit was
 * given (and the default is larger), the commands that read a whole site run again in a child JVM
 * with {@link #MAX_HEAP}, the same arguments, streams and exit code. An explicit {@code -Xmx} wins.
 *
 * <p>The child of a one-off command ({@code build}, {@code check}) also gets {@link #ONE_OFF}: a
 * build is over in seconds, too soon for the optimising compiler to repay the cores it takes from
 * the build (on 2 cores, 10,000 articles built in two thirds of the time without it, and 100,000 in
 * the same time). {@code serve} runs for hours and keeps it.
 *
 * <p>Every site takes the child, however small: the quick compiler saves a small site about what
 * the second start-up costs (5 articles: the same wall time, a quarter less CPU; 50 articles:
 * 0.2 s less; 200 articles: 2.7 s instead of 3.5–4.0 s).
 *
 * <p>The child maps the classes a build loads from the archive {@code mvn package} trains beside
 * the jar (see the pom), instead of loading them: the 5-article site's child runs in 1.1 s instead of 1.5 s.
 */
final class HeapLimit {

    /** Enough for 100,000 articles; with the JVM's own memory the process stays under 1 GB. */
    static final String MAX_HEAP = "-Xmx600m";
    private static final long LIMIT_BYTES = 600L << 20;
    private static final Set<String> WHOLE_SITE_COMMANDS = Set.of("build", "check", "serve");
    /** Only the quick compiler, and the throughput collector: a batch job's JVM. */
    static final List<String> ONE_OFF = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC");
    private HeapLimit() {}

    /** Runs the command in a child JVM with a heap limit when it needs one; the child's exit code, or empty. */
    static Optional<Integer> runLimited(String[] args) {
        if (args.length == 0 || !WHOLE_SITE_COMMANDS.contains(args[0]) || Runtime.getRuntime().maxMemory() <= LIMIT_BYTES) {
            return Optional.empty();
        }
        List<String> jvmArgs = ManagementFactory.getRuntimeMXBean().getInputArguments();
        Optional<Path> jar = ownJar();
        Optional<String> java = ProcessHandle.current().info().command();
        if (limitGiven(jvmArgs) || jar.isEmpty() || java.isEmpty()) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(java.get());
        command.addAll(childOptions(args[0], jvmArgs, classDataArchive(jar.get())));
        command.add("-cp");
        command.add(jar.get().toString());
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        try {
            Process child = new ProcessBuilder(command).inheritIO().start();
            Thread stop = new Thread(child::destroy);
            Runtime.getRuntime().addShutdownHook(stop);
            int code = child.waitFor();
            Runtime.getRuntime().removeShutdownHook(stop);
            return Optional.of(code);
        } catch (IOException e) {
            return Optional.empty(); // no child: run here, unlimited, rather than not at all
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(130);
        }
    }

    /**
     * The child JVM's options for {@code command}: the limit, a one-off job's compiler and collector
     * unless given, the class-data archive (may be empty) unless class sharing was chosen, then the parent's own.
     */
    static List<String> childOptions(String command, List<String> jvmArgs, Optional<Path> archive) {
        List<String> options = new ArrayList<>();
        options.add(MAX_HEAP);
        if (archive.isPresent() && jvmArgs.stream().noneMatch(a -> a.startsWith("-Xshare") || a.startsWith("-XX:SharedArchiveFile"))) {
            // an archive of another jar or JDK is not used: say nothing of it, the classes load as usual
            options.addAll(List.of("-XX:SharedArchiveFile=" + archive.get(), "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
        }
        boolean ownChoice = jvmArgs.stream().anyMatch(a -> a.startsWith("-XX:TieredStopAtLevel") || a.startsWith("-XX:-TieredCompilation")
                || a.matches("-XX:\\+Use\\w+GC"));
        if (!command.equals("serve") && !ownChoice) {
            options.addAll(ONE_OFF);
        }
        options.addAll(jvmArgs);
        return options;
    }

    static boolean limitGiven(List<String> jvmArgs) {
        return jvmArgs.stream().anyMatch(a -> a.startsWith("-Xmx") || a.startsWith("-XX:MaxHeapSize")
                || a.startsWith("-XX:MaxRAM"));
    }

    /** The class-data archive Maven trains beside the jar ({@code khatt.jar}: {@code khatt.jsa}), if it is there. */
    static Optional<Path> classDataArchive(Path jar) {
        String name = jar.getFileName().toString();
        Path archive = jar.resolveSibling(name.substring(0, name.length() - ".jar".length()) + ".jsa");
        return Files.isRegularFile(archive) ? Optional.of(archive) : Optional.empty();
    }

    /** The jar Khatt runs from; empty when it runs from classes (tests, an IDE). */
    private static Optional<Path> ownJar() {
        try {
            Path location = Path.of(HeapLimit.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return location.toString().endsWith(".jar") ? Optional.of(location) : Optional.empty();
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
