package khatt.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options every command that reads a site shares. */
final class SiteOptions {

    @Option(names = "--content", paramLabel = "DIR", description = "content folder (default: ${DEFAULT-VALUE})", defaultValue = "content")
    Path content;

    @Option(names = "--templates", paramLabel = "DIR", description = "templates folder; missing templates fall back to the built-in ones (default: ${DEFAULT-VALUE})", defaultValue = "templates")
    Path templates;
}
