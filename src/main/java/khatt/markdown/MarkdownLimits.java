package khatt.markdown;

import java.util.Locale;

/**
 * Bounds on a Markdown text, checked before flexmark sees it: the parser and renderer recurse once per
 * nested block quote or list (a line of a thousand {@code >} overflows the stack), and some inline
 * syntax costs time in proportion to the square of its paragraph. Real articles stay far below each bound.
 */
public final class MarkdownLimits {

    /** About 15,000 words: several times the longest news article. */
    public static final int MAX_CHARACTERS = 100_000;
    /** A paragraph (text between blank lines) longer than this is an import gone wrong, not prose. */
    public static final int MAX_PARAGRAPH = 20_000;
    /** Link targets in one paragraph: flexmark reads on to the paragraph's end from each unclosed one. */
    public static final int MAX_LINKS_PER_PARAGRAPH = 500;
    /** Block quotes and lists inside each other. */
    public static final int MAX_NESTING = 32;

    /** What is wrong, on which line (1-based, counted from the start of the text checked). */
    public record Violation(int line, String message, String hint) {}

    private MarkdownLimits() {}

    /** The first bound {@code markdown} exceeds, or null when it stays within all of them. */
    public static Violation check(String markdown) {
        if (markdown.length() > MAX_CHARACTERS) {
            return new Violation(1, String.format(Locale.ROOT, "the text is %,d characters long; the limit is %,d",
                    markdown.length(), MAX_CHARACTERS), "split it into several articles");
        }
        int line = 1;
        int paragraphStart = 1;
        int paragraphLength = 0;
        int paragraphLinks = 0;
        for (int start = 0; start <= markdown.length(); line++) {
            int end = markdown.indexOf('\n', start);
            end = end < 0 ? markdown.length() : end;
            String text = markdown.substring(start, end);
            if (text.isBlank()) {
                paragraphLength = 0;
                paragraphLinks = 0;
                paragraphStart = line + 1;
            } else if ((paragraphLength += text.length() + 1) > MAX_PARAGRAPH) {
                return new Violation(paragraphStart, String.format(Locale.ROOT,
                        "paragraph longer than %,d characters", MAX_PARAGRAPH), "split it with blank lines");
            } else if ((paragraphLinks += count(text, "](")) > MAX_LINKS_PER_PARAGRAPH) {
                return new Violation(paragraphStart, "more than " + MAX_LINKS_PER_PARAGRAPH + " links in one paragraph",
                        "split it with blank lines");
            }
            if (nesting(text) > MAX_NESTING) {
                return new Violation(line, "block quotes or lists nested more than " + MAX_NESTING + " deep",
                        "nest fewer '>' or list levels");
            }
            start = end + 1;
        }
        return null;
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }

    /**
     * How deeply the blocks this line opens can be nested, never less than flexmark's count: one per
     * {@code >} and list marker, and one per two further columns of indentation, the least a list
     * item needs to hold another.
     */
    static int nesting(String line) {
        int depth = 0;
        int columns = 0;
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == ' ' || c == '\t') {
                columns += c == '\t' ? 4 : 1;
                i++;
                continue;
            }
            int marker = c == '>' ? i + 1 : listMarkerEnd(line, i);
            if (marker < 0) {
                break;
            }
            depth++;
            // the space that ends a marker belongs to it
            i = marker < line.length() && line.charAt(marker) == ' ' ? marker + 1 : marker;
        }
        return depth == 0 ? 0 : depth + columns / 2;
    }

    /** The index after a list marker ({@code -}, {@code +}, {@code *}, {@code 1.} or {@code 1)}) at {@code i}, or -1. */
    private static int listMarkerEnd(String line, int i) {
        int j = i;
        char c = line.charAt(j);
        if (c == '-' || c == '+' || c == '*') {
            j++;
        } else {
            while (j < line.length() && j - i < 9 && Character.isDigit(line.charAt(j)) && line.charAt(j) < 128) {
                j++;
            }
            if (j == i || j == line.length() || (line.charAt(j) != '.' && line.charAt(j) != ')')) {
                return -1;
            }
            j++;
        }
        return j == line.length() || line.charAt(j) == ' ' || line.charAt(j) == '\t' ? j : -1;
    }
}
