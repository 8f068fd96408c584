package khatt.importer;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Short ASCII names for files, transliterated from Arabic with ICU. */
final class Slugs {

    private final Transliterator toAscii = Transliterator.getInstance("Any-Latin; Latin-ASCII");

    /** The first {@code words} words of {@code text}, in ASCII, joined by '-'; "article" if nothing is left. */
    String of(String text, int words) {
        if (text == null) {
            return "article";
        }
        String ascii = toAscii.transliterate(text).toLowerCase(Locale.ROOT);
        List<String> parts = new ArrayList<>();
        for (String w : ascii.split("[^a-z0-9]+")) {
            if (!w.isEmpty() && parts.size() < words) {
                parts.add(w);
            }
        }
        String slug = String.join("-", parts);
        if (slug.length() > 48) {
            slug = slug.substring(0, 48).replaceAll("-[^-]*$", "");
        }
        return slug.isEmpty() ? "article" : slug;
    }
}
