package khatt.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import khatt.build.BuildOptions;
import khatt.build.BuildReport;
import khatt.build.SiteBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Builds the site from the content folder into the output folder.")
final class BuildCommand implements Callable<Integer> {

    @Mixin
    SiteOptions site;

    @Option(names = "--out", paramLabel = "DIR", description = "output folder, replaced only when the build succeeds (default: ${DEFAULT-VALUE})", defaultValue = "site-output")
    Path out;

    @Option(names = "--base-url", paramLabel = "URL", description = "address the site is published at; overrides site.yaml's base_url")
    String baseUrl;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Reporting reporting = Reporting.forTerminal(spec.commandLine().getErr());
        BuildReport report = new SiteBuilder().build(new BuildOptions(site.content, out, site.templates, baseUrl),
                ProgressBar.forTerminal(spec.commandLine().getErr()));
        reporting.print(report);
        if (report.failed()) {
            reporting.failure("build failed: " + report.diagnostics().stream().filter(d -> d.isError()).count()
                    + " error(s); " + out + " was left as it was");
            return 1;
        }
        spec.commandLine().getOut().println(report.summary());
        return 0;
    }
}
