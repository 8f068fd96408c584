package khatt.importer;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Who took part in the event a report tells of, as far as its headline and lead name them: each
 * official's id with the offices they ever held, and offices named without a name that the day
 * could not resolve («نظيره الأمريكي» in an undated report). Immutable.
 *
 * @param people official id → displayed name
 * @param officesOf official id → every office the official held
 * @param offices offices named but not resolved to a person → the phrase that named them
 * @param termsOf official id → the official's terms of office
 */
public record Participants(Map<String, String> people, Map<String, Set<String>> officesOf, Map<String, String> offices,
        Map<String, List<Officials.Term>> termsOf) {

    public static final Participants NONE = new Participants(Map.of(), Map.of(), Map.of(), Map.of());
    /** How long before or after a term an official may still be reported as its holder (designate, outgoing). */
    private static final int TERM_SLACK_DAYS = 30;

    public Participants {
        people = Map.copyOf(people);
        officesOf = Map.copyOf(officesOf);
        offices = Map.copyOf(offices);
        termsOf = Map.copyOf(termsOf);
    }

    /**
     * The first official named who held no office on {@code day} (give or take a month), or null.
     * One whose office the report's other official then held is there in another role (Iran's
     * former minister «علي أكبر صالحي» at the 2015 nuclear talks beside «محمد جواد ظريف»): not counted.
     */
    public String outOfOfficeOn(java.time.LocalDate day) {
        for (Map.Entry<String, List<Officials.Term>> e : termsOf.entrySet()) {
            if (!serving(Map.of(e.getKey(), e.getValue()), day) && !successorNamed(e.getKey(), day)) {
                return people.get(e.getKey());
            }
        }
        return null;
    }

    /** Whether another official named held one of {@code id}'s offices on {@code day}. */
    private boolean successorNamed(String id, java.time.LocalDate day) {
        Set<String> offices = officesOf.getOrDefault(id, Set.of());
        return termsOf.keySet().stream().anyMatch(other -> !other.equals(id)
                && officesOf.getOrDefault(other, Set.of()).stream().anyMatch(offices::contains)
                && serving(Map.of(other, termsOf.get(other)), day));
    }

    /** Whether every official named was in office on {@code day} (give or take a month). */
    public boolean inOfficeTogetherOn(java.time.LocalDate day) {
        return serving(termsOf, day);
    }

    /**
     * Two of the officials both reports name together who were never in office at the same time
     * («جون كيري» of 2013–2017 and «حسين أمير عبد اللهيان» of 2021–2024), as «A / B»: then the
     * reports are of different events, whatever else they share. Null when some day had them all,
     * or when one report alone names officials never in office together: it has a name wrong
     * («أحمد داوود أوغلو وزير الخارجية التركي» in 2015), and its names tell nothing apart.
     */
    public String neverTogether(Participants other) {
        Map<String, List<Officials.Term>> all = new TreeMap<>(termsOf);
        all.putAll(other.termsOf);
        if (everTogether(all) || !consistent(termsOf) || !consistent(other.termsOf)) {
            return null;
        }
        Map<String, String> names = new TreeMap<>(people);
        names.putAll(other.people);
        for (String a : all.keySet()) {
            for (String b : all.keySet()) {
                if (a.compareTo(b) < 0 && !everTogether(Map.of(a, all.get(a), b, all.get(b)))) {
                    return names.get(a) + " / " + names.get(b);
                }
            }
        }
        return "?"; // three or more with no day in common, though each two had one
    }

    /** Whether a report's officials can all have been in office at once (none named, too). */
    private static boolean consistent(Map<String, List<Officials.Term>> terms) {
        return terms.isEmpty() || everTogether(terms);
    }

    /** Whether some day had every official of {@code terms} in office: if any did, the first of them began a term. */
    private static boolean everTogether(Map<String, List<Officials.Term>> terms) {
        return terms.values().stream().flatMap(List::stream).anyMatch(t -> serving(terms, t.from().minusDays(TERM_SLACK_DAYS)));
    }

    /** Whether every official of {@code terms} served on {@code day} (give or take a month). */
    private static boolean serving(Map<String, List<Officials.Term>> terms, java.time.LocalDate day) {
        return terms.values().stream().allMatch(held -> held.stream().anyMatch(t -> !day.isBefore(t.from().minusDays(TERM_SLACK_DAYS))
                && (t.until() == null || day.isBefore(t.until().plusDays(TERM_SLACK_DAYS)))));
    }

    /**
     * An office both reports name with different holders («جون كيري» against «مايك بومبيو», both the
     * American foreign minister): then they are of different events. Null when there is none.
     */
    public String rivalHolders(Participants other) {
        for (Map.Entry<String, Set<String>> mine : officesOf.entrySet()) {
            if (other.people.containsKey(mine.getKey())) {
                continue;
            }
            for (Map.Entry<String, Set<String>> theirs : other.officesOf.entrySet()) {
                if (!people.containsKey(theirs.getKey()) && mine.getValue().stream().anyMatch(theirs.getValue()::contains)) {
                    return people.get(mine.getKey()) + " / " + other.people.get(theirs.getKey());
                }
            }
        }
        return null;
    }

    /** How many of the participants two reports have in common (an office matches its holder). */
    public int shared(Participants other) {
        int n = 0;
        for (String id : people.keySet()) {
            if (other.people.containsKey(id)) {
                n++;
            }
        }
        n += unresolvedMatches(this, other) + unresolvedMatches(other, this);
        for (String office : offices.keySet()) {
            if (other.offices.containsKey(office)) {
                n--; // counted from both sides above
            }
        }
        return n;
    }

    private static int unresolvedMatches(Participants a, Participants b) {
        int n = 0;
        for (String office : a.offices.keySet()) {
            if (b.offices.containsKey(office) || b.officesOf.values().stream().anyMatch(o -> o.contains(office))) {
                n++;
            }
        }
        return n;
    }

    public int size() {
        return people.size() + offices.size();
    }

    /**
     * Whether two reports name the same people: they share at least two participants (a meeting or
     * call is between two sides).
     */
    public boolean agrees(Participants other) {
        return shared(other) >= 2;
    }

    /**
     * Whether two reports name different meetings: each names two sides or more, and they share at
     * most one («لافروف وبومبيو» against «لافروف وظريف»).
     */
    public boolean contradicts(Participants other) {
        return size() >= 2 && other.size() >= 2 && shared(other) < 2;
    }

    /** Both reports' participants together. */
    public Participants with(Participants other) {
        Map<String, String> p = new TreeMap<>(people);
        p.putAll(other.people);
        Map<String, Set<String>> o = new TreeMap<>(officesOf);
        o.putAll(other.officesOf);
        Map<String, String> unresolved = new TreeMap<>(offices);
        unresolved.putAll(other.offices);
        unresolved.keySet().removeIf(office -> o.values().stream().anyMatch(held -> held.contains(office)));
        Map<String, List<Officials.Term>> terms = new TreeMap<>(termsOf);
        terms.putAll(other.termsOf);
        return new Participants(p, o, unresolved, terms);
    }

    /** The countries of the offices named («ru-fm» is of «ru»), resolved to a holder or not. */
    public Set<String> countries() {
        Set<String> out = new TreeSet<>();
        officesOf.values().forEach(held -> held.forEach(office -> out.add(country(office))));
        offices.keySet().forEach(office -> out.add(country(office)));
        return out;
    }

    private static String country(String office) {
        int dash = office.indexOf('-');
        return dash < 0 ? office : office.substring(0, dash);
    }

    /** The names, for explanations: «لافروف، بومبيو». */
    public String names() {
        Set<String> all = new TreeSet<>(people.values());
        all.addAll(offices.values());
        return String.join("، ", all);
    }

    public boolean isEmpty() {
        return size() == 0;
    }
}
