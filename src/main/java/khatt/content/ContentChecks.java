package khatt.content;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import khatt.arabic.TextSketch;
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

    private static final long INDEX_MASK = (1L << 20) - 1;

    private ContentChecks() {}

    /** Checks the articles of {@code content}; {@code sketches} holds their texts' sketches, in the same order. */
    public static void check(Content content, List<TextSketch> sketches, Diagnostics diagnostics) {
        duplicateIds(content.articles(), diagnostics);
        sameSource(content.articles(), diagnostics);
        nearIdenticalText(content.articles(), sketches, diagnostics);
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

    private static void nearIdenticalText(List<ArticleSource> articles, List<TextSketch> sketches, Diagnostics diagnostics) {
        // Every (band, article) as one long, sorted: articles sharing a band end up side by side.
        // The band key keeps its high 44 bits; a clash only costs a comparison, never a false report.
        long[] entries = new long[articles.size() * 4];
        int count = 0;
        for (int i = 0; i < articles.size(); i++) {
            TextSketch sketch = sketches.get(i);
            for (int b = 0; sketch != null && b < sketch.bandCount(); b++) {
                entries[count++] = (sketch.band(b) & ~INDEX_MASK) | i;
            }
        }
        Arrays.sort(entries, 0, count);
        long[] pairs = new long[16];
        int pairCount = 0;
        for (int start = 0, end; start < count; start = end) {
            long band = entries[start] & ~INDEX_MASK;
            end = start + 1;
            while (end < count && (entries[end] & ~INDEX_MASK) == band) {
                end++;
            }
            if (end - start < 2 || end - start > COMMON_BAND) {
                continue; // alone, or stock phrases many articles share: not a sign of a copy
            }
            for (int a = start + 1; a < end; a++) {
                for (int b = start; b < a; b++) {
                    if (pairCount == pairs.length) {
                        pairs = Arrays.copyOf(pairs, pairs.length * 2);
                    }
                    pairs[pairCount++] = (entries[a] & INDEX_MASK) << 32 | (entries[b] & INDEX_MASK);
                }
            }
        }
        Arrays.sort(pairs, 0, pairCount);
        int reported = -1;
        for (int p = 0; p < pairCount; p++) {
            int later = (int) (pairs[p] >>> 32);
            int earlier = (int) pairs[p];
            if (later != reported && (p == 0 || pairs[p] != pairs[p - 1])
                    && report(articles.get(later), sketches.get(later), articles.get(earlier), sketches.get(earlier), diagnostics)) {
                reported = later;
            }
        }
    }

    /** Reports {@code article} as a copy of {@code earlier} if it is one. */
    private static boolean report(ArticleSource article, TextSketch sketch, ArticleSource earlier, TextSketch earlierSketch,
                                  Diagnostics diagnostics) {
        double similarity = sketch.similarity(earlierSketch);
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
