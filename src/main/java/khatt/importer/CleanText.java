package khatt.importer;

import java.util.List;

/**
 * A page with its clutter removed: the headline, the body in order, and what the chrome around it
 * said about the page (who published it and when).
 *
 * @param title the article's own headline, or null when none was found
 * @param blocks paragraphs and subheadings, in order
 * @param outletHints names of the outlet, each with the cue it was read from, strongest first
 * @param publishedHints publication dates read from bylines and date lines, strongest first
 * @param mastheadDates dates of the page's masthead, far above the headline: the day the page was
 *     seen, not the article's, and no anchor
 */
public record CleanText(String title, List<Block> blocks, List<Hint> outletHints, List<Hint> publishedHints,
        List<Hint> mastheadDates) {

    public CleanText {
        blocks = List.copyOf(blocks);
        outletHints = List.copyOf(outletHints);
        publishedHints = List.copyOf(publishedHints);
        mastheadDates = List.copyOf(mastheadDates);
    }

    /** Whether {@code line} is one the page's masthead dates were read from. */
    boolean isMastheadDate(String line) {
        return mastheadDates.stream().anyMatch(h -> h.evidence().strip().equals(line.strip()));
    }

    /** Something the page's chrome told: a value and the words it rests on. */
    public record Hint(String value, String evidence) {}

    /** The paragraphs only. */
    public List<String> paragraphs() {
        return blocks.stream().filter(b -> b.kind() == Block.Kind.PARAGRAPH).map(Block::text).toList();
    }

    /** The body as Markdown: blocks separated by blank lines. */
    public String markdown() {
        StringBuilder sb = new StringBuilder();
        for (Block b : blocks) {
            if (sb.length() > 0) {
                sb.append("\n\n");
            }
            sb.append(b.markdown());
        }
        return sb.append('\n').toString();
    }
}
