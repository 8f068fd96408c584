package khatt.arabic;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.ar.ArabicStemmer;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.core.LowerCaseFilter;
import org.apache.lucene.analysis.fa.PersianCharFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Arabic text for matching (topics, grouping, search keys), never for display.
 *
 * <p>Matching keys come from Lucene's Arabic analysis: Unicode word tokens, digits folded to ASCII,
 * hamza/alef forms, alef maqsura, taa marbuta, diacritics and tatweel normalized, and the light
 * stemmer's article and conjunction prefixes (ال، وال، بال، لل، و…) and common suffixes removed, so
 * that «وبالسورية» and «سورية» share a key. A bare one-letter proclitic (ب، ل، ك، ف) is left on the
 * word, since it cannot be told from a root letter; {@link PhraseMatcher} tries the word without it.
 */
public final class ArabicText {

    private static final Analyzer MATCHING = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer source = new StandardTokenizer();
            TokenStream stream = new LowerCaseFilter(source);
            stream = new DecimalDigitFilter(stream);
            stream = new ArabicNormalizationFilter(stream);
            return new TokenStreamComponents(source, stream);
        }

        @Override
        protected java.io.Reader initReader(String field, java.io.Reader reader) {
            return new PersianCharFilter(reader);
        }
    };

    private ArabicText() {}

    /** Text as stored: Unicode NFC, so that equal-looking strings compare equal. */
    public static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** The matching keys of the words of {@code text}, in order. Thread-safe. */
    public static List<String> matchKeys(String text) {
        List<String> keys = new ArrayList<>();
        try (TokenStream stream = MATCHING.tokenStream("", new StringReader(text))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                keys.add(stem(foldHamzaSeats(term.toString())));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
        return keys;
    }

    /** One matching key for a whole phrase: its word keys joined by single spaces. */
    public static String matchKey(String phrase) {
        return String.join(" ", matchKeys(phrase));
    }

    /** A key without the prefix Lucene's stemmer would strip from it («وزير»: «زير»), or the key itself. */
    static String withoutPrefix(String key) {
        char[] chars = key.toCharArray();
        return new String(chars, 0, new ArabicStemmer().stemPrefix(chars, chars.length));
    }

    /** Lucene's light stemmer, with a second pass on prefixes for stacked clitics (و + بال…). */
    private static String stem(String word) {
        ArabicStemmer stemmer = new ArabicStemmer();
        char[] chars = word.toCharArray();
        int length = stemmer.stemPrefix(chars, chars.length);
        if (length < chars.length) {
            length = stemmer.stemPrefix(chars, length);
        }
        return new String(chars, 0, stemmer.stemSuffix(chars, length));
    }

    /**
     * Lucene leaves hamza on waw and yaa seats (ؤ، ئ) alone; spellings of the same word vary on
     * them (مسئول/مسؤول), so all hamza forms fold to a bare hamza.
     */
    private static String foldHamzaSeats(String key) {
        if (key.indexOf('ؤ') < 0 && key.indexOf('ئ') < 0 && key.indexOf('ء') < 0) {
            return key;
        }
        return key.replace('ؤ', 'ء').replace('ئ', 'ء');
    }
}
