package khatt.content;

/**
 * An article file split in two: the YAML between the first two {@code ---} lines, and the Markdown
 * body after them. The one splitter of build, check, serve and import.
 *
 * @param yaml the front matter's lines (starting on line 2 of the file)
 * @param body the text after the closing line
 * @param bodyLine the file's line number of the body's first line
 */
public record FrontMatter(String yaml, String body, int bodyLine) {

    /** The file line the front matter starts on. */
    public static final int YAML_LINE = 2;

    /** Why a text has no front matter to read, with what to do about it. */
    public static final class Missing extends Exception {
        private final String hint;

        Missing(String message, String hint) {
            super(message);
            this.hint = hint;
        }

        public String hint() {
            return hint;
        }
    }

    /** Splits an article's text (Unix line ends). */
    public static FrontMatter split(String text) throws Missing {
        String[] lines = text.split("\n", -1);
        if (lines.length == 0 || !lines[0].strip().equals("---")) {
            throw new Missing("no front matter", "start the file with a line '---', the fields (title, date, …), and another '---'");
        }
        int close = 1;
        while (close < lines.length && !lines[close].strip().equals("---")) {
            close++;
        }
        if (close == lines.length) {
            throw new Missing("front matter is not closed", "add a line '---' after the last field");
        }
        String yaml = String.join("\n", java.util.List.of(lines).subList(1, close));
        String body = String.join("\n", java.util.List.of(lines).subList(close + 1, lines.length));
        return new FrontMatter(yaml, body, close + 2);
    }

    /** The body of {@code text}: all of it when it has no front matter. */
    public static String bodyOf(String text) {
        try {
            return split(text).body();
        } catch (Missing e) {
            return text;
        }
    }
}
