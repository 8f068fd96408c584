package khatt.arabic;

import com.ibm.icu.text.Transliterator;
import java.util.Locale;

/** ASCII URL slugs from any text, Arabic included, by ICU transliteration. */
public final class Slugs {

    private static final Transliterator TO_ASCII = Transliterator.getInstance("Any-Latin; Latin-ASCII");

    private Slugs() {}

    /** «سوتشي» → {@code swtshy}; lower-case ASCII letters and digits joined by single hyphens, maybe empty. */
    public static String of(String text) {
        String ascii;
        synchronized (TO_ASCII) { // ICU transliterators are not documented as thread-safe
            ascii = TO_ASCII.transliterate(text);
        }
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }
}
