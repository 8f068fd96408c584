package khatt.bench;

import java.util.Locale;
import java.util.function.Supplier;
import khatt.markdown.Markdown;
import khatt.markdown.MarkdownLimits;

/**
 * Times the Markdown that used to stall a build: for each kind, the largest article within
 * {@link MarkdownLimits} (rendered) and the original attack (refused by the limits check).
 * Not a test: run by hand, see {@code bench/README.md}.
 */
public final class HostileMarkdownBench {

    public static void main(String[] args) {
        Markdown markdown = new Markdown();
        int paragraphs = MarkdownLimits.MAX_CHARACTERS / MarkdownLimits.MAX_PARAGRAPH;
        report("[a]( in full paragraphs", markdown, paragraphs(paragraphs, () -> "[a](".repeat(MarkdownLimits.MAX_LINKS_PER_PARAGRAPH) + "x".repeat(MarkdownLimits.MAX_PARAGRAPH - 2100)));
        report("[a](b  in full paragraphs", markdown, paragraphs(paragraphs, () -> "x".repeat(MarkdownLimits.MAX_PARAGRAPH - 3100) + "[a](b ".repeat(MarkdownLimits.MAX_LINKS_PER_PARAGRAPH)));
        report("backtick runs 1, 2, 3… in full paragraphs", markdown, paragraphs(paragraphs, HostileMarkdownBench::backtickRuns));
        report("deepest block quotes and lists", markdown,
                (">".repeat(MarkdownLimits.MAX_NESTING) + " x\n\n" + "- ".repeat(MarkdownLimits.MAX_NESTING) + "x\n\n").repeat(500));
        refusal("[a]( x 50,000", "[a](".repeat(50_000));
        refusal("> x 1,000", ">".repeat(1000) + " x");
    }

    private static String paragraphs(int count, Supplier<String> paragraph) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(paragraph.get()).append("\n\n");
        }
        return text.toString();
    }

    private static String backtickRuns() {
        StringBuilder ticks = new StringBuilder();
        for (int run = 1; ticks.length() < MarkdownLimits.MAX_PARAGRAPH - 200; run++) {
            ticks.append("`".repeat(run)).append(' ');
        }
        return ticks.toString();
    }

    private static void report(String what, Markdown markdown, String text) {
        if (MarkdownLimits.check(text) != null) {
            throw new IllegalStateException(what + " is not within the limits: " + MarkdownLimits.check(text));
        }
        long start = System.nanoTime();
        int length = markdown.toHtml(text, "a", 2).length();
        System.out.printf(Locale.ROOT, "%-45s %,9d chars rendered in %,7d ms (%,d chars of HTML)%n", what, text.length(),
                (System.nanoTime() - start) / 1_000_000, length);
    }

    private static void refusal(String what, String text) {
        long start = System.nanoTime();
        MarkdownLimits.Violation violation = MarkdownLimits.check(text);
        System.out.printf(Locale.ROOT, "%-45s %,9d chars refused in %,7d ms: %s%n", what, text.length(),
                (System.nanoTime() - start) / 1_000_000, violation == null ? "NOT REFUSED" : violation.message());
    }
}
