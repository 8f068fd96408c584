package khatt.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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

    /** The estimated share of shared phrases above which two bodies count as copies. */
    static final double NEAR_IDENTICAL = 0.9;

    private ContentChecks() {}

    public static void check(Content content, Diagnostics diagnostics) {
        duplicateIds(content.articles(), diagnostics);
        sameSource(content.articles(), diagnostics);
        nearIdenticalText(content.articles(), diagnostics);
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

    private static void nearIdenticalText(List<ArticleSource> articles, Diagnostics diagnostics) {
        Map<Long, List<ArticleSource>> buckets = new LinkedHashMap<>();
        for (ArticleSource article : articles) {
            if (article.sketch() != null && !article.sketch().isEmpty()) {
                buckets.computeIfAbsent(article.sketch().first(), k -> new ArrayList<>()).add(article);
            }
        }
        for (List<ArticleSource> bucket : buckets.values()) {
            for (int i = 1; i < bucket.size(); i++) {
                ArticleSource article = bucket.get(i);
                for (int j = 0; j < i; j++) {
                    ArticleSource earlier = bucket.get(j);
                    double similarity = article.sketch().similarity(earlier.sketch());
                    if (similarity >= NEAR_IDENTICAL && !article.id().equals(earlier.id())) {
                        diagnostics.add(Diagnostic.warning(article.file(), article.bodyLine(),
                                "looks like a duplicate of " + earlier.file() + ": their texts are near-identical (about "
                                        + Math.round(similarity * 100) + "% the same)",
                                "delete one of the two, or keep both if they are different outlets' copies of one wire story"));
                        break;
                    }
                }
            }
        }
    }
}
