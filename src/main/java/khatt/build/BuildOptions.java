package khatt.build;

import java.nio.file.Path;

/**
 * What to build: the content folder, the output folder, the site's templates (which need not
 * exist: the built-in ones are used), and an optional base URL overriding {@code site.yaml}'s.
 */
public record BuildOptions(Path content, Path out, Path templates, String baseUrl) {}
