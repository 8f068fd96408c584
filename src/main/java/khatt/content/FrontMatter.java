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

    /** Splits an article's text (Unix line ends), scanning line by line up to the closing fence only. */
    public static FrontMatter split(String text) throws Missing {
        int firstEnd = lineEnd(text, 0);
        if (!isFence(text, 0, firstEnd)) {
            throw new Missing("no front matter", "start the file with a line '---', the fields (title, date, …), and another '---'");
        }
        int close = 1;
        int start = firstEnd + 1;
        while (start <= text.length() && !isFence(text, start, lineEnd(text, start))) {
            start = lineEnd(text, start) + 1;
            close++;
        }
        if (start > text.length()) {
            throw new Missing("front matter is not closed", "add a line '---' after the last field");
        }
        String yaml = close == 1 ? "" : text.substring(firstEnd + 1, start - 1);
        int closeEnd = lineEnd(text, start);
        String body = closeEnd == text.length() ? "" : text.substring(closeEnd + 1);
        return new FrontMatter(yaml, body, close + 2);
    }

    /** Where the line starting at {@code start} ends: at its line feed, or at the end of the text. */
    private static int lineEnd(String text, int start) {
        int end = text.indexOf('\n', start);
        return end < 0 ? text.length() : end;
    }

    /** Whether the line from {@code start} to {@code end} is '---', white space around it aside. */
    private static boolean isFence(String text, int start, int end) {
        return text.substring(start, end).strip().equals("---");
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
