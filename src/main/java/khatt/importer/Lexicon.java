package khatt.importer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import khatt.arabic.PhraseMatcher;

/**
 * The importer's general dictionaries, read from resources: the gazetteer's places, the
 * phrases that tell what kind of event happened, and news sites by host. Immutable; build once.
 */
public final class Lexicon {

    /** A place of the gazetteer: its ASCII slug and its displayed Arabic name. */
    public record Place(String slug, String name) {}

    /** A label for a phrase found: its category (kind or place slug) and the phrase as listed. */
    public record Entry(String category, String phrase) implements Comparable<Entry> {
        @Override
        public int compareTo(Entry o) {
            int c = category.compareTo(o.category);
            return c != 0 ? c : phrase.compareTo(o.phrase);
        }
    }

    private final Map<String, Place> places;
    private final PhraseMatcher<Entry> placeMatcher;
    private final PhraseMatcher<Entry> kindMatcher;
    private final Map<String, String> outletsByHost;
    private final Map<String, java.util.regex.Pattern> placedIn;
    private final Officials officials = Officials.load();

    private Lexicon(Map<String, Place> places, Map<String, List<String>> placeNames, PhraseMatcher<Entry> placeMatcher,
            PhraseMatcher<Entry> kindMatcher, Map<String, String> outletsByHost) {
        this.places = places;
        this.placeMatcher = placeMatcher;
        this.kindMatcher = kindMatcher;
        this.outletsByHost = outletsByHost;
        Map<String, java.util.regex.Pattern> at = new java.util.HashMap<>();
        Map<String, List<String>> names = new java.util.HashMap<>();
        placeNames.forEach((slug, list) -> at.put(slug, java.util.regex.Pattern.compile(
                "(?<![\\p{L}\\p{M}])(?:(?:في|وفي)\\s+(?:منتجع\\s+|مدينه\\s+|العاصمه\\s+)?|(?:و)?ب)(?:"
                + String.join("|", list.stream().map(java.util.regex.Pattern::quote).toList()) + ")(?![\\p{L}\\p{M}])")));
        this.placedIn = Map.copyOf(at);
    }

    /** Whether folded text says something happened in the place («في سوتشي», «بالجزائر العاصمة»). */
    boolean placedIn(String foldedText, String slug) {
        java.util.regex.Pattern p = placedIn.get(slug);
        return p != null && p.matcher(foldedText).find();
    }

    /** The dictionaries shipped with Khatt. */
    public static Lexicon load() {
        Map<String, Place> places = new LinkedHashMap<>();
        Map<Entry, List<String>> placePhrases = new LinkedHashMap<>();
        Map<String, List<String>> folded = new LinkedHashMap<>();
        for (khatt.arabic.Places.Place p : khatt.arabic.Places.standard().all()) {
            places.put(p.slug(), new Place(p.slug(), p.name()));
            folded.put(p.slug(), p.names().stream().map(FoldedText::foldAll).toList());
            for (String n : p.names()) {
                placePhrases.put(new Entry(p.slug(), n), List.of(n));
            }
        }
        Map<Entry, List<String>> kindPhrases = new LinkedHashMap<>();
        for (String[] row : rows("kinds.tsv")) {
            for (String p : row[1].split("\\|")) {
                kindPhrases.put(new Entry(row[0], p), List.of(p));
            }
        }
        Map<String, String> hosts = new LinkedHashMap<>();
        for (String[] row : rows("outlets.tsv")) {
            hosts.put(row[0].toLowerCase(Locale.ROOT), row[1]);
        }
        return new Lexicon(Map.copyOf(places), folded, new PhraseMatcher<>(placePhrases), new PhraseMatcher<>(kindPhrases),
                Map.copyOf(hosts));
    }

    private static List<String[]> rows(String resource) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                if (cells.length == 2) {
                    rows.add(cells);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    public Place place(String slug) {
        return places.get(slug);
    }

    public PhraseMatcher<Entry> places() {
        return placeMatcher;
    }

    public PhraseMatcher<Entry> kinds() {
        return kindMatcher;
    }

    /** The officials and offices that tell who took part in an event. */
    public Officials officials() {
        return officials;
    }

    /** Words that stand around an outlet's name in its brand: «بوابة الأهرام», «الجزيرة نت», «سبوتنيك عربي» (folded). */
    private static final Set<String> BRAND_WORDS = Set.of("بوابه", "موقع", "صحيفه", "جريده", "قناه", "وكاله", "نت", "عربي",
            "اونلاين", "الالكترونيه", "الالكتروني", "نيوز", "الاخباري", "الاخباريه", "تي", "في");

    /**
     * The outlet a short line names by itself («سبوتنيك عربي» above a headline), or null: a known
     * outlet's name, alone or with brand words around it («بوابة الأهرام»), which is kept as written.
     */
    public String outletNamed(String line) {
        String key = FoldedText.foldAll(line).strip();
        List<String> words = List.of(key.split("\\s+"));
        for (String name : outletsByHost.values()) {
            String nameKey = FoldedText.foldAll(name).strip();
            if (nameKey.equals(key)) {
                return name;
            }
            List<String> nameWords = List.of(nameKey.split("\\s+"));
            int at = java.util.Collections.indexOfSubList(words, nameWords);
            if (at >= 0 && words.size() <= nameWords.size() + 2) {
                List<String> rest = new ArrayList<>(words.subList(0, at));
                rest.addAll(words.subList(at + nameWords.size(), words.size()));
                if (BRAND_WORDS.containsAll(rest)) {
                    return line.strip();
                }
            }
        }
        return null;
    }

    /** The outlet of a host (or of the nearest listed parent domain), or null. */
    public String outletOfHost(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        while (true) {
            String name = outletsByHost.get(h);
            if (name != null) {
                return name;
            }
            int dot = h.indexOf('.');
            if (dot < 0 || h.indexOf('.', dot + 1) < 0) {
                return null;
            }
            h = h.substring(dot + 1);
        }
    }
}
