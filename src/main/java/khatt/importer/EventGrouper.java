package khatt.importer;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Files articles into events by who, what, where and when. An article never joins an event that
 * something tells apart: a phone call is not a meeting, two places are two events, dates more
 * than a day apart are two events, and two reports naming two sides each but sharing at most one
 * official («لافروف وبومبيو», «لافروف وظريف») are two events. Among the events left, one whose
 * participants agree with the article's (two officials in common) comes first; words in common
 * (shared pairs of content words, rare pairs weighing more) break ties and decide when the
 * participants are not known. An article with no date of its own joins an event of the same
 * participants only when its weekday or publication day fits that event and no other; it then
 * takes the event's date at lower confidence. Articles already in {@code content/} are members like
 * any other. Every decision comes with its reason. Pure: no I/O, no clock.
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
    /** Least similarity for an article without a date of its own to join the only dated event that fits it. */
    static final double JOIN_UNDATED_ALONE = 0.05;
    /** How many times better than the runner-up the best event must be, for an undated article. */
    static final double RATIO_UNDATED = 1.5;
    /** The date confidence from which a dated report's date may be written into drafts on weaker ties. */
    static final double SURE_DATE = 0.8;

    /** How many days a report may be published after the event it tells of (or before one it announces). */
    static final long WEEK = 7;

    /**
     * An article already in content/, as far as grouping needs it. A {@code provisional} event is the
     * name drafts of unknown date share; {@code weekday}, {@code dayMonth} and {@code published} are what
     * such a draft says of its day.
     */
    public record Existing(String path, String event, LocalDate date, String place, String placeSlug, String kind,
            Participants participants, Set<String> contentKeys, boolean provisional, DayOfWeek weekday,
            java.time.MonthDay dayMonth, LocalDate published) {}

    /**
     * Where a new article went, what it takes from its event, and why (for the editor). An event
     * of unknown date is {@code provisional}: {@code event} is the name its drafts share, or null for
     * a new one, which the importer names after its first article; {@code groupKey} tells the new
     * articles of one event in this run.
     */
    public record Assignment(String event, boolean existingEvent, LocalDate date, String dateEvidence,
            double dateConfidence, boolean dateFromGroup, String place, String placeSlug, String kind,
            List<String> memberFiles, String reason, boolean provisional, int groupKey) {}

    /**
     * A draft of content/ whose event had no date until a dated report joined it: it now belongs to
     * {@code event} of {@code date}, taken from {@code from}.
     */
    public record CompletedDraft(String path, String event, LocalDate date, String from) {}

    /** Where each article went, and the drafts of content/ the dated ones completed. */
    public record Grouping(List<Assignment> assignments, List<CompletedDraft> completedDrafts) {}

    private static final class Member {
        final String file;
        final LocalDate date;
        final double dateConfidence;
        final DayOfWeek weekday;
        final String place;
        final String placeSlug;
        /** The city of its place (a venue's city), which is what tells two places apart. */
        final String city;
        final int placeStrength;
        final String kind;
        final int kindRank;
        final Participants participants;
        final Set<String> keys;
        String evidence;
        boolean onDisk;
        LocalDate published;
        java.time.YearMonth publishedMonth;
        /** The day and month an undated report gives without a year («في 17 مايو»), or null. */
        java.time.MonthDay dayMonth;
        double norm;

        Member(String file, LocalDate date, double dateConfidence, DayOfWeek weekday, String place, String placeSlug,
                int placeStrength, String kind, int kindRank, Participants participants, Set<String> keys) {
            this.file = file;
            this.date = date;
            this.dateConfidence = dateConfidence;
            this.weekday = weekday;
            this.place = place;
            this.placeSlug = placeSlug;
            this.city = placeSlug == null ? null : khatt.arabic.Places.standard().cityKey(place);
            this.placeStrength = placeStrength;
            this.kind = kind;
            this.kindRank = kindRank;
            this.participants = participants;
            this.keys = keys;
        }
    }

    /** A group under construction; lives only inside one call of {@link #group}. */
    private static final class Group {
        final String existingId;
        final boolean provisional;
        final List<Member> members = new ArrayList<>();

        Group(String existingId, boolean provisional) {
            this.existingId = existingId;
            this.provisional = provisional;
        }

        /** The weekdays its undated members name. */
        Set<DayOfWeek> weekdays() {
            Set<DayOfWeek> days = java.util.EnumSet.noneOf(DayOfWeek.class);
            members.stream().filter(m -> m.weekday != null).forEach(m -> days.add(m.weekday));
            return days;
        }

        /** The weekday its undated members give it, when they agree on one; null otherwise. */
        DayOfWeek weekday() {
            Set<DayOfWeek> days = weekdays();
            return days.size() == 1 ? days.iterator().next() : null;
        }

        /** The days and months without a year its undated members give. */
        Set<java.time.MonthDay> dayMonths() {
            Set<java.time.MonthDay> days = new java.util.HashSet<>();
            members.stream().filter(m -> m.date == null && m.dayMonth != null).forEach(m -> days.add(m.dayMonth));
            return days;
        }

        LocalDate published() {
            return members.stream().map(m -> m.published).filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
        }

        Member dated() {
            return members.stream().filter(m -> m.date != null)
                    .max(Comparator.comparingDouble((Member m) -> m.dateConfidence)).orElse(null);
        }

        LocalDate date() {
            Member m = dated();
            return m == null ? null : m.date;
        }

        /** The member whose place names the event: the strongest, or one naming the city of its venue. */
        Member placed() {
            Member strongest = members.stream().filter(m -> m.placeSlug != null)
                    .max(Comparator.comparingInt((Member m) -> m.placeStrength)).orElse(null);
            return strongest == null ? null : members.stream().filter(m -> strongest.city.equals(m.placeSlug))
                    .max(Comparator.comparingInt((Member m) -> m.placeStrength)).orElse(strongest);
        }

        /**
         * The kind its articles name earliest in their leads; but when one says the event was a
         * meeting and another a press conference, it was the meeting the press conference closed.
         */
        String kind() {
            String earliest = members.stream().filter(m -> m.kind != null).min(Comparator.comparingInt((Member m) -> m.kindRank))
                    .map(m -> m.kind).orElse(null);
            boolean meeting = members.stream().anyMatch(m -> "meeting".equals(m.kind));
            return "press-conference".equals(earliest) && meeting ? "meeting" : earliest;
        }

        Participants participants() {
            Participants all = Participants.NONE;
            for (Member m : members) {
                all = all.with(m.participants);
            }
            return all;
        }
    }

    /** One event an article was weighed against. */
    private record Candidate(Group group, double similarity, boolean sameParticipants, boolean samePlace) {
        boolean sameParticipantsAndPlace() {
            return sameParticipants && samePlace;
        }
    }

    /** Why an article went where it went: the event it joined (or the one it was nearest), and on what grounds. */
    private record Decision(Group joined, String grounds, Group nearest, String apart) {}

    private EventGrouper() {}

    /** Assigns each of {@code articles} (in order) an event, given what {@code existing} holds. */
    public static Grouping group(List<Extraction> articles, List<Existing> existing) {
        Map<String, Group> byId = new TreeMap<>();
        List<Group> groups = new ArrayList<>();
        for (Existing e : existing) {
            if (e.event() == null) {
                continue;
            }
            Group g = byId.computeIfAbsent(e.event(), id -> {
                Group ng = new Group(id, e.provisional());
                groups.add(ng);
                return ng;
            });
            Member member = new Member(e.path(), e.date(), 1.0, e.weekday(), e.place(), e.placeSlug(), e.place() == null ? 0 : 5,
                    e.kind(), e.kind() == null ? Integer.MAX_VALUE : -1, e.participants(), e.contentKeys());
            member.published = e.published();
            member.dayMonth = e.dayMonth();
            member.onDisk = true;
            g.members.add(member);
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
        Decision[] decisions = new Decision[articles.size()];
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            order.add(i);
        }
        // dated articles first, so that an undated one can join an event formed in the same run
        order.sort(Comparator.comparing((Integer i) -> articles.get(i).date() == null));
        for (int i : order) {
            Extraction x = articles.get(i);
            Member m = new Member(x.file(), x.date(), x.dateConfidence(), x.weekday(), x.place(), x.placeSlug(),
                    x.placeStrength(), x.kind(), x.kindRank(), x.participants(), x.contentKeys());
            m.norm = weights.norm(m.keys);
            m.evidence = x.dateEvidence();
            m.published = x.published();
            m.publishedMonth = x.publishedMonth();
            m.dayMonth = x.dayMonth();
            members[i] = m;
            Decision d = decide(m, groups, weights);
            Group best = d.joined();
            if (best == null) {
                best = new Group(null, m.date == null);
                groups.add(best);
            }
            best.members.add(m);
            chosen[i] = best;
            decisions[i] = d;
        }
        List<Assignment> assignments = assignments(articles, groups, byId.keySet(), chosen, members, decisions);
        return new Grouping(assignments, completedDrafts(byId.values(), assignments, chosen));
    }

    /** The drafts of content/ in provisional events that a dated report of this run joined. */
    private static List<CompletedDraft> completedDrafts(java.util.Collection<Group> onDisk, List<Assignment> assignments,
            Group[] chosen) {
        List<CompletedDraft> out = new ArrayList<>();
        for (Group g : onDisk) {
            Member dated = g.dated();
            if (!g.provisional || dated == null) {
                continue;
            }
            String event = null;
            for (int i = 0; i < chosen.length && event == null; i++) {
                event = chosen[i] == g ? assignments.get(i).event() : null;
            }
            for (Member m : g.members) {
                if (m.onDisk && m.date == null) {
                    out.add(new CompletedDraft(m.file, event, dated.date, dated.file));
                }
            }
        }
        return out;
    }

    /** The event {@code m} joins among {@code groups}, or none, with the reason. */
    private static Decision decide(Member m, List<Group> groups, Weights weights) {
        List<Candidate> fits = new ArrayList<>();
        Map<Group, Double> sameParticipants = new java.util.IdentityHashMap<>();
        Group nearest = null;
        String apart = null;
        double nearestSim = 0;
        for (Group g : groups) {
            double sim = similarity(m, g, weights);
            boolean agrees = m.participants.agrees(g.participants());
            if (agrees) {
                sameParticipants.put(g, sim);
            }
            String difference = difference(m, g);
            if (difference == null) {
                fits.add(new Candidate(g, sim, agrees, samePlace(m, g)));
            } else if (sim > nearestSim || nearest == null && m.participants.shared(g.participants()) > 0) {
                nearestSim = sim;
                nearest = g;
                apart = difference;
            }
        }
        // same participants first, then the same place, then words in common
        fits.sort(Comparator.comparing((Candidate c) -> !c.sameParticipants()).thenComparing(c -> !c.samePlace())
                .thenComparing(c -> m.date == null && c.group().date() == null).thenComparing(c -> -c.similarity()));
        if (fits.isEmpty()) {
            return new Decision(null, null, nearest, apart);
        }
        Candidate best = fits.get(0);
        String grounds = m.date != null ? datedGrounds(m, best, fits) : undatedGrounds(m, best, fits, runnerUp(best, fits, sameParticipants));
        for (int i = 1; grounds == null && m.date != null && i < fits.size(); i++) {
            // drafts of theirs of another year do not take it: the day's event that does may come further down
            if (fits.get(i).group().date() != null && (grounds = datedGrounds(m, fits.get(i), fits)) != null) {
                best = fits.get(i);
            }
        }
        if (grounds == null && m.date == null && best.group().date() != null) {
            // no dated event takes it: the reports of its event that nobody dates may
            Candidate draft = fits.stream().filter(f -> f.group().date() == null).findFirst().orElse(null);
            String together = draft == null ? null : undatedTogether(m, draft, fits, runnerUp(draft, fits, sameParticipants));
            if (together != null) {
                return new Decision(draft.group(), together, null, null);
            }
        }
        return grounds != null ? new Decision(best.group(), grounds, null, null)
                : new Decision(null, null, best.group(), whyNot(m, best, fits));
    }

    /** The similarity to beat: the next candidate's, or any other event's of the same participants, fitting or not. */
    private static double runnerUp(Candidate best, List<Candidate> fits, Map<Group, Double> sameParticipants) {
        double second = fits.stream().filter(f -> f != best).mapToDouble(Candidate::similarity).max().orElse(0);
        for (Map.Entry<Group, Double> other : sameParticipants.entrySet()) {
            if (other.getKey() != best.group()) {
                second = Math.max(second, other.getValue());
            }
        }
        return second;
    }

    /** Why an article that nothing tells apart from the candidate still does not join it. */
    private static String whyNot(Member m, Candidate best, List<Candidate> fits) {
        if (m.date == null && best.group().date() == null && !best.sameParticipants()) {
            return "neither has a date, and they name fewer than two officials in common";
        }
        if (m.date == null && best.group().date() == null) {
            long rivals = undatedRivals(best, fits);
            return rivals > 1 ? "neither has a date, and " + rivals + " undated events of the same participants fit it"
                    : "neither has a date, and nothing ties them: no weekday, place or publication day in common, "
                    + wordsInCommon(best).replace("words in common", "few words in common");
        }
        if (m.date != null && best.group().date() == null && best.sameParticipants() && unsureForDrafts(m, best)) {
            return "its date is not sure enough (" + m.dateConfidence + ") to be written into drafts tied by a weekday and words";
        }
        if (m.date != null || !best.sameParticipants()) {
            return "too few words in common";
        }
        long agreeing = fits.stream().filter(Candidate::sameParticipants).count();
        if (agreeing == 1 && best.samePlace() && m.published == null && (m.weekday == null || m.publishedMonth == null)
                && atHome(m, best.group())) {
            return "undated, and " + best.group().placed().place + " is the capital of one of them, where they meet again and again"
                    + (m.weekday == null ? "" : ": a weekday alone does not tell which meeting");
        }
        return agreeing > 1 ? "undated, and " + agreeing + " events of the same participants fit it"
                : "undated, and no weekday or publication day ties it to this event of the same participants";
    }

    /** Why a dated article joins the candidate (already of a compatible kind, place and day), or null. */
    private static String datedGrounds(Member m, Candidate c, List<Candidate> fits) {
        Group g = c.group();
        if (g.date() == null) {
            return draftsGrounds(m, c, fits);
        }
        String when = "date " + m.date + (m.date.equals(g.date()) ? " matches" : " within a day");
        if (c.sameParticipants()) {
            return agreement(m, g) + ", " + when;
        }
        double least = samePlace(m, g) ? JOIN_SAME_PLACE : JOIN_DATED;
        if (c.similarity() >= least) {
            return kindAndPlace(g) + wordsInCommon(c) + ", " + when;
        }
        // «شكري ولافروف» and a report of that day that names only لافروف: the one event of his that day
        boolean onlyOneThatDay = fits.stream().filter(f -> f.group().date() != null && m.participants.shared(f.group().participants()) > 0)
                .count() == 1;
        return m.date.equals(g.date()) && m.participants.shared(g.participants()) > 0 && onlyOneThatDay && !"call".equals(g.kind())
                ? "an official in common, " + kindAndPlace(g) + "date " + m.date + " matches, the only event of theirs that day" : null;
    }

    /**
     * Why a dated article joins an event only drafts of unknown date report, or null: the same
     * participants, and the drafts were published within a week of its date, or say its day and
     * month, or their words are close (on their own weekday), or two of these agree: their weekday,
     * their place (which a meeting's drafts must share),
     * some words in common (two ministers may talk several times a year).
     */
    private static String draftsGrounds(Member m, Candidate c, List<Candidate> fits) {
        Group g = c.group();
        if (!c.sameParticipants()) {
            return null;
        }
        if (g.published() != null) {
            return agreement(m, g) + ", drafts of unknown date published within a week of " + m.date;
        }
        if (!g.dayMonths().isEmpty()) { // apartFromDrafts let it through: they say its day and month
            return agreement(m, g) + ", drafts of unknown date say its day and month " + dayAndMonth(java.time.MonthDay.from(m.date));
        }
        // a day off their weekday is a visit's other day or another meeting: words alone do not tell which
        boolean dayOff = g.weekday() != null && g.weekday() != m.date.getDayOfWeek();
        if (c.similarity() >= JOIN_UNDATED_ALONE && !dayOff) {
            return agreement(m, g) + ", drafts of unknown date: " + wordsInCommon(c) + ", date " + m.date;
        }
        if (unsureForDrafts(m, c)) {
            return null;
        }
        // a weekday is one day in seven, and the same two meet in the same city more than once: two of these
        List<String> ties = new ArrayList<>();
        if (g.weekday() == m.date.getDayOfWeek()) {
            ties.add("their weekday " + name(g.weekday()) + " matches");
        }
        if (c.samePlace() && !atHome(m, g)) { // in the capital of one of them, they meet again and again
            ties.add("the place is theirs" + (g.weekday() != null && g.weekday() != m.date.getDayOfWeek()
                    ? ", a day from their " + name(g.weekday()) : ""));
        }
        if (c.similarity() >= JOIN_UNDATED) {
            ties.add(wordsInCommon(c));
        }
        boolean placed = c.samePlace() || "call".equals(g.kind()); // a meeting's drafts must name its city
        if (ties.size() < 2 && c.samePlace() && m.dateConfidence >= SURE_DATE && g.weekday() == null && !atHome(m, g)
                && fits.stream().filter(f -> f.sameParticipantsAndPlace() && f.group().date() == null).count() == 1) {
            // as an undated report of a city joins the one event of the same two there, so the other way round
            ties.add("the only undated event of theirs in " + m.place);
        }
        return ties.size() < 2 || !placed ? null
                : agreement(m, g) + ", drafts of unknown date: " + String.join(", ", ties) + ", date " + m.date;
    }

    /**
     * Whether a dated article's date is too unsure to be written into the drafts of {@code c} on a
     * weekday and some words alone: under {@link #SURE_DATE}, only their city ties them.
     */
    private static boolean unsureForDrafts(Member m, Candidate c) {
        return m.dateConfidence < SURE_DATE && !c.samePlace();
    }

    /**
     * Why an undated article joins the candidate, or null: its participants agree and its weekday or
     * publication day fits that event and no other of the same participants (of the same place,
     * when it names one and such an event exists); else its words single the event out (the
     * candidates ranked first by participants and place).
     */
    private static String undatedGrounds(Member m, Candidate c, List<Candidate> fits, double second) {
        Group g = c.group();
        if (g.date() == null) {
            return undatedTogether(m, c, fits, second);
        }
        // the dated events it could be; drafts of unknown date are the last resort, not rivals
        long agreeing = fits.stream().filter(f -> f.sameParticipants() && f.group().date() != null).count();
        long rivals = c.sameParticipantsAndPlace()
                ? fits.stream().filter(f -> f.sameParticipantsAndPlace() && f.group().date() != null).count() : agreeing;
        if (m.published == null && m.weekday != null) {
            // an undated event of theirs on the same weekday (and in the same city, when that is what
            // ties the dated one) fits as well, a weekday being one day in seven: words must choose
            double twin = fits.stream().filter(f -> f.sameParticipants() && f.group().date() == null
                    && f.group().weekday() == m.weekday && (f.samePlace() || !c.samePlace()))
                    .mapToDouble(Candidate::similarity).max().orElse(-1);
            if (twin >= 0 && c.similarity() < RATIO_UNDATED * twin) {
                rivals++;
            }
        }
        // a weekday alone is one day in seven: two ministers meet a few times a year, but call each other
        // often, so a call's weekday ties it to a call only with its month of publication; a city ties
        // a report to the one event of the same two that can have been there
        if (c.sameParticipants() && onDayAndMonth(m, g.date())) {
            long sameDay = fits.stream().filter(f -> f.sameParticipants() && onDayAndMonth(m, f.group().date())).count();
            if (sameDay == 1) {
                return agreement(m, g) + ", day and month " + dayAndMonth(m.dayMonth) + " match " + g.date();
            }
        }
        // in the capital of one of them they meet again and again: there a weekday needs the month of publication
        boolean tied = m.published != null || m.weekday != null
                && (c.samePlace() || m.publishedMonth != null || !"call".equals(g.kind()))
                && (m.publishedMonth != null || !atHome(m, g))
                || c.samePlace() && m.weekday == null && agreeing == 1 && !atHome(m, g);
        if (c.sameParticipants() && rivals == 1 && tied) {
            return agreement(m, g) + ", " + whatTiesTheDay(m, c);
        }
        if (!c.sameParticipants()) {
            String host = oneInCommon(m, c, fits);
            if (host != null) {
                return host;
            }
        }
        // words may choose between dated events that fit; for the only one that fits they must be close
        long datedFits = fits.stream().filter(f -> f.group().date() != null).count();
        double least = datedFits > 1 ? JOIN_UNDATED : JOIN_UNDATED_ALONE;
        // a weekday a day from the event's is a visit's other day, or another visit: words do not tell which
        boolean dayOut = m.weekday != null && m.weekday != g.date().getDayOfWeek();
        if (!dayOut && c.similarity() >= least && c.similarity() >= RATIO_UNDATED * second) {
            return (c.sameParticipants() ? agreement(m, g) + ", " : kindAndPlace(g)) + wordsInCommon(c)
                    + (agreeing > 1 ? " single it out among " + agreeing + " events of the same participants" : "");
        }
        return null;
    }

    /** The weekday or publication day that ties an undated article to the dated event of {@code c}, in words. */
    private static String whatTiesTheDay(Member m, Candidate c) {
        DayOfWeek eventDay = c.group().date().getDayOfWeek();
        if (m.weekday == null && m.published == null) {
            return "the only event of theirs that can have been in " + m.place;
        }
        if (m.weekday == null) {
            return "published " + m.published + ", within a week of " + c.group().date();
        }
        if (m.weekday != eventDay) {
            return "weekday " + name(m.weekday) + " a day from the event's " + name(eventDay);
        }
        return "weekday " + name(m.weekday) + " matches"
                + (m.publishedMonth != null && !c.samePlace() ? " in " + m.publishedMonth + ", the month of its address" : "");
    }

    private static String name(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    /**
     * Why an undated article joins an event no report has dated yet, or null: the same participants
     * and kind, and a weekday or publication day that ties them (or, with neither, words that single
     * the event out), with no other undated event of those participants fitting as well.
     */
    private static String undatedTogether(Member m, Candidate c, List<Candidate> fits, double second) {
        Group g = c.group();
        if (!c.sameParticipants()) {
            return oneInCommon(m, c, fits); // (a call and a meeting never got here: they are told apart before)
        }
        long rivals = undatedRivals(c, fits);
        // in the capital of one of them they meet again and again: there the city alone ties nothing
        String when = m.weekday != null && m.weekday == g.weekday()
                ? "weekday " + name(m.weekday) + " matches"
                : m.published != null && g.published() != null ? "published within two days"
                : c.samePlace() && !atHome(m, g) ? "the only undated event of theirs there" : null;
        if (when != null && rivals == 1) {
            return agreement(m, g) + ", " + when + ", date unknown to both";
        }
        // the same two call each other again and again: a call's words must be closer than a meeting's, which has its city
        double least = "call".equals(g.kind()) ? JOIN_UNDATED_ALONE : JOIN_UNDATED;
        if (c.similarity() >= least && c.similarity() >= RATIO_UNDATED * second) {
            return agreement(m, g) + ", " + wordsInCommon(c) + ", date unknown to both";
        }
        return null;
    }

    /**
     * The undated events of the participants of {@code c} that fit as well as it: an event of theirs
     * in the same city fits better than one whose reports name no city.
     */
    private static long undatedRivals(Candidate c, List<Candidate> fits) {
        return fits.stream().filter(f -> f.sameParticipants() && f.group().date() == null && (f.samePlace() || !c.samePlace()))
                .count();
    }

    /**
     * Why undated reports that share only one official (the host, say, when one report leaves the
     * guests unnamed) are of one event, or null: the same city and weekday, and no other undated
     * event in that city fits.
     */
    private static String oneInCommon(Member m, Candidate c, List<Candidate> fits) {
        Group g = c.group();
        DayOfWeek day = g.date() != null ? g.date().getDayOfWeek() : g.weekday();
        if (m.participants.shared(g.participants()) < 1 || !c.samePlace() || m.weekday == null || m.weekday != day) {
            return null;
        }
        boolean dated = g.date() != null;
        long rivals = fits.stream().filter(f -> f.samePlace() && (f.group().date() == null) != dated).count();
        return rivals != 1 ? null : "an official in common, " + kindAndPlace(g) + "weekday " + name(m.weekday)
                + (dated ? " matches, the only event there" : " matches, the only undated event there, date unknown to both");
    }

    private static String agreement(Member m, Group g) {
        return "same participants (" + m.participants.names() + "), " + kindAndPlace(g).replaceAll(", $", "");
    }

    private static String kindAndPlace(Group g) {
        String kind = g.kind();
        Member placed = g.placed();
        return (kind == null ? "" : "kind " + kind + ", ") + (placed == null || "call".equals(kind) ? "" : "place " + placed.place + ", ");
    }

    private static String wordsInCommon(Candidate c) {
        return String.format(Locale.ROOT, "words in common (similarity %.3f)", c.similarity());
    }

    /** Why two sets of participants cannot be of one event (other people, one office held by two, never in office together), or null. */
    private static String otherPeople(Participants mine, Participants theirs) {
        if (mine.contradicts(theirs)) {
            return "participants differ (" + mine.names() + " / " + theirs.names() + ")";
        }
        String rivals = mine.rivalHolders(theirs);
        if (rivals != null) {
            return "one office, two holders (" + rivals + ")";
        }
        String apartInTime = mine.neverTogether(theirs);
        return apartInTime == null ? null : "never in office together (" + apartInTime + ")";
    }

    /**
     * What tells the article and the event apart, or null when nothing does: the kind (a call is
     * not a meeting), the place, the participants, the dates.
     */
    private static String difference(Member m, Group g) {
        String gk = g.kind();
        if (m.kind != null && gk != null && "call".equals(m.kind) != "call".equals(gk)) {
            return "kind " + m.kind + " is not " + gk;
        }
        Member placed = g.placed();
        if (m.city != null && placed != null && !m.city.equals(placed.city) && !sameDayAndPair(m, g)) {
            return "place " + m.place + " is not " + placed.place;
        }
        Participants gp = g.participants();
        String others = otherPeople(m.participants, gp);
        if (others != null) {
            return others;
        }
        LocalDate gd = g.date();
        String absent = gd != null ? m.participants.outOfOfficeOn(gd) : m.date != null ? gp.outOfOfficeOn(m.date) : null;
        if (absent != null) {
            return absent + " was not in office on " + (gd != null ? gd : m.date);
        }
        if (m.date != null) {
            return gd == null ? apartFromDrafts(m, g)
                    : Math.abs(ChronoUnit.DAYS.between(m.date, gd)) <= 1 ? null : "date " + m.date + " is not " + gd;
        }
        return gd == null ? undatedApart(m, g) : apartFromDated(m, g, gd);
    }

    /**
     * Whether the report and the event are of one day and the same two: two outlets may then name two
     * cities («العلمين», and «القاهرة» of the desk or the capital), but the same two ministers do not
     * meet twice in a day in two cities.
     */
    private static boolean sameDayAndPair(Member m, Group g) {
        return m.date != null && g.date() != null && Math.abs(ChronoUnit.DAYS.between(m.date, g.date())) <= 1
                && m.participants.agrees(g.participants()) && !"call".equals(m.kind);
    }

    /** What tells two undated reports apart: weekdays that no visit spans, publication days more than two days apart. */
    private static String undatedApart(Member m, Group g) {
        for (java.time.MonthDay said : g.dayMonths()) {
            if (m.dayMonth != null && !nearDayAndMonth(said, m.dayMonth.atYear(2000))) {
                return "day and month " + dayAndMonth(m.dayMonth) + " are not " + dayAndMonth(said);
            }
        }
        for (DayOfWeek gw : g.weekdays()) {
            if (m.weekday != null && m.weekday != gw && !(visit(m, g) && adjacent(m.weekday, gw))) {
                return "weekday " + name(m.weekday) + " is not " + name(gw);
            }
        }
        LocalDate firstPublished = g.published();
        if (m.published != null && firstPublished != null && Math.abs(ChronoUnit.DAYS.between(m.published, firstPublished)) > 2) {
            return "published " + m.published + ", not within two days of " + firstPublished;
        }
        return null;
    }

    /**
     * What tells an undated report apart from the event of {@code date}: its publication outside the
     * week after the event (or, naming the same participants, the week before: an announcement),
     * the month of its address, or its weekday (a day out in the same place is a slip).
     */
    private static String apartFromDated(Member m, Group g, LocalDate date) {
        if (m.dayMonth != null && !nearDayAndMonth(m.dayMonth, date)) {
            return "day and month " + dayAndMonth(m.dayMonth) + " are not those of " + date;
        }
        if (m.published != null) {
            long back = ChronoUnit.DAYS.between(date, m.published);
            long ahead = m.participants.agrees(g.participants()) ? WEEK : 0;
            if (back < -ahead || back > WEEK) {
                return "published " + m.published + ", not within a week of " + date;
            }
        }
        if (m.publishedMonth != null
                && (date.isAfter(m.publishedMonth.atEndOfMonth()) || date.isBefore(m.publishedMonth.atDay(1).minusDays(WEEK)))) {
            return "published in " + m.publishedMonth + ", not within a week of " + date;
        }
        if (m.weekday != null && date.getDayOfWeek() != m.weekday && !(samePlace(m, g) && adjacent(m.weekday, date.getDayOfWeek()))) {
            return "weekday " + name(m.weekday) + " is not the " + name(date.getDayOfWeek()) + " of " + date;
        }
        return null;
    }

    /**
     * What tells a dated article apart from an event only drafts of unknown date report: the weekday
     * they give (a day out in the same place is a slip), or their publication, more than a week after
     * the article's date or before it.
     */
    private static String apartFromDrafts(Member m, Group g) {
        for (java.time.MonthDay said : g.dayMonths()) {
            if (!nearDayAndMonth(said, m.date)) {
                return "its reports say " + dayAndMonth(said) + ", not " + m.date;
            }
        }
        DayOfWeek gw = g.weekday();
        DayOfWeek day = m.date.getDayOfWeek();
        if (gw != null && gw != day && !(samePlace(m, g) && adjacent(gw, day))) {
            return "its reports say " + name(gw) + ", not the " + name(day) + " of " + m.date;
        }
        LocalDate published = g.published();
        if (published != null && (published.isBefore(m.date.minusDays(WEEK)) || published.isAfter(m.date.plusDays(WEEK)))) {
            return "its reports were published " + published + ", not within a week of " + m.date;
        }
        return null;
    }

    /** Event ids (existing ones kept; new ones from date, then place or "call" or kind, unique) and what each article takes. */
    private static List<Assignment> assignments(List<Extraction> articles, List<Group> groups, Set<String> existingIds,
            Group[] chosen, Member[] members, Decision[] decisions) {
        Set<String> taken = new HashSet<>(existingIds);
        Map<Group, String> ids = new java.util.IdentityHashMap<>();
        for (Group g : groups) {
            if (g.existingId != null && !(g.provisional && g.date() != null)) {
                ids.put(g, g.existingId); // a provisional event a dated report joined is named anew, by its date
            }
        }
        for (int i = 0; i < articles.size(); i++) {
            Group g = chosen[i];
            if (!ids.containsKey(g) && g.date() != null) {
                String id = unique(baseId(g), taken);
                taken.add(id);
                ids.put(g, id);
            }
        }
        List<Assignment> out = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            Group g = chosen[i];
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
            boolean provisional = g.date() == null;
            out.add(new Assignment(ids.get(g), g.existingId != null && !provisional && ids.get(g).equals(g.existingId), date,
                    evidence, confidence, fromGroup,
                    call || placed == null ? null : placed.place, call || placed == null ? null : placed.placeSlug,
                    kind, files, reason(decisions[i], ids), provisional, groups.indexOf(g)));
        }
        return out;
    }

    private static String reason(Decision d, Map<Group, String> ids) {
        if (d.joined() != null) {
            return "joined " + Objects.requireNonNullElse(ids.get(d.joined()), "the undated report " + d.joined().members.get(0).file)
                    + ": " + d.grounds();
        }
        String name = d.nearest() == null ? null
                : Objects.requireNonNullElse(ids.get(d.nearest()), d.nearest().members.get(0).file);
        return "new event" + (name == null ? ": no other event of the same kind, place, participants and days"
                : "; not " + name + ": " + d.apart());
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

    /** Whether an undated report's day and month without a year («في 17 مايو») are those of {@code date}, give or take a day. */
    private static boolean onDayAndMonth(Member m, LocalDate date) {
        return m.dayMonth != null && date != null && nearDayAndMonth(m.dayMonth, date);
    }

    /** Whether {@code said} is the day and month of {@code date}, give or take a day (a report of the night, a slip). */
    private static boolean nearDayAndMonth(java.time.MonthDay said, LocalDate date) {
        for (int shift = -1; shift <= 1; shift++) {
            if (java.time.MonthDay.from(date.plusDays(shift)).equals(said)) {
                return true;
            }
        }
        return false;
    }

    private static String dayAndMonth(java.time.MonthDay day) {
        return day.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH));
    }

    /**
     * Whether undated reports may name neighbouring weekdays of one event: the same two, in the same
     * city or with one side naming none, where a visit's reports tell of its arrival, talks and
     * departure (a call has no visit). Two days apart they are two visits (the same two meet in one
     * capital again and again).
     */
    private static boolean visit(Member m, Group g) {
        return !"call".equals(g.kind()) && !"call".equals(m.kind) && (samePlace(m, g) || m.city == null || g.placed() == null)
                && m.participants.agrees(g.participants());
    }

    /**
     * Whether the event's city is the capital of one of the participants' countries: a minister
     * receives the same guest at home again and again (Lavrov met Abdollahian in Moscow in 2021
     * and in 2022), so there the city alone does not tell which of their meetings a report is of.
     */
    private static boolean atHome(Member m, Group g) {
        Member placed = g.placed();
        String country = placed == null ? null : khatt.arabic.Places.standard().capitalOf(placed.city);
        return country != null && (m.participants.countries().contains(country) || g.participants().countries().contains(country));
    }

    private static boolean adjacent(DayOfWeek a, DayOfWeek b) {
        return a.plus(1) == b || b.plus(1) == a;
    }

    private static boolean samePlace(Member m, Group g) {
        Member placed = g.placed();
        return m.city != null && placed != null && m.city.equals(placed.city);
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

    /** The build's name for the event: date, then place, or "call", or the kind. */
    private static String baseId(Group g) {
        String kind = g.kind();
        Member placed = g.placed();
        return khatt.content.EventIds.derive(g.date(), "call".equals(kind) || placed == null ? null : placed.place, kind);
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
