package khatt.importer;

/**
 * Text folded for pattern matching (digits to ASCII, hamza and alef forms to bare alef, taa marbuta
 * to haa, alef maqsura to yaa, diacritics and tatweel dropped), with a map back to the original so
 * that a match can be quoted in the words of the text.
 */
record FoldedText(String original, String folded, int[] originalIndex) {

    static FoldedText of(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int[] index = new int[text.length() + 1];
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char f = fold(c);
            if (f == 0) {
                continue;
            }
            out.append(f);
            index[n++] = i;
        }
        index[n] = text.length();
        return new FoldedText(text, out.toString(), java.util.Arrays.copyOf(index, n + 1));
    }

    /** The original text behind folded positions {@code [start, end)}. */
    String original(int start, int end) {
        if (end <= start) {
            return "";
        }
        return original.substring(originalIndex[start], originalIndex[end - 1] + 1);
    }

    /** One character folded, or 0 to drop it. */
    static char fold(char c) {
        if (c >= '\u0660' && c <= '\u0669') {
            return (char) ('0' + (c - '\u0660'));
        }
        if (c >= '\u06F0' && c <= '\u06F9') {
            return (char) ('0' + (c - '\u06F0'));
        }
        if ((c >= '\u064B' && c <= '\u0652') || c == '\u0640' || c == '\u0670' || c == '\u200F' || c == '\u200E'
                || c == '\u200B' || c == '\u200C' || c == '\u200D') {
            return 0;
        }
        return switch (c) {
            case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
            case 'ة' -> 'ه';
            case 'ى' -> 'ي';
            case 'ی', 'ي' -> 'ي';
            case 'ک' -> 'ك';
            case '\u00A0', '\u2002', '\u2003', '\u2009', '\u202F' -> ' ';
            case '٫' -> '.';
            case '،' -> '،';
            default -> c;
        };
    }

    /** Folds a whole string (for dictionaries). */
    static String foldAll(String s) {
        return of(s).folded();
    }
}
