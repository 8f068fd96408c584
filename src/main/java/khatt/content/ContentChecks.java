package khatt.content;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import khatt.diag.Diagnostic;
import khatt.diag.Diagnostics;

/**
 * Checks that need more than one file: article ids that clash, and articles that look like copies
 * of each other (the same source address, or near-identical text). Each problem is reported at the
 * later file, in file order, naming the earlier one.
 */
public final class ContentChecks {

    private ContentChecks() {}

    /** Checks the articles of {@code content}; {@code copies} are the near-identical ones among them. */
    public static void check(Content content, NearDuplicates copies, Diagnostics diagnostics) {
        duplicateIds(content.articles(), diagnostics);
        sameSource(content.articles(), diagnostics);
        diagnostics.addAll(copies.warnings());
    }

    private static void duplicateIds(List<ArticleSource> articles, Diagnostics diagnostics) {
        Map<String, Path> byId = new HashMap<>();
        for (ArticleSource article : articles) {
            Path other = byId.putIfAbsent(article.id(), article.file());
            if (other != null) {
                diagnostics.add(Diagnostic.error(article.file(), 0, "duplicate article id '" + article.id() + "' (also " + other + ")",
                        "article file names must be unique across folders: rename one"));
            }
        }
    }

    private static void sameSource(List<ArticleSource> articles, Diagnostics diagnostics) {
        Map<String, ArticleSource> byUrl = new HashMap<>();
        for (ArticleSource article : articles) {
            if (article.sourceUrl() == null) {
                continue;
            }
            ArticleSource other = byUrl.putIfAbsent(article.sourceUrl(), article);
            if (other != null) {
                diagnostics.add(Diagnostic.warning(article.file(), 0, "looks like a duplicate of " + other.file()
                        + ": both have source_url " + article.sourceUrl(), "delete one of the two files"));
            }
        }
    }
}
