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
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import khatt.diag.Diagnostic;
import khatt.render.ContentSecurityPolicy;

/**
 * Serves a built site on 127.0.0.1 for previewing, with live reload: every HTML page it serves gets
 * a small script that listens to {@code /_khatt/events} (Server-Sent Events) and reloads the page on
 * a {@code reload} event. While the content has errors, HTML pages also get an overlay listing them,
 * over the last good pages. Nothing is injected into the files on disk. Files are read while
 * holding {@code reading}, which a rebuild cannot hold while it changes the folder.
 */
final class DevServer implements AutoCloseable {

    static final String EVENTS = "/_khatt/events";

    /** The live-reload script, served from the site's own address so the pages' policy allows it. */
    static final String LIVE_RELOAD = "/_khatt/live-reload.js";

    private static final String SCRIPT = "<script src=\"" + LIVE_RELOAD + "\"></script>\n";

    private static final byte[] LIVE_RELOAD_JS = """
            (function(){var s=new EventSource("%s");s.addEventListener("reload",function(){location.reload();});})();
            """.formatted(EVENTS).getBytes(StandardCharsets.UTF_8);

    /** How often open live-reload connections are written to, so that those of closed pages are found and closed. */
    private static final long HEARTBEAT_SECONDS = 10;

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
    private final List<HttpExchange> listeners = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "khatt-heartbeat");
        thread.setDaemon(true);
        return thread;
    });
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
        server.createContext(LIVE_RELOAD, exchange -> {
            try (exchange) {
                send(exchange, 200, TYPES.get("js"), LIVE_RELOAD_JS);
            }
        });
        server.createContext("/", this::file);
        server.start();
        heartbeat.scheduleWithFixedDelay(() -> broadcast(": ping\n\n"), HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
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
        broadcast("event: reload\ndata: reload\n\n");
    }

    /** Writes {@code message} to every open page; closes the connections of pages that went away. */
    void broadcast(String message) {
        byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
        for (HttpExchange listener : listeners) {
            try {
                OutputStream body = listener.getResponseBody();
                body.write(bytes);
                body.flush();
            } catch (IOException gone) {
                listeners.remove(listener);
                listener.close(); // else its socket stays open until serve stops
            }
        }
    }

    int openListeners() {
        return listeners.size();
    }

    private void events(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        exchange.sendResponseHeaders(200, 0);
        OutputStream body = exchange.getResponseBody();
        body.write("retry: 500\n: connected\n\n".getBytes(StandardCharsets.UTF_8));
        body.flush();
        listeners.add(exchange); // left open: broadcast() writes to it until the page goes away
    }

    private void file(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
                send(exchange, 405, "text/plain; charset=utf-8", "method not allowed".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String path;
            Path file;
            try {
                path = URI.create(exchange.getRequestURI().getRawPath()).getPath();
                file = root.resolve(path.substring(1)).normalize();
            } catch (IllegalArgumentException notAFileName) { // %00 (InvalidPathException), malformed escapes
                path = "/404.html";
                file = root.resolve("no such file");
            }
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
                } catch (FileSystemException e) { // no such file, or a name too long for the disk
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
        exchange.getResponseHeaders().set("Content-Security-Policy", ContentSecurityPolicy.POLICY);
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
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
        heartbeat.shutdownNow();
        listeners.forEach(HttpExchange::close);
        listeners.clear();
        server.stop(0);
        threads.shutdownNow();
    }
}
