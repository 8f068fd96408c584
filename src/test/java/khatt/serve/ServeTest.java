package khatt.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import khatt.build.BuildOptions;
import khatt.build.Rebuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve} end to end: a real server on a free port, a real file edit, a real reload event. */
class ServeTest {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void servesRebuildsOnAnEditAndTellsOpenPagesToReload(@TempDir Path dir) throws Exception {
        Path content = dir.resolve("content");
        copyTree(Path.of("content"), content);
        Path out = dir.resolve("site-output");
        List<Rebuilder.Result> builds = new CopyOnWriteArrayList<>();

        try (Serve serve = Serve.start(new BuildOptions(content, out, dir.resolve("templates"), null), 0, builds::add)) {
            String base = "http://127.0.0.1:" + serve.port();
            HttpResponse<String> page = get(base + "/events/2019-05-14-sochi/");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("<script src=\"/_khatt/live-reload.js\"></script>").doesNotContain("khatt-errors");
            assertThat(page.headers().firstValue("Content-Security-Policy")).hasValue(khatt.render.ContentSecurityPolicy.POLICY);
            assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(get(base + DevServer.LIVE_RELOAD).body()).contains("new EventSource(\"/_khatt/events\")");
            assertThat(Files.readString(out.resolve("events/2019-05-14-sochi/index.html"))).doesNotContain("EventSource");

            BlockingQueue<String> events = listen(base + DevServer.EVENTS);
            assertThat(events.poll(5, TimeUnit.SECONDS)).isEqualTo(": connected");

            Path article = content.resolve("articles/2019-05-14-sochi-rt.md");
            edit(article, "ومنع سباق التسلح", "ومنع سباق التسلح النووي");
            assertThat(nextEvent(events)).isEqualTo("event: reload");
            assertThat(get(base + "/events/2019-05-14-sochi/").body()).contains("ومنع سباق التسلح النووي");
            assertThat(builds.get(builds.size() - 1).changed()).containsExactly("events/2019-05-14-sochi/index.html");

            edit(article, "date: 2019-05-14", "date: 2019-05-99");
            assertThat(nextEvent(events)).isEqualTo("event: reload");
            String broken = get(base + "/events/2019-05-14-sochi/").body();
            assertThat(broken).contains("id=\"khatt-errors\"").contains("impossible date '2019-05-99'")
                    .contains("ومنع سباق التسلح النووي");

            edit(article, "date: 2019-05-99", "date: 2019-05-14");
            assertThat(nextEvent(events)).isEqualTo("event: reload");
            assertThat(get(base + "/").body()).doesNotContain("khatt-errors");
            assertThat(get(base + "/no/such/page").statusCode()).isEqualTo(404);
            assertThat(get(base + "/a%00b").statusCode()).isEqualTo(404);
            assertThat(get(base + "/" + "x".repeat(300)).statusCode()).isEqualTo(404);
            assertThat(get(base + "/" + "y/".repeat(3000)).statusCode()).isEqualTo(404);
            assertThat(get(base + "/events/2019-05-14-sochi").statusCode()).isEqualTo(301);
        }
    }

    @Test
    void aRebuildThatFailsIsReportedAndWatchingGoesOn(@TempDir Path dir) throws Exception {
        Path content = dir.resolve("content");
        copyTree(Path.of("content"), content);
        java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
        Serve.Update failingOnce = (rebuilder, changed) -> {
            if (calls.getAndIncrement() == 0) {
                throw new StackOverflowError();
            }
            return rebuilder.update(changed);
        };
        try (Serve serve = Serve.start(new BuildOptions(content, dir.resolve("site-output"), dir.resolve("templates"), null), 0,
                result -> { }, failingOnce)) {
            String base = "http://127.0.0.1:" + serve.port();
            BlockingQueue<String> events = listen(base + DevServer.EVENTS);
            assertThat(events.poll(5, TimeUnit.SECONDS)).isEqualTo(": connected");
            Path article = content.resolve("articles/2019-05-14-sochi-rt.md");

            edit(article, "ومنع سباق التسلح", "ومنع سباق التسلح النووي");
            assertThat(nextEvent(events)).isEqualTo("event: reload");
            assertThat(get(base + "/events/2019-05-14-sochi/").body()).contains("id=\"khatt-errors\"")
                    .contains("rebuild failed: java.lang.StackOverflowError").doesNotContain("سباق التسلح النووي");

            edit(article, "سباق التسلح النووي", "سباق التسلح النووي والتقليدي");
            assertThat(nextEvent(events)).isEqualTo("event: reload");
            assertThat(get(base + "/events/2019-05-14-sochi/").body()).doesNotContain("khatt-errors")
                    .contains("سباق التسلح النووي والتقليدي");
        }
    }

    @Test
    void closedLiveReloadConnectionsAreClosedOnTheServerToo(@TempDir Path dir) throws Exception {
        try (DevServer server = new DevServer(dir, new java.util.concurrent.locks.ReentrantLock(), 0)) {
            for (int i = 0; i < 20; i++) {
                HttpURLConnection connection = (HttpURLConnection) URI.create("http://127.0.0.1:" + server.port() + DevServer.EVENTS)
                        .toURL().openConnection();
                connection.getInputStream().read();
                connection.getInputStream().close();
                connection.disconnect();
            }
            // The server counts a listener once its handler has run, which may be just after the client read.
            long registered = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (server.openListeners() < 20 && System.nanoTime() < registered) {
                Thread.sleep(20);
            }
            assertThat(server.openListeners()).isEqualTo(20);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (server.openListeners() > 0 && System.nanoTime() < deadline) {
                server.broadcast(": ping\n\n"); // what the heartbeat does every few seconds
                Thread.sleep(100);
            }
            assertThat(server.openListeners()).isZero();
        }
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The lines of an event stream, read on a thread of their own. */
    private static BlockingQueue<String> listen(String url) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
        connection.setReadTimeout(30_000);
        BufferedReader reader = new BufferedReader(new InputStreamReader(connection.getInputStream(), StandardCharsets.UTF_8));
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread thread = new Thread(() -> {
            try {
                for (String line; (line = reader.readLine()) != null; ) {
                    if (!line.isEmpty() && !line.startsWith("retry:")) {
                        lines.add(line);
                    }
                }
            } catch (IOException closed) {
                // the server stopped
            }
        });
        thread.setDaemon(true);
        thread.start();
        return lines;
    }

    private static String nextEvent(BlockingQueue<String> events) throws InterruptedException {
        String line;
        do {
            line = events.poll(20, TimeUnit.SECONDS);
        } while (line != null && !line.startsWith("event:"));
        return line;
    }

    /** Edits like an editor's save; waits a little first so that the change is seen as a new one. */
    private static void edit(Path file, String from, String to) throws IOException, InterruptedException {
        Thread.sleep(100);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
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
}
