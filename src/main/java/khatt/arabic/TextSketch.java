package khatt.arabic;

import java.util.Arrays;

/**
 * A small fingerprint of a text for finding near-identical copies: the smallest hashes of its
 * three-word shingles (a bottom-k MinHash sketch). Words are compared after folding diacritics,
 * tatweel, alef forms, taa marbuta and alef maqsura, so that a copy re-typed with other spellings
 * of those letters still matches. Cheap enough to take of every article when it is read.
 */
public record TextSketch(long[] minima, long[] bands) {

    /** How many hashes a sketch keeps. */
    public static final int SIZE = 48;

    public static final TextSketch EMPTY = new TextSketch(new long[0]);

    public TextSketch(long[] minima) {
        this(minima.clone(), bandsOf(minima));
    }

    public TextSketch {
        minima = minima.clone();
        bands = bands.clone();
    }

    public static TextSketch of(String text) {
        long[] smallest = new long[SIZE];
        Arrays.fill(smallest, Long.MAX_VALUE);
        int count = 0;
        long w1 = 0;
        long w2 = 0;
        int words = 0;
        long word = 0;
        boolean inWord = false;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? fold(text.charAt(i)) : ' ';
            if (c == 0) {
                continue; // a diacritic or tatweel: not part of the spelling
            }
            if (Character.isLetterOrDigit(c)) {
                word = word * 1_000_003L + c;
                inWord = true;
            } else if (inWord) {
                if (++words >= 3) {
                    count = offer(smallest, count, mix(w1 * 31 + w2 * 17 + word));
                }
                w1 = w2;
                w2 = word;
                word = 0;
                inWord = false;
            }
        }
        return new TextSketch(Arrays.copyOf(smallest, count));
    }

    /** How many hashes make one band of {@link #bands()}. */
    static final int BAND = 4;

    /**
     * Keys of bands of the smallest hashes (four each, for the first sixteen). Near-identical texts
     * share at least one band almost always; texts that merely share some stock phrases almost never
     * do, so comparing only texts that share a band keeps the search close to linear. Made once,
     * when the sketch is.
     */
    @Override
    public long[] bands() {
        return bands.clone();
    }

    public int bandCount() {
        return bands.length;
    }

    public long band(int index) {
        return bands[index];
    }

    /** The band keys, computed with the sketch. */
    private static long[] bandsOf(long[] minima) {
        int count = Math.min(minima.length, 16) / BAND;
        long[] bands = new long[count];
        for (int b = 0; b < count; b++) {
            long key = b;
            for (int i = b * BAND; i < (b + 1) * BAND; i++) {
                key = mix(key * 31 + minima[i]);
            }
            bands[b] = key;
        }
        return bands;
    }

    public boolean isEmpty() {
        return minima.length == 0;
    }

    /** An estimate of the share of three-word phrases the two texts have in common, 0 to 1. */
    public double similarity(TextSketch other) {
        if (isEmpty() || other.isEmpty()) {
            return 0;
        }
        int i = 0;
        int j = 0;
        int seen = 0;
        int shared = 0;
        int size = Math.min(SIZE, Math.max(minima.length, other.minima.length));
        while (seen < size && (i < minima.length || j < other.minima.length)) {
            long a = i < minima.length ? minima[i] : Long.MAX_VALUE;
            long b = j < other.minima.length ? other.minima[j] : Long.MAX_VALUE;
            if (a == b) {
                shared++;
                i++;
                j++;
            } else if (a < b) {
                i++;
            } else {
                j++;
            }
            seen++;
        }
        return (double) shared / seen;
    }

    private static int offer(long[] smallest, int count, long hash) {
        if (count == SIZE && hash >= smallest[SIZE - 1]) {
            return count;
        }
        int at = Arrays.binarySearch(smallest, 0, count, hash);
        if (at >= 0) {
            return count; // already kept
        }
        int insert = -at - 1;
        int moved = Math.min(count, SIZE - 1) - insert;
        if (moved > 0) {
            System.arraycopy(smallest, insert, smallest, insert + 1, moved);
        }
        smallest[insert] = hash;
        return Math.min(count + 1, SIZE);
    }

    private static char fold(char c) {
        if ((c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640') {
            return 0;
        }
        return switch (c) {
            case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
            case 'ة' -> 'ه';
            case 'ى' -> 'ي';
            // Arabic has no case: only other scripts' letters need lowering
            default -> c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c)
                    : c >= '\u0600' && c <= '\u06FF' ? c : Character.toLowerCase(c);
        };
    }

    /** SplitMix64's finalizer: spreads nearby values over the whole range. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TextSketch sketch && Arrays.equals(minima, sketch.minima);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(minima);
    }

    @Override
    public String toString() {
        return "TextSketch" + Arrays.toString(minima);
    }
}
