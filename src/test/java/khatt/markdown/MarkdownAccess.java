package khatt.markdown;

/** flexmark's rendering of a body, for tests outside this package that compare it with the plain path. */
public final class MarkdownAccess {

    private MarkdownAccess() {}

    /** What {@link PlainBlocks} makes of {@code markdown}, or null when it leaves it to flexmark. */
    public static String plainHtml(String markdown, String idPrefix, int topHeading) {
        return PlainBlocks.toHtml(markdown, idPrefix, topHeading);
    }

    public static String flexmarkHtml(Markdown markdown, String text, String idPrefix, int topHeading) {
        return markdown.flexmarkHtml(text, idPrefix, topHeading);
    }
}
