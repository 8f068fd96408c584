package khatt.importer;

/** One block of an article's body: a paragraph (quotations included) or a subheading. */
public record Block(Kind kind, String text) {

    public enum Kind { PARAGRAPH, HEADING }

    public Block {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("empty block");
        }
    }

    /** The block as Markdown. */
    public String markdown() {
        return kind == Kind.HEADING ? "## " + text : text;
    }
}
