package khatt.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import khatt.build.BuildOptions;
import khatt.build.BuildReport;
import khatt.build.GeneratedCorpus;
import khatt.build.SiteBuilder;

/**
 * A site built once per test run under {@code target/} and served on a loopback port, as a static
 * host would serve it (unknown addresses get {@code 404.html}): the seed site ({@code content/}), or a
 * generated one of 1,000 articles.
 */
final class ServedSite {

    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8", "json", "application/json",
            "xml", "application/xml", "woff2", "font/woff2", "bib", "text/plain; charset=utf-8",
            "ris", "application/x-research-info-systems");

    private static ServedSite seed;
    private static ServedSite generated;

    final Path dir;
    final String baseUrl;

    private ServedSite(Path dir, String baseUrl) {
        this.dir = dir;
        this.baseUrl = baseUrl;
    }

    /** The seed site, from {@code content/}. */
    static synchronized ServedSite seed() throws IOException {
        if (seed == null) {
            seed = start(Path.of("content"), Path.of("target", "browser-site"));
        }
        return seed;
    }

    /** A generated site of 1,000 articles ({@link GeneratedCorpus}), its timeline split over year and month pages. */
    static synchronized ServedSite generated() throws IOException {
        if (generated == null) {
            Path content = Path.of("target", "browser-1000", "content");
            if (Files.isDirectory(content)) {
                try (Stream<Path> walk = Files.walk(content)) {
                    walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
            generated = start(GeneratedCorpus.write(content, 1000), Path.of("target", "browser-1000", "site"));
        }
        return generated;
    }

    private static ServedSite start(Path content, Path dir) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
        BuildReport report = new SiteBuilder().build(new BuildOptions(content, dir, Path.of("templates"), base));
        if (report.failed()) {
            throw new IllegalStateException(content + " does not build: " + report.diagnostics());
        }
        server.createContext("/", exchange -> serve(dir, exchange));
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0)));
        return new ServedSite(dir, base);
    }

    /** Every generated HTML page, by path from the site root. */
    List<String> htmlPages() throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.toString().endsWith(".html")).map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    private static void serve(Path dir, HttpExchange exchange) throws IOException {
        String path = URLDecoder.decode(exchange.getRequestURI().getPath(), StandardCharsets.UTF_8);
        Path file = dir.resolve(path.substring(1)).normalize();
        if (file.startsWith(dir) && Files.isDirectory(file)) {
            file = file.resolve("index.html");
        }
        int status = 200;
        if (!file.startsWith(dir) || !Files.isRegularFile(file)) {
            file = dir.resolve("404.html");
            status = 404;
        }
        String name = file.getFileName().toString();
        String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
        byte[] body = Files.readAllBytes(file);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
