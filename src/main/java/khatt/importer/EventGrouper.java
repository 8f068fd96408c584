package khatt.importer;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Files articles into events. An article joins an event when nothing tells them apart (a phone
 * call is not a meeting; two places are two events; dates more than a day apart are two events)
 * and their words overlap enough (shared pairs of content words, rare pairs weighing more); an article with no date of its own must overlap more, must agree
 * with the event's weekday if it names one, and then takes the event's date at lower confidence.
 * Articles already in {@code content/} are members like any other. Pure: no I/O, no clock.
 */
public final class EventGrouper {

    /**
     * Least similarity (cosine of content-word pairs weighted by inverse document frequency over
     * every article considered) for a dated article to join an event of the same or next day.
     */
    static final double JOIN_DATED = 0.008;
    /** Least similarity when the article and the event also name the same place. */
    static final double JOIN_SAME_PLACE = 0.003;
    /** Least similarity for an article without a date of its own. */
    static final double JOIN_UNDATED = 0.01;
    /** How many times better than the runner-up the best event must be, for an undated article. */
    static final double RATIO_UNDATED = 1.5;

    /** An article already in content/, as far as grouping needs it. */
    public record Existing(String path, String event, LocalDate date, String place, String placeSlug, String kind,
            Set<String> contentKeys) {}

    /** Where a new article went, and what it takes from its event. */
    public record Assignment(String event, boolean existingEvent, LocalDate date, String dateEvidence,
            double dateConfidence, boolean dateFromGroup, String place, String placeSlug, String kind,
            List<String> memberFiles) {}

    private static final class Member {
        final String file;
        final LocalDate date;
        final double dateConfidence;
        final DayOfWeek weekday;
        final String place;
        final String placeSlug;
        final int placeStrength;
        final String kind;
        final int kindRank;
        final Set<String> keys;
        String evidence;
        LocalDate published;
        double norm;

        Member(String file, LocalDate date, double dateConfidence, DayOfWeek weekday, String place, String placeSlug,
                int placeStrength, String kind, int kindRank, Set<String> keys) {
            this.file = file;
            this.date = date;
            this.dateConfidence = dateConfidence;
            this.weekday = weekday;
            this.place = place;
            this.placeSlug = placeSlug;
            this.placeStrength = placeStrength;
            this.kind = kind;
            this.kindRank = kindRank;
            this.keys = keys;
        }
    }

    /** A group under construction; lives only inside one call of {@link #group}. */
    private static final class Group {
        final String existingId;
        final List<Member> members = new ArrayList<>();

        Group(String existingId) {
            this.existingId = existingId;
        }

        Member dated() {
            return members.stream().filter(m -> m.date != null)
                    .max(Comparator.comparingDouble((Member m) -> m.dateConfidence)).orElse(null);
        }

        LocalDate date() {
            Member m = dated();
            return m == null ? null : m.date;
        }

        Member placed() {
            return members.stream().filter(m -> m.placeSlug != null)
                    .max(Comparator.comparingInt((Member m) -> m.placeStrength)).orElse(null);
        }

        String kind() {
            return members.stream().filter(m -> m.kind != null).min(Comparator.comparingInt((Member m) -> m.kindRank))
                    .map(m -> m.kind).orElse(null);
        }
    }

    private static final boolean DEBUG = Boolean.getBoolean("khatt.debugGrouping");

    private EventGrouper() {}

    /** Assigns each of {@code articles} (in order) an event, given what {@code existing} holds. */
    public static List<Assignment> group(List<Extraction> articles, List<Existing> existing) {
        Map<String, Group> byId = new TreeMap<>();
        List<Group> groups = new ArrayList<>();
        for (Existing e : existing) {
            if (e.event() == null) {
                continue;
            }
            Group g = byId.computeIfAbsent(e.event(), id -> {
                Group ng = new Group(id);
                groups.add(ng);
                return ng;
            });
            g.members.add(new Member(e.path(), e.date(), 1.0, null, e.place(), e.placeSlug(), e.place() == null ? 0 : 5,
                    e.kind(), e.kind() == null ? Integer.MAX_VALUE : -1, e.contentKeys()));
        }

        Map<String, Integer> df = new HashMap<>();
        int pool = existing.size() + articles.size();
        existing.forEach(e -> e.contentKeys().forEach(k -> df.merge(k, 1, Integer::sum)));
        articles.forEach(a -> a.contentKeys().forEach(k -> df.merge(k, 1, Integer::sum)));
        Weights weights = new Weights(df, pool);
        for (Group g : groups) {
            g.members.forEach(mm -> mm.norm = weights.norm(mm.keys));
        }

        Group[] chosen = new Group[articles.size()];
        Member[] members = new Member[articles.size()];
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            order.add(i);
        }
        // dated articles first, so that an undated one can join an event formed in the same run
        order.sort(Comparator.comparing((Integer i) -> articles.get(i).date() == null));
        for (int i : order) {
            Extraction x = articles.get(i);
            Member m = new Member(x.file(), x.date(), x.dateConfidence(), x.weekday(), x.place(), x.placeSlug(),
                    x.placeStrength(), x.kind(), x.kindRank(), x.contentKeys());
            m.norm = weights.norm(m.keys);
            m.evidence = x.dateEvidence();
            m.published = x.published();
            members[i] = m;
            Group best = null;
            double bestSim = 0;
            double second = 0;
            for (Group g : groups) {
                if (!compatible(m, g)) {
                    continue;
                }
                double sim = similarity(m, g, weights);
                if (DEBUG) {
                    System.err.printf(java.util.Locale.ROOT, "  %s ~ %s: %.4f%n", m.file, g.members.get(0).file, sim);
                }
                if (sim > bestSim) {
                    second = bestSim;
                    bestSim = sim;
                    best = g;
                } else if (sim > second) {
                    second = sim;
                }
            }
            if (DEBUG) {
                System.err.printf(java.util.Locale.ROOT, "group %s date=%s best=%.4f second=%.4f%n", m.file, m.date, bestSim, second);
            }
            boolean joins = best != null && (m.date != null
                    ? bestSim >= (samePlace(m, best) ? JOIN_SAME_PLACE : JOIN_DATED)
                    : bestSim >= JOIN_UNDATED && bestSim >= RATIO_UNDATED * second && best.date() != null);
            if (!joins) {
                best = new Group(null);
                groups.add(best);
            }
            best.members.add(m);
            chosen[i] = best;
        }

        // Event ids: existing ones kept; new ones from date, then place or "call" or kind, unique.
        Set<String> taken = new HashSet<>(byId.keySet());
        Map<Group, String> ids = new java.util.IdentityHashMap<>();
        for (Group g : groups) {
            if (g.existingId != null) {
                ids.put(g, g.existingId);
            }
        }
        List<Assignment> out = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            Group g = chosen[i];
            String id = ids.get(g);
            if (id == null && g.date() != null && !ids.containsKey(g)) {
                id = unique(baseId(g), taken);
                taken.add(id);
                ids.put(g, id);
            }
            Member m = members[i];
            Member dated = g.dated();
            Member placed = g.placed();
            String kind = g.kind();
            boolean call = "call".equals(kind);
            LocalDate date = m.date;
            String evidence = articles.get(i).dateEvidence();
            double confidence = m.dateConfidence;
            boolean fromGroup = false;
            if (date == null && dated != null) {
                date = dated.date;
                fromGroup = true;
                confidence = Math.min(0.6, dated.dateConfidence * 0.65);
                evidence = (dated.evidence == null ? "" : dated.evidence + " ") + "(" + dated.file + ")";
            }
            List<String> files = g.members.stream().map(mm -> mm.file).filter(f -> !f.equals(m.file)).toList();
            out.add(new Assignment(id, g.existingId != null, date, evidence, confidence, fromGroup,
                    call || placed == null ? null : placed.place, call || placed == null ? null : placed.placeSlug,
                    kind, files));
        }
        return out;
    }

    private static boolean compatible(Member m, Group g) {
        String gk = g.kind();
        if (m.kind != null && gk != null && "call".equals(m.kind) != "call".equals(gk)) {
            return false;
        }
        Member placed = g.placed();
        if (m.placeSlug != null && placed != null && !m.placeSlug.equals(placed.placeSlug)) {
            return false;
        }
        LocalDate gd = g.date();
        if (m.date != null && gd != null) {
            return Math.abs(ChronoUnit.DAYS.between(m.date, gd)) <= 1;
        }
        if (m.date == null && gd != null && m.published != null) {
            long back = ChronoUnit.DAYS.between(gd, m.published);
            if (back < 0 || back > 7) {
                return false; // an article reports an event of the week before it was published
            }
        }
        if (m.date == null && gd != null && m.weekday != null) {
            return gd.getDayOfWeek() == m.weekday;
        }
        return true;
    }

    /**
     * Documents counted as sharing no words with anything: they keep a word pair found in two
     * articles of a small pool from weighing next to nothing.
     */
    static final double BACKGROUND = 5;

    /** How many of an event's articles (its first ones) an article is compared with. */
    static final int COMPARED_MEMBERS = 24;

    /** The best similarity with any of the group's first members. */
    private static double similarity(Member m, Group g, Weights w) {
        double best = 0;
        for (Member o : g.members.subList(0, Math.min(COMPARED_MEMBERS, g.members.size()))) {
            best = Math.max(best, w.cosine(m, o));
        }
        return best;
    }

    private static boolean samePlace(Member m, Group g) {
        Member placed = g.placed();
        return m.placeSlug != null && placed != null && m.placeSlug.equals(placed.placeSlug);
    }

    /** Inverse document frequencies over the articles of one grouping. */
    private record Weights(Map<String, Integer> df, int pool) {
        /** The squared inverse document frequency: phrasing two reports alone share weighs most. */
        double weight(String key) {
            double idf = Math.log((pool + BACKGROUND + 1.0) / df.getOrDefault(key, 1));
            return idf * idf;
        }

        double norm(Set<String> keys) {
            double sum = 0;
            for (String k : keys) {
                double w = weight(k);
                sum += w * w;
            }
            return Math.sqrt(sum);
        }

        double cosine(Member a, Member b) {
            if (a.norm == 0 || b.norm == 0) {
                return 0;
            }
            return dot(a, b) / (a.norm * b.norm);
        }

        double dot(Member a, Member b) {
            Set<String> small = a.keys.size() <= b.keys.size() ? a.keys : b.keys;
            Set<String> large = small == a.keys ? b.keys : a.keys;
            double dot = 0;
            for (String k : small) {
                if (large.contains(k)) {
                    double w = weight(k);
                    dot += w * w;
                }
            }
            return dot;
        }
    }

    static double ochiai(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        long common = small.stream().filter(large::contains).count();
        return common / Math.sqrt((double) a.size() * b.size());
    }

    private static String baseId(Group g) {
        String kind = g.kind();
        Member placed = g.placed();
        String tail = "call".equals(kind) ? "call" : placed != null ? placed.placeSlug : kind != null ? kind : "event";
        return g.date() + "-" + tail;
    }

    private static String unique(String base, Set<String> taken) {
        if (!taken.contains(base)) {
            return base;
        }
        for (int n = 2;; n++) {
            String id = base + "-" + n;
            if (!taken.contains(id)) {
                return id;
            }
        }
    }
}
