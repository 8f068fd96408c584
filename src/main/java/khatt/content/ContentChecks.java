package khatt.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /** A band of hashes this many articles share comes from stock phrases; it is not compared further. */
    static final int COMMON_BAND = 32;

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
        Map<Long, List<Integer>> bands = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            ArticleSource article = articles.get(i);
            if (article.sketch() == null) {
                continue;
            }
            Set<Integer> compared = new HashSet<>();
            boolean reported = false;
            for (long band : article.sketch().bands()) {
                List<Integer> earlier = bands.computeIfAbsent(band, k -> new ArrayList<>());
                if (earlier.size() >= COMMON_BAND) {
                    continue; // stock phrases many articles share, not a sign of a copy: the other bands decide
                }
                for (int j = 0; j < earlier.size() && !reported; j++) {
                    int other = earlier.get(j);
                    reported = compared.add(other) && report(article, articles.get(other), diagnostics);
                }
                earlier.add(i);
            }
        }
    }

    /** Reports {@code article} as a copy of {@code earlier} if it is one. */
    private static boolean report(ArticleSource article, ArticleSource earlier, Diagnostics diagnostics) {
        double similarity = article.sketch().similarity(earlier.sketch());
        if (similarity < NEAR_IDENTICAL) {
            return false;
        }
        diagnostics.add(Diagnostic.warning(article.file(), article.bodyLine(),
                "looks like a duplicate of " + earlier.file() + ": their texts are near-identical (about "
                        + Math.round(similarity * 100) + "% the same)",
                "delete one of the two, or keep both if they are different outlets' copies of one wire story"));
        return true;
    }
}
