package khatt.arabic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The gazetteer of {@code places.tsv}: cities and diplomatic venues with their ASCII slug and
 * Arabic spellings. The build names events after a place by its slug («سوتشي» → sochi), and the
 * importer finds places in text by its spellings. Immutable.
 */
public final class Places {

    /**
     * One place: its slug, its displayed name first, then other spellings, the slug of the city it
     * is in (its own, for a city), and the code of the country whose capital it is (or null).
     */
    public record Place(String slug, List<String> names, String city, String capitalOf) {
        public Place {
            names = List.copyOf(names);
        }

        public String name() {
            return names.get(0);
        }
    }

    private static final Places STANDARD = load();

    private final List<Place> places;
    private final Map<String, String> slugByKey;
    private final Map<String, String> cityBySlug;
    private final Map<String, String> countryByCapital;

    private Places(List<Place> places) {
        this.places = List.copyOf(places);
        Map<String, String> byKey = new HashMap<>();
        for (Place p : places) {
            p.names().forEach(n -> byKey.putIfAbsent(ArabicText.matchKey(n), p.slug()));
        }
        this.slugByKey = Map.copyOf(byKey);
        Map<String, String> cities = new HashMap<>();
        Map<String, String> capitals = new HashMap<>();
        places.forEach(p -> cities.put(p.slug(), p.city()));
        places.stream().filter(p -> p.capitalOf() != null).forEach(p -> capitals.put(p.slug(), p.capitalOf()));
        this.cityBySlug = Map.copyOf(cities);
        this.countryByCapital = Map.copyOf(capitals);
    }

    /** The place of a phone call: never the city of the ministry that announced it. */
    public static final String BY_PHONE = "عبر الهاتف";

    /** The gazetteer shipped with Khatt. */
    public static Places standard() {
        return STANDARD;
    }

    public List<Place> all() {
        return places;
    }

    /**
     * The slug that names a place in event ids: the gazetteer's for any of its spellings
     * («واشنطون» → washington), else the name transliterated.
     */
    public String slugOf(String name) {
        String slug = slugByKey.get(ArabicText.matchKey(name));
        return slug != null ? slug : Slugs.of(name);
    }

    /** The slug of the city a place is in («الكرملين» → moscow); a city's, or an unlisted place's, own slug. */
    public String cityOf(String slug) {
        return cityBySlug.getOrDefault(slug, slug);
    }

    /**
     * What tells one place from another: the city of a listed place («الكرملين» → moscow), else the
     * name's sound, for towns the gazetteer lacks, whose spellings vary in long vowels and in the
     * letter for a foreign g («غويلين», «قويلين»).
     */
    public String cityKey(String name) {
        String key = ArabicText.matchKey(name);
        String slug = slugByKey.get(key);
        return slug != null ? cityOf(slug) : "~" + sound(key);
    }

    /** Long vowels after a word's first letter dropped, and غ ق ج ك as one letter. */
    private static String sound(String key) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            boolean first = i == 0 || key.charAt(i - 1) == ' ';
            if (!first && "اويى".indexOf(c) >= 0) {
                continue;
            }
            out.append("غقج".indexOf(c) >= 0 ? 'ك' : c);
        }
        return out.toString();
    }

    /** The code of the country whose capital the city of {@code cityKey} is («moscow» → ru), or null. */
    public String capitalOf(String cityKey) {
        return countryByCapital.get(cityKey);
    }

    private static Places load() {
        List<Place> places = new ArrayList<>();
        try (InputStream in = Places.class.getResourceAsStream("places.tsv")) {
            if (in == null) {
                throw new IllegalStateException("missing resource places.tsv");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] cells = line.split("\t");
                if (!line.isBlank() && !line.startsWith("#") && cells.length >= 2) {
                    String city = cells.length > 2 && !cells[2].isEmpty() ? cells[2] : cells[0];
                    List<String> names = new ArrayList<>(List.of(cells[1].split("\\|")));
                    if (cells.length > 4 && !cells[4].isEmpty()) {
                        for (String adjective : cells[4].split("\\|")) {
                            names.add("العاصمة " + adjective); // «في العاصمة الصينية»: the capital, unnamed
                        }
                    }
                    places.add(new Place(cells[0], names, city, cells.length > 3 && !cells[3].isEmpty() ? cells[3] : null));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Places(places);
    }
}
