package khatt.importer;

import java.util.regex.Pattern;

/** A title for an article whose page gives no headline: its first sentence, shortened. */
final class ProvisionalTitle {

    /** Words a title keeps at most; a longer first sentence is cut at a word and ends with «…». */
    static final int MAX_WORDS = 14;
    private static final Pattern SENTENCE_END = Pattern.compile("[.!؟?\\n]");
    private static final Pattern MARKUP = Pattern.compile("[*_#>`\\[\\]]");

    private ProvisionalTitle() {}

    /** The first sentence of {@code body} (Markdown), at most {@value #MAX_WORDS} words; "بلا عنوان" when empty. */
    static String of(String body) {
        String text = MARKUP.matcher(body == null ? "" : body).replaceAll("").strip();
        java.util.regex.Matcher end = SENTENCE_END.matcher(text);
        String sentence = (end.find() ? text.substring(0, end.start()) : text).strip();
        String[] words = sentence.split("\\s+");
        if (sentence.isEmpty()) {
            return "بلا عنوان";
        }
        if (words.length <= MAX_WORDS) {
            return sentence.replaceAll("[،,:؛]+$", "");
        }
        return String.join(" ", java.util.Arrays.copyOf(words, MAX_WORDS)).replaceAll("[،,:؛]+$", "") + "…";
    }
}
