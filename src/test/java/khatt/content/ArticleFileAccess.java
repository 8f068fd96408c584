package khatt.content;

import java.nio.file.Path;
import java.util.List;
import khatt.diag.Diagnostics;
import khatt.markdown.Markdown;

/** One article file read as a build reads it, for tests outside this package. */
public final class ArticleFileAccess {

    private static final ArticleReader READER = new ArticleReader(
            List.of(new TopicDefinition("syria", "سوريا", null, List.of("سوريا", "دمشق"))), new Markdown());

    private ArticleFileAccess() {}

    /** The article of {@code file}, or null when it has errors or is a draft; every problem goes to {@code diagnostics}. */
    public static ArticleSource read(Path file, Diagnostics diagnostics) {
        return ContentLoader.readArticle(file, READER, diagnostics).article();
    }
}
