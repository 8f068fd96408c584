package khatt.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.Lock;
import khatt.diag.Diagnostic;

/**
 * Serves a built site on 127.0.0.1 for previewing, with live reload: every HTML page it serves gets
 * a small script that listens to {@code /_khatt/events} (Server-Sent Events) and reloads the page on
 * a {@code reload} event. While the content has errors, HTML pages also get an overlay listing them,
 * over the last good pages. Nothing is injected into the files on disk. Files are read while
 * holding {@code reading}, which a rebuild cannot hold while it changes the folder.
 */
final class DevServer implements AutoCloseable {

    static final String EVENTS = "/_khatt/events";

    private static final String SCRIPT = """
            <script>(function(){var s=new EventSource("%s");s.addEventListener("reload",function(){location.reload();});})();</script>
            """.formatted(EVENTS);

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json; charset=utf-8"),
            Map.entry("xml", "application/xml; charset=utf-8"), Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"), Map.entry("ico", "image/x-icon"),
            Map.entry("woff2", "font/woff2"), Map.entry("txt", "text/plain; charset=utf-8"));

    private final Path root;
    private final Lock reading;
    private final HttpServer server;
    private final ExecutorService threads;
    private final List<OutputStream> listeners = new CopyOnWriteArrayList<>();
    private volatile String overlay = "";

    DevServer(Path root, Lock reading, int port) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.reading = reading;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        this.threads = Executors.newCachedThreadPool(r -> {
            Thread thread = new Thread(r, "khatt-http");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(threads);
        server.createContext(EVENTS, this::events);
        server.createContext("/", this::file);
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** Shows {@code problems}' errors over every page from now on, or none when there are none. */
    void showProblems(List<Diagnostic> problems) {
        List<Diagnostic> errors = problems.stream().filter(Diagnostic::isError).toList();
        overlay = errors.isEmpty() ? "" : Overlay.html(errors);
    }

    /** Tells every open page to reload. */
    void reload() {
        byte[] event = "event: reload\ndata: reload\n\n".getBytes(StandardCharsets.UTF_8);
        for (OutputStream listener : listeners) {
            try {
                listener.write(event);
                listener.flush();
            } catch (IOException gone) {
                listeners.remove(listener);
            }
        }
    }

    private void events(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        exchange.sendResponseHeaders(200, 0);
        OutputStream body = exchange.getResponseBody();
        body.write("retry: 500\n: connected\n\n".getBytes(StandardCharsets.UTF_8));
        body.flush();
        listeners.add(body); // left open: reload() writes to it until the page goes away
    }

    private void file(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
                send(exchange, 405, "text/plain; charset=utf-8", "method not allowed".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String path = URI.create(exchange.getRequestURI().getRawPath()).getPath();
            Path file = root.resolve(path.substring(1)).normalize();
            if (!file.startsWith(root)) {
                send(exchange, 403, "text/plain; charset=utf-8", "forbidden".getBytes(StandardCharsets.UTF_8));
                return;
            }
            byte[] bytes;
            int status = 200;
            reading.lock();
            try {
                if (Files.isDirectory(file)) {
                    if (!path.endsWith("/")) {
                        exchange.getResponseHeaders().set("Location", path + "/");
                        send(exchange, 301, "text/plain; charset=utf-8", new byte[0]);
                        return;
                    }
                    file = file.resolve("index.html");
                }
                try {
                    bytes = Files.readAllBytes(file);
                } catch (NoSuchFileException e) {
                    status = 404;
                    file = root.resolve("404.html");
                    bytes = Files.isRegularFile(file) ? Files.readAllBytes(file)
                            : "<!DOCTYPE html><html><body><p>404</p></body></html>".getBytes(StandardCharsets.UTF_8);
                }
            } finally {
                reading.unlock();
            }
            String type = TYPES.getOrDefault(extension(file), "application/octet-stream");
            if (type.startsWith("text/html")) {
                bytes = inject(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
            }
            send(exchange, status, type, bytes);
        }
    }

    /** The page with the live-reload script, and the error overlay when there are errors, before {@code </body>}. */
    private String inject(String html) {
        String extra = overlay + SCRIPT;
        int end = html.lastIndexOf("</body>");
        return end < 0 ? html + extra : html.substring(0, end) + extra + html.substring(end);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] bytes) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head || bytes.length == 0 ? -1 : bytes.length);
        if (!head && bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    @Override
    public void close() {
        for (OutputStream listener : listeners) {
            try {
                listener.close();
            } catch (IOException ignored) {
                // the page went away already
            }
        }
        listeners.clear();
        server.stop(0);
        threads.shutdownNow();
    }
}
