package khatt.serve;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import khatt.build.BuildOptions;
import khatt.build.Rebuilder;
import khatt.diag.Diagnostic;

/**
 * {@code khatt serve}: builds the site, serves it, and on every change to the content or the
 * templates rebuilds what the change affects and reloads the open pages.
 */
public final class Serve implements AutoCloseable {

    /** How long the files must stay unchanged before a rebuild starts: one save, one rebuild. */
    static final long QUIET_MILLIS = 60;

    private final DevServer server;
    private final ContentWatcher watcher;
    private final Thread watching;

    private Serve(DevServer server, ContentWatcher watcher, Thread watching) {
        this.server = server;
        this.watcher = watcher;
        this.watching = watching;
    }

    /**
     * Builds, starts serving on {@code port} (0: any free port) and starts watching.
     * {@code onBuild} hears every build's result, on the watching thread.
     */
    public static Serve start(BuildOptions options, int port, Consumer<Rebuilder.Result> onBuild) throws IOException {
        return start(options, port, onBuild, Rebuilder::update);
    }

    /** How a change is rebuilt; the tests put a failing one in. */
    interface Update {
        Rebuilder.Result apply(Rebuilder rebuilder, Set<Path> changed);
    }

    static Serve start(BuildOptions options, int port, Consumer<Rebuilder.Result> onBuild, Update update) throws IOException {
        ReadWriteLock lock = new ReentrantReadWriteLock();
        Rebuilder rebuilder = new Rebuilder(options, lock.writeLock());
        Rebuilder.Result first = rebuilder.build();
        onBuild.accept(first);
        DevServer server = new DevServer(options.out(), lock.readLock(), port);
        server.showProblems(first.report().diagnostics());
        List<Path> roots = new ArrayList<>(List.of(options.content()));
        if (options.templates() != null) {
            roots.add(options.templates());
        }
        ContentWatcher watcher = new ContentWatcher(roots, QUIET_MILLIS);
        Thread watching = new Thread(() -> watcher.run(changed -> {
            try {
                Rebuilder.Result result = update.apply(rebuilder, changed);
                onBuild.accept(result);
                server.showProblems(result.report().diagnostics());
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                // a rebuild that fails must not end the watching: say so, keep the last good pages
                Diagnostic failed = Diagnostic.error(options.content(), 0, "rebuild failed: " + e,
                        "the last good pages stay up; save again to retry, and report this if it persists");
                System.err.println(failed.file() + ": error: " + failed.message() + "\n    hint: " + failed.hint());
                server.showProblems(List.of(failed));
            }
            server.reload();
        }), "khatt-watch");
        watching.setDaemon(true);
        watching.start();
        return new Serve(server, watcher, watching);
    }

    public int port() {
        return server.port();
    }

    /** Stops watching and serving; open pages lose their connection. */
    @Override
    public void close() throws IOException {
        watching.interrupt();
        watcher.close();
        server.close();
        try {
            watching.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
