package khatt.cli;

import java.util.concurrent.Callable;
import khatt.build.BuildOptions;
import khatt.build.BuildReport;
import khatt.build.SiteBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Validates the content and templates as a build would, without writing anything.")
final class CheckCommand implements Callable<Integer> {

    @Mixin
    SiteOptions site;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        BuildReport report = new SiteBuilder().check(new BuildOptions(site.content, null, site.templates, null));
        Reporting.forTerminal(spec.commandLine().getErr()).print(report);
        long errors = report.diagnostics().stream().filter(d -> d.isError()).count();
        spec.commandLine().getOut().println(String.format(java.util.Locale.ROOT, "%d articles, %d events: %d error(s), %d warning(s)",
                report.articles(), report.events(), errors, report.diagnostics().size() - errors));
        return errors > 0 ? 1 : 0;
    }
}
