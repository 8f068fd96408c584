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
import khatt.build.SiteBuilder;

/**
 * The seed site ({@code content/}) built once per test run into {@code target/browser-site} and served
 * on a loopback port, as a static host would serve it (unknown addresses get {@code 404.html}).
 */
final class SeedSite {

    static final Path DIR = Path.of("target", "browser-site");
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8", "json", "application/json",
            "xml", "application/xml", "woff2", "font/woff2", "bib", "text/plain; charset=utf-8",
            "ris", "application/x-research-info-systems");

    private static SeedSite instance;

    final String baseUrl;
    private final HttpServer server;

    private SeedSite(HttpServer server, String baseUrl) {
        this.server = server;
        this.baseUrl = baseUrl;
    }

    static synchronized SeedSite get() throws IOException {
        if (instance == null) {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
            BuildReport report = new SiteBuilder().build(new BuildOptions(Path.of("content"), DIR, Path.of("templates"), base));
            if (report.failed()) {
                throw new IllegalStateException("the seed site does not build: " + report.diagnostics());
            }
            server.createContext("/", SeedSite::serve);
            server.start();
            instance = new SeedSite(server, base);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0)));
        }
        return instance;
    }

    /** Every generated HTML page, by path from the site root. */
    static List<String> htmlPages() throws IOException {
        try (Stream<Path> walk = Files.walk(DIR)) {
            return walk.filter(p -> p.toString().endsWith(".html")).map(p -> DIR.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    private static void serve(HttpExchange exchange) throws IOException {
        String path = URLDecoder.decode(exchange.getRequestURI().getPath(), StandardCharsets.UTF_8);
        Path file = DIR.resolve(path.substring(1)).normalize();
        if (file.startsWith(DIR) && Files.isDirectory(file)) {
            file = file.resolve("index.html");
        }
        int status = 200;
        if (!file.startsWith(DIR) || !Files.isRegularFile(file)) {
            file = DIR.resolve("404.html");
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
