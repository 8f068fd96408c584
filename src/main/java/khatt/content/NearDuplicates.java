package khatt.content;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import khatt.arabic.TextSketch;
import khatt.diag.Diagnostic;

/**
 * Articles whose texts are near-identical copies of an earlier article's (in file order). Only
 * articles that share a band of their sketches are compared, and each is reported once, as a copy
 * of the first earlier article that is one.
 *
 * <p>Immutable. {@link #update} answers for new articles by redoing only the articles an edit can
 * have changed: the edited ones and those sharing a band with their old or new text. So a rebuild
 * in {@code serve} does not compare every article again.
 */
public final class NearDuplicates {

    /** No articles: what {@link #update} starts from. */
    public static final NearDuplicates NONE =
            new NearDuplicates(List.of(), new TextSketch[0], new long[0], new Diagnostic[0], new BitSet());

    /** The estimated share of shared phrases above which two bodies count as copies. */
    static final double NEAR_IDENTICAL = 0.9;

    /** A band of hashes this many articles share comes from stock phrases; it is not compared further. */
    static final int COMMON_BAND = 32;

    /** An entry keeps a band's high 44 bits above the article's position: a clash only costs a comparison. */
    private static final long POSITION_MASK = (1L << 20) - 1;

    private final List<ArticleSource> articles;
    private final TextSketch[] sketches;
    /** Every (band, position) as one long, sorted: articles sharing a band sit side by side. */
    private final long[] entries;
    /** Per position, the warning that the article is a copy, or null. */
    private final Diagnostic[] warnings;

    private NearDuplicates(List<ArticleSource> articles, TextSketch[] sketches, long[] entries, Diagnostic[] kept, BitSet redo) {
        this.articles = articles;
        this.sketches = sketches;
        this.entries = entries;
        this.warnings = kept;
        redo.stream().forEach(position -> warnings[position] = warningAt(position));
    }

    /**
     * The copies among {@code articles}, whose texts' sketches are {@code sketches} (same order; a
     * null sketch is never compared). Reuses this answer when the article files are the same.
     */
    public NearDuplicates update(List<ArticleSource> articles, List<TextSketch> sketches) {
        TextSketch[] newSketches = sketches.toArray(TextSketch[]::new);
        if (!sameFiles(articles)) {
            BitSet all = new BitSet();
            all.set(0, articles.size());
            return new NearDuplicates(List.copyOf(articles), newSketches, entries(newSketches, all, new long[0]),
                    new Diagnostic[articles.size()], all);
        }
        BitSet edited = new BitSet();
        BitSet textEdited = new BitSet();
        for (int i = 0; i < newSketches.length; i++) {
            if (!Objects.equals(this.sketches[i], newSketches[i])) {
                textEdited.set(i);
            }
            if (textEdited.get(i) || this.articles.get(i) != articles.get(i)) {
                edited.set(i);
            }
        }
        if (edited.isEmpty()) {
            return this;
        }
        long[] newEntries = textEdited.isEmpty() ? entries : entries(newSketches, textEdited, entries);
        Set<Long> bands = new HashSet<>();
        textEdited.stream().forEach(i -> {
            Arrays.stream(bandKeys(this.sketches[i])).forEach(bands::add);
            Arrays.stream(bandKeys(newSketches[i])).forEach(bands::add);
        });
        BitSet redo = (BitSet) edited.clone();
        for (long band : bands) {
            for (int k = firstOf(newEntries, band), end = endOf(newEntries, band, k); k < end; k++) {
                redo.set(position(newEntries[k]));
            }
        }
        return new NearDuplicates(List.copyOf(articles), newSketches, newEntries, warnings.clone(), redo);
    }

    /** One warning per copy, in file order. */
    public List<Diagnostic> warnings() {
        return Arrays.stream(warnings).filter(Objects::nonNull).toList();
    }

    private boolean sameFiles(List<ArticleSource> others) {
        if (others.size() != articles.size()) {
            return false;
        }
        for (int i = 0; i < others.size(); i++) {
            if (others.get(i) != articles.get(i) && !others.get(i).file().equals(articles.get(i).file())) {
                return false;
            }
        }
        return true;
    }

    /** {@code kept}'s entries but those of the {@code redo} positions, plus the entries of those positions' sketches, sorted. */
    private static long[] entries(TextSketch[] sketches, BitSet redo, long[] kept) {
        long[] all = new long[kept.length + redo.cardinality() * 4];
        int count = 0;
        for (long entry : kept) {
            if (!redo.get(position(entry))) {
                all[count++] = entry;
            }
        }
        for (int i = redo.nextSetBit(0); i >= 0; i = redo.nextSetBit(i + 1)) {
            for (long band : bandKeys(sketches[i])) {
                all[count++] = band | i;
            }
        }
        Arrays.sort(all, 0, count); // the kept entries are one sorted run, which the sort merges rather than re-sorts
        return Arrays.copyOf(all, count);
    }

    /** The keys {@code sketch}'s bands have in entries (none without a sketch). */
    private static long[] bandKeys(TextSketch sketch) {
        long[] keys = new long[sketch == null ? 0 : sketch.bandCount()];
        for (int b = 0; b < keys.length; b++) {
            keys[b] = sketch.band(b) & ~POSITION_MASK;
        }
        return keys;
    }

    private static int position(long entry) {
        return (int) (entry & POSITION_MASK);
    }

    /** The index in the sorted {@code entries} of the first entry of {@code band} (of the first after it when none). */
    private static int firstOf(long[] entries, long band) {
        int low = 0;
        int high = entries.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (entries[middle] < band) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** The end of the run of {@code band}'s entries that starts at {@code start}. */
    private static int endOf(long[] entries, long band, int start) {
        int end = start;
        while (end < entries.length && (entries[end] & ~POSITION_MASK) == band) {
            end++;
        }
        return end;
    }

    /** The warning that the article at {@code later} copies the first earlier article it is near-identical to, or null. */
    private Diagnostic warningAt(int later) {
        TextSketch sketch = sketches[later];
        for (int earlier : earlierSharingABand(later)) {
            double similarity = sketch.similarity(sketches[earlier]);
            if (similarity >= NEAR_IDENTICAL) {
                ArticleSource article = articles.get(later);
                return Diagnostic.warning(article.file(), article.bodyLine(),
                        "looks like a duplicate of " + articles.get(earlier).file() + ": their texts are near-identical (about "
                                + Math.round(similarity * 100) + "% the same)",
                        "delete one of the two, or keep both if they are different outlets' copies of one wire story");
            }
        }
        return null;
    }

    /** The positions before {@code later} that share one of its bands, in order; bands of stock phrases left out. */
    private int[] earlierSharingABand(int later) {
        long[] bands = bandKeys(sketches[later]);
        int[] earlier = new int[bands.length * COMMON_BAND];
        int count = 0;
        for (long band : bands) {
            int start = firstOf(entries, band);
            int end = endOf(entries, band, start);
            if (end - start < 2 || end - start > COMMON_BAND) {
                continue; // alone, or stock phrases many articles share: not a sign of a copy
            }
            for (int k = start; k < end; k++) {
                if (position(entries[k]) < later) {
                    earlier[count++] = position(entries[k]);
                }
            }
        }
        return count < 2 ? Arrays.copyOf(earlier, count) : Arrays.stream(earlier, 0, count).sorted().distinct().toArray();
    }
}
