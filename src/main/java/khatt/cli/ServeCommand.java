package khatt.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import khatt.build.BuildOptions;
import khatt.build.Rebuilder;
import khatt.serve.Serve;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Builds the site, serves it on 127.0.0.1 and rebuilds what a change to the content or templates affects; open pages reload.",
                "Ctrl-C stops it."})
final class ServeCommand implements Callable<Integer> {

    @Mixin
    SiteOptions site;

    @Option(names = "--port", paramLabel = "N", description = "port to listen on, 0 for any free one (default: ${DEFAULT-VALUE})", defaultValue = "8000")
    int port;

    @Option(names = "--out", paramLabel = "DIR", description = "output folder (default: ${DEFAULT-VALUE})", defaultValue = "site-output")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        Reporting reporting = Reporting.forTerminal(stderr);
        CountDownLatch stopped = new CountDownLatch(1);
        Serve serve;
        try {
            serve = Serve.start(new BuildOptions(site.content, out, site.templates, null), port, result -> report(result, stdout, reporting));
        } catch (BindException e) {
            stderr.println("khatt: cannot listen on 127.0.0.1:" + port + " (" + e.getMessage() + "); pass another --port");
            return 1;
        }
        Thread hook = new Thread(() -> {
            try {
                serve.close();
            } catch (IOException ignored) {
                // stopping anyway
            }
            stdout.println("stopped");
            stdout.flush();
            stopped.countDown();
        });
        Runtime.getRuntime().addShutdownHook(hook);
        stdout.println("serving " + out + " at http://127.0.0.1:" + serve.port() + "/ — watching " + site.content
                + " and " + site.templates + "; Ctrl-C stops");
        stdout.flush();
        stopped.await();
        return 0;
    }

    private static void report(Rebuilder.Result result, PrintWriter stdout, Reporting reporting) {
        reporting.print(result.report());
        if (result.failed()) {
            reporting.failure(result.report().diagnostics().stream().filter(d -> d.isError()).count()
                    + " error(s): still serving the last good pages");
        } else {
            stdout.println(String.format(java.util.Locale.ROOT, "%d articles, %d events: %d file(s) changed in %d ms",result.report().articles(),
                    result.report().events(), result.changed().size(), result.report().millis()));
        }
        stdout.flush();
    }
}
