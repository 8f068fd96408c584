package khatt.cli;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicInteger;
import khatt.build.Progress;

/**
 * A one-line progress bar on a terminal, redrawn at most ten times a second, shown only once a
 * build has taken longer than a moment and erased when it ends, so short builds print nothing.
 */
final class ProgressBar implements Progress {

    private static final long SHOW_AFTER_NANOS = 400_000_000L;
    private static final long REDRAW_NANOS = 100_000_000L;
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final AtomicInteger done = new AtomicInteger();
    private volatile int total;
    private volatile long started;
    private volatile long drawn;
    private volatile boolean shown;

    ProgressBar(PrintWriter err) {
        this.err = err;
    }

    /** A bar on a terminal; nothing in logs and CI. */
    static Progress forTerminal(PrintWriter err) {
        return Terminal.interactive() ? new ProgressBar(err) : Progress.NONE;
    }

    @Override
    public void start(int files) {
        total = files;
        started = System.nanoTime();
    }

    @Override
    public void fileDone() {
        int now = done.incrementAndGet();
        long time = System.nanoTime();
        if (time - started < SHOW_AFTER_NANOS || time - drawn < REDRAW_NANOS) {
            return;
        }
        synchronized (this) {
            drawn = time;
            shown = true;
            int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * now / total);
            err.print("\r[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + now + "/" + total + " files");
            err.flush();
        }
    }

    @Override
    public synchronized void end() {
        if (shown) {
            err.print("\r" + " ".repeat(WIDTH + 30) + "\r");
            err.flush();
        }
    }
}
