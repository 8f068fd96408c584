package khatt.content;

/**
 * The Unicode controls that embed, override or isolate text direction (U+202A–U+202E, U+2066–U+2069).
 * One in a title reaches {@code <title>}, feeds, JSON and citations, where it reverses what follows
 * it (a date printed backwards); the templates set every direction themselves, so content needs none.
 */
public final class BidiControls {

    private BidiControls() {}

    public static boolean isControl(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    /** The index of the first control in {@code text}, or -1. */
    public static int first(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isControl(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** {@code text} without any of the controls. */
    public static String strip(String text) {
        if (first(text) < 0) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            if (!isControl(text.charAt(i))) {
                kept.append(text.charAt(i));
            }
        }
        return kept.toString();
    }
}
