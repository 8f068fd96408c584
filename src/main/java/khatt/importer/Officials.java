package khatt.importer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import khatt.arabic.ArabicText;
import khatt.arabic.PhraseMatcher;

/**
 * The officials of {@code officials.tsv} and the office phrases of {@code roles.tsv}: who a
 * report names as taking part, by name in any listed spelling («سيرغي/سيرجي لافروف») or by office
 * («وزير الخارجية الروسي», «نظيره الأمريكي») resolved to its holder on the day. Immutable.
 */
public final class Officials {

    /** One term of office. {@code until} is null while it lasts. */
    record Term(String id, String office, LocalDate from, LocalDate until) {
        boolean covers(LocalDate day) {
            return !day.isBefore(from) && (until == null || day.isBefore(until));
        }
    }

    /** Words before an office phrase that make it someone else («نائب وزير الخارجية الروسي»). */
    private static final Set<String> SUBORDINATE = Set.copyOf(ArabicText.matchKeys(
            "نائب نائبة مساعد مساعدة مستشار مستشارة باسم سفير سفيرة مبعوث مبعوثة ممثل وفد مكتب"));

    /** Words after which an official dates the text rather than takes part: «منذ تولي إدارة الرئيس الأمريكي جو بايدن مهامها». */
    private static final Set<String> ASIDE = Set.copyOf(ArabicText.matchKeys("إدارة عهد تولي انتخاب"));

    /** Whether the official named (with their office) from key {@code start} follows an aside word. */
    private static boolean inAside(List<String> keys, int start) {
        return start > 0 && ASIDE.contains(keys.get(start - 1));
    }

    private final PhraseMatcher<Lexicon.Entry> names;
    private final PhraseMatcher<Lexicon.Entry> offices;
    private final List<Term> terms;
    private final Map<String, String> displayed;
    private final Map<String, Set<String>> officesOf;

    private Officials(PhraseMatcher<Lexicon.Entry> names, PhraseMatcher<Lexicon.Entry> offices, List<Term> terms,
            Map<String, String> displayed) {
        this.names = names;
        this.offices = offices;
        this.terms = List.copyOf(terms);
        this.displayed = Map.copyOf(displayed);
        Map<String, Set<String>> held = new HashMap<>();
        for (Term t : terms) {
            held.computeIfAbsent(t.id(), k -> new TreeSet<>()).add(t.office());
        }
        held.replaceAll((id, set) -> Set.copyOf(set));
        this.officesOf = Map.copyOf(held);
    }

    /** The officials {@code text} names by name, first named first. */
    public List<String> namedIn(String text) {
        List<String> ids = new ArrayList<>();
        for (PhraseMatcher.Match<Lexicon.Entry> m : names.matchesIn(ArabicText.matchKeys(text))) {
            if (!ids.contains(m.label().category())) {
                ids.add(m.label().category());
            }
        }
        return ids;
    }

    /**
     * Whether {@code text} names someone by office only («وزير الخارجية الأمريكي», «نظيره الروسي»),
     * not as the title before a name («الرئيس الروسي فلاديمير بوتين»).
     */
    public boolean namesSomeoneByOffice(String text) {
        List<String> keys = ArabicText.matchKeys(text);
        List<PhraseMatcher.Match<Lexicon.Entry>> named = names.matchesIn(keys);
        for (PhraseMatcher.Match<Lexicon.Entry> office : offices.matchesIn(keys)) {
            boolean titleOfAName = named.stream().anyMatch(n -> n.start() >= office.end() && n.start() <= office.end() + 2);
            if (!titleOfAName) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code text} is only officials' names, joined by «و» («سيرجي لافروف وريكس تيلرسون»): a caption. */
    public boolean namesOnly(String text) {
        List<String> keys = ArabicText.matchKeys(text);
        boolean[] named = new boolean[keys.size()];
        for (PhraseMatcher.Match<Lexicon.Entry> m : names.matchesIn(keys)) {
            java.util.Arrays.fill(named, m.start(), m.end(), true);
        }
        for (int i = 0; i < keys.size(); i++) {
            if (!named[i] && !keys.get(i).equals("و")) {
                return false;
            }
        }
        return keys.size() > 0;
    }

    /** The lists shipped with Khatt. */
    public static Officials load() {
        Map<Lexicon.Entry, List<String>> namePhrases = new LinkedHashMap<>();
        List<Term> terms = new ArrayList<>();
        Map<String, String> displayed = new LinkedHashMap<>();
        for (String[] row : rows("officials.tsv", 5)) {
            terms.add(new Term(row[0], row[1], LocalDate.parse(row[2]), row[3].isBlank() ? null : LocalDate.parse(row[3])));
            String[] spellings = row[4].split("\\|");
            displayed.putIfAbsent(row[0], spellings[0]);
            for (String s : spellings) {
                namePhrases.put(new Lexicon.Entry(row[0], s), List.of(s));
            }
        }
        Map<Lexicon.Entry, List<String>> officePhrases = new LinkedHashMap<>();
        for (String[] row : rows("roles.tsv", 2)) {
            for (String p : row[1].split("\\|")) {
                officePhrases.put(new Lexicon.Entry(row[0], p), List.of(p));
            }
        }
        return new Officials(new PhraseMatcher<>(namePhrases), new PhraseMatcher<>(officePhrases), terms, displayed);
    }

    /** The participants {@code text} names, offices resolved to their holders on {@code day} (may be null). */
    public Participants in(String text, LocalDate day) {
        List<String> keys = ArabicText.matchKeys(text);
        List<PhraseMatcher.Match<Lexicon.Entry>> officeMatches = offices.matchesIn(keys);
        Map<Integer, Integer> officeEndingAt = new java.util.HashMap<>();
        officeMatches.forEach(m -> officeEndingAt.put(m.end(), m.start()));
        List<PhraseMatcher.Match<Lexicon.Entry>> nameMatches = names.matchesIn(keys);
        List<int[]> asides = new java.util.ArrayList<>(); // «منذ تولي إدارة الرئيس الأمريكي جو بايدن»: «بايدن» within it too
        for (PhraseMatcher.Match<Lexicon.Entry> m : nameMatches) {
            int head = officeEndingAt.getOrDefault(m.start(), m.start());
            if (inAside(keys, head)) {
                asides.add(new int[] {head, m.end()});
            }
        }
        Map<String, String> people = new TreeMap<>();
        for (PhraseMatcher.Match<Lexicon.Entry> m : nameMatches) {
            if (asides.stream().noneMatch(span -> span[0] <= m.start() && m.end() <= span[1])) {
                people.put(m.label().category(), displayed.get(m.label().category()));
            }
        }
        Map<String, String> unresolved = new TreeMap<>();
        for (PhraseMatcher.Match<Lexicon.Entry> m : officeMatches) {
            if (m.start() > 0 && SUBORDINATE.contains(keys.get(m.start() - 1)) || inAside(keys, m.start())) {
                continue;
            }
            String office = m.label().category();
            String holder = day == null ? null : holder(office, day);
            if (holder != null) {
                people.put(holder, displayed.get(holder));
            } else {
                unresolved.putIfAbsent(office, m.label().phrase()); // the office as roles.tsv words it
            }
        }
        unresolved.keySet().removeIf(office -> people.keySet().stream().anyMatch(id -> officesOf.get(id).contains(office)));
        Map<String, Set<String>> held = new TreeMap<>();
        Map<String, List<Term>> termsOfPeople = new TreeMap<>();
        for (String id : people.keySet()) {
            held.put(id, officesOf.get(id));
            termsOfPeople.put(id, terms.stream().filter(t -> t.id().equals(id)).toList());
        }
        return new Participants(people, held, unresolved, termsOfPeople);
    }

    private String holder(String office, LocalDate day) {
        for (Term t : terms) {
            if (t.office().equals(office) && t.covers(day)) {
                return t.id();
            }
        }
        return null;
    }

    private static List<String[]> rows(String resource, int cells) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = Officials.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] row = line.split("\t", -1);
                    if (row.length != cells) {
                        throw new IllegalStateException(resource + ": expected " + cells + " cells: " + line);
                    }
                    rows.add(row);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
