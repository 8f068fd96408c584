package khatt.importer;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which day an article's event took place, from all the evidence at once: every date expression of
 * the headline and the body (with its kind and position) is read against the publication anchor
 * and votes for a day; the day with the most support wins, and its confidence says how independent
 * and how consistent the evidence is. With no vote, or two days equally supported, the date is
 * unknown. Pure.
 */
final class EventDates {

    /** How many paragraphs make the lead, where an article says what happened, where and when. */
    static final int LEAD = Extractor.LEAD;
    /** How many days before its publication an article still reports news. */
    private static final int NEWS_DAYS = 7;
    /** How far ahead an announced event («يوم 4 مايو المقبل») may lie. */
    private static final int ANNOUNCED_DAYS = 60;
    /** Words before «اليوم» that make it not today: «ذلك اليوم», «حتى اليوم». */
    private static final Set<String> NOT_TODAY_BEFORE = Set.of("ذلك", "حتي", "منذ", "الي", "لذلك", "بذلك", "نفس", "هذا");
    /**
     * Words after «اليوم» that make it a noun, some other day («اليوم التالي», «اليوم العالمي»); any
     * other word after it is what happened today («بحث اليوم التطورات»).
     */
    private static final Set<String> NOT_TODAY_AFTER = Set.of("التالي", "الاول", "الثاني", "الثالث", "الرابع", "الاخير",
            "السابق", "الموالي", "اللاحق", "نفسه", "ذاته", "الوطني", "العالمي", "الدولي", "الموعود", "المحدد", "المقرر");

    /** Words that make a date the event's when they are the nearest cue before it: «جرت أمس السبت», «التقى اليوم». */
    private static final Set<String> EVENT_WORDS = folded("جرت", "جرى", "أجرى", "أجريت", "اجريا", "عقد", "عقدت", "عقدا",
            "التقى", "يلتقي", "التقيا", "بحث", "بحثا", "يبحث", "يبحثان", "ناقش", "ناقشا", "تلقى", "اتصل", "اتصال", "اتصالا",
            "مكالمة", "المكالمة", "محادثة", "لقاء", "اللقاء", "لقائه", "اجتماع", "الاجتماع", "محادثات", "المحادثات", "مباحثات",
            "المباحثات", "استقبل", "زار", "وصل", "تحدث", "تباحث", "هاتفيا", "هاتفي");
    /** Words that make a date the statement's, not the event's: «قالت الوزارة اليوم الأحد إن الاتصال جرى أمس». */
    private static final Set<String> REPORTING_WORDS = folded("قال", "قالت", "أعلن", "أعلنت", "ذكر", "ذكرت", "أفاد", "أفادت",
            "صرح", "أكد", "أكدت", "أضاف", "أضافت", "كشف", "كشفت", "نقل", "نقلت", "أوضح", "أوضحت", "بيان", "البيان");
    /** Words that put the event before the report's: «كانا أجرياها يوم الثلاثاء الماضي», «سبق أن التقيا». */
    private static final Set<String> EARLIER_WORDS = folded("كان", "كانا", "كانت", "كانوا", "سبق", "سبقت");
    /** Other events a coming date may be of: «التحضير للقمة المقررة في هلسنكي يوم 16 يوليو». */
    private static final Set<String> OTHER_EVENT_WORDS = folded("القمة", "للقمة", "قمة", "المؤتمر", "مؤتمر", "لمؤتمر",
            "الانتخابات", "انتخابات", "للانتخابات", "الاستفتاء", "المهلة", "الموعد", "موعد");
    /** Another event, then a clause that dates it: «قمة مجموعة العشرين التي انعقدت يوم» (folded: ة is ه). */
    private static final java.util.regex.Pattern OTHER_EVENT_CLAUSE = java.util.regex.Pattern.compile(
            "(?:^|\\s)[وفلب]?(?:ال)?(?:قمه|مؤتمر|انتخابات|استفتاء)(?:\\s+\\S+){0,3}\\s+(?:التي|الذي)\\s+\\S+(?:\\s+(?:يوم|في))?$");
    /** A proposal, agreement or resolution dated by the words that follow (folded: ة is ه). */
    private static final java.util.regex.Pattern DOCUMENT_DATE = java.util.regex.Pattern.compile(
            "(?:^|\\s)(?:ال)?(?:مقدم|موقع|صادر|مبرم|مؤرخ|موءرخ|معلن)ه?(?:\\s+(?:في|يوم|بتاريخ))?$");
    /** The role of a date after a reporting verb: the statement's day. */
    private static final double REPORTED = 0.75;
    /** How many words before a date are searched for the nearest cue. */
    private static final int CUE_WORDS = 6;

    private EventDates() {}

    private static Set<String> folded(String... words) {
        Set<String> out = new java.util.HashSet<>();
        for (String w : words) {
            out.add(FoldedText.foldAll(w));
        }
        return out;
    }

    /** Whether «كان» or «سبق» comes just before the event word at {@code k}: an earlier event. */
    private static boolean earlier(String[] words, int k) {
        for (int j = k - 1; j >= 0 && j >= k - 3; j--) {
            if (EARLIER_WORDS.contains(words[j].replaceFirst("^[وف]", ""))) {
                return true;
            }
        }
        return false;
    }

    /**
     * What a date expression dates, from the nearest cue word before it (within a clause): 1.5 for
     * the event («جرت المكالمة أمس»), 0.75 for the statement that reports it («قالت الوزارة اليوم»),
     * 0 for an earlier event («كانا أجرياها يوم الثلاثاء الماضي»), 1 when nothing says.
     */
    static double role(String before) {
        String[] words = before.split("[\\s،,]+");
        for (int k = words.length - 1; k >= 0 && k >= words.length - CUE_WORDS; k--) {
            String w = words[k].replaceFirst("^[وف]", "");
            if (w.isEmpty() || w.matches(".*[.:؛!؟?].*")) {
                break;
            }
            if (EVENT_WORDS.contains(words[k]) || EVENT_WORDS.contains(w)) {
                return earlier(words, k) ? 0 : 1.5;
            }
            if (REPORTING_WORDS.contains(words[k]) || REPORTING_WORDS.contains(w)) {
                return REPORTED;
            }
        }
        return 1;
    }

    /** Whether the nearest cue before a date (within a clause) names another event: «للقمة … يوم 16 يوليو». */
    static boolean ofOtherEvent(String before) {
        String[] words = before.split("[\\s،,\\-–—]+");
        // a summit's name is longer than a verb's cue: «للقمة الروسية الأمريكية المقررة في هلسنكي يوم»
        for (int k = words.length - 1; k >= 0 && k >= words.length - CUE_WORDS - 2; k--) {
            String w = words[k].replaceFirst("^[وف]", "");
            if (w.isEmpty() || w.matches(".*[.:؛!؟?].*") || EVENT_WORDS.contains(w) || REPORTING_WORDS.contains(w)) {
                return false;
            }
            if (OTHER_EVENT_WORDS.contains(words[k]) || OTHER_EVENT_WORDS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The chosen day and what it rests on.
     *
     * @param date the event's day, or null when the evidence does not settle it
     * @param evidence the words it rests on, or null
     * @param confidence 0-1: 0.95 for two cues that check each other («اليوم الثلاثاء» on a Tuesday
     *     byline, «الاثنين (6 فبراير 2012)»), 0.85-0.9 for one strong cue against a certain anchor,
     *     0.6-0.75 for a weekday alone, an announcement or a contradicted cue; 0 when unknown
     * @param weekday the weekday the text gives its event, or null
     * @param mention the expression the date was read from, or null
     * @param reference the publication day the relative words were read against, or null
     * @param checked whether two cues check each other (a weekday agreeing with the anchor or the date)
     * @param notes what the editor should know: contradictions, readings that could not be told apart
     * @param support the summed weight of the expressions that vote for the date
     * @param dayMonth when the date is unknown, the day and month the lead gives without a year
     *     («في 17 مايو»), or null: no date, but a tie to an event of that day
     */
    record Choice(LocalDate date, String evidence, double confidence, DayOfWeek weekday, DateMention mention,
            LocalDate reference, boolean checked, List<String> notes, double support, java.time.MonthDay dayMonth) {
        Choice(LocalDate date, String evidence, double confidence, DayOfWeek weekday, DateMention mention,
                LocalDate reference, boolean checked, List<String> notes, double support) {
            this(date, evidence, confidence, weekday, mention, reference, checked, notes, support, null);
        }
    }

    /** What one date expression says of the event's day; a {@code journey}'s day («يصل اليوم») need not be the talks'. */
    private record Vote(LocalDate day, double weight, double confidence, DateMention mention, boolean checked, boolean journey) {
        Vote(LocalDate day, double weight, double confidence, DateMention mention, boolean checked) {
            this(day, weight, confidence, mention, checked, false);
        }

        Vote ofJourney() {
            return new Vote(day, weight, confidence, mention, checked, true);
        }
    }

    /** {@link #choose(String, List, List, List)} for a body alone, read against one publication day. */
    static Choice choose(List<String> paragraphs, LocalDate published) {
        List<DateAnchor> anchors = published == null ? List.of() : List.of(new DateAnchor(published, null, "byline", ""));
        return choose(null, paragraphs, paragraphs.stream().map(DateFinder::find).toList(), anchors);
    }

    /**
     * The event's day from the headline ({@code title}, may be null), the paragraphs with their date
     * expressions already found, and the publication anchors (strongest first). When the anchors
     * disagree (a site's «today» above the article's own date line, a numeric date that reads both
     * ways), each of their days is tried as the publication day, and the one the most evidence agrees
     * with wins: the anchors that give it, a weekday that checks it, the expressions that vote with it.
     * When only the anchors' own weight tells them apart, the answer is given at low confidence; when
     * nothing does, the date is unknown.
     */
    static Choice choose(String title, List<String> paragraphs, List<List<DateMention>> found, List<DateAnchor> anchors) {
        Map<LocalDate, Double> weights = anchorWeights(anchors);
        if (weights.size() <= 1) {
            return chooseAgainst(title, paragraphs, found, weights.isEmpty() ? null : weights.keySet().iterator().next());
        }
        List<Reading> readings = new ArrayList<>();
        weights.forEach((day, weight) -> {
            Choice c = chooseAgainst(title, paragraphs, found, day);
            readings.add(new Reading(day, weight, c, (c.checked() ? 3 : 0) + c.support()));
        });
        readings.sort(java.util.Comparator.comparingDouble(Reading::score).reversed());
        Reading best = readings.get(0);
        Reading next = readings.stream().filter(r -> !java.util.Objects.equals(r.choice().date(), best.choice().date()))
                .findFirst().orElse(null);
        if (next == null) {
            return best.choice(); // every reading of the publication day gives the same event day
        }
        List<String> notes = new ArrayList<>(best.choice().notes());
        notes.add("the page gives two publication dates, " + best.day() + " and " + next.day() + " («"
                + String.join("», «", anchors.stream().map(DateAnchor::words).distinct().toList()) + "»)");
        if (best.score() == next.score()) {
            notes.add("nothing in the text tells which");
            return new Choice(null, null, 0, best.choice().weekday(), null, null, false, List.copyOf(notes), 0);
        }
        Choice c = best.choice();
        double confidence = best.evidence() > next.evidence() ? Math.min(c.confidence(), 0.9) : Math.min(c.confidence(), 0.7);
        boolean fullDate = c.mention() != null && c.mention().form() == DateMention.Form.FULL;
        if (!fullDate && anchors.stream().anyMatch(a -> !a.certain() && (best.day().equals(a.day()) || best.day().equals(a.otherReading())))) {
            // «1/5/2020» read the way a weekday agrees with: one day in seven agrees by chance
            confidence = Math.min(confidence, 0.75);
        }
        return new Choice(c.date(), c.evidence(), confidence, c.weekday(), c.mention(), c.reference(), c.checked(),
                List.copyOf(notes), c.support());
    }

    /**
     * With no anchor, a day and month of the headline or lead («الثلاثاء 15 ديسمبر») can still be
     * dated: by the one year, up to {@code latest}, in which that day fell on the text's weekday
     * while all the officials it names were in office ({@code together}). Kerry's years hold one
     * Tuesday 15 December; Lavrov's alone hold four. {@code unknown} is returned when no single
     * year fits, or when the choice already has a date or an anchor.
     */
    static Choice inTermOf(Choice unknown, String title, List<String> paragraphs, List<List<DateMention>> found,
            java.util.function.Predicate<LocalDate> together, String names, LocalDate latest) {
        if (unknown.date() != null || unknown.reference() != null) {
            return unknown;
        }
        Set<LocalDate> days = new java.util.TreeSet<>();
        DateMention used = null;
        List<List<DateMention>> lead = new ArrayList<>(found.subList(0, Math.min(LEAD, found.size())));
        lead.add(title == null ? List.of() : DateFinder.find(title));
        List<String> texts = new ArrayList<>(paragraphs.subList(0, Math.min(LEAD, paragraphs.size())));
        texts.add(title == null ? "" : title);
        for (int p = 0; p < lead.size(); p++) {
            List<DateMention> mentions = lead.get(p);
            String text = texts.get(p);
            DateMention previous = null;
            for (DateMention m : mentions) {
                if (travelDay(FoldedText.foldAll(text.substring(0, m.start())))) {
                    previous = m;
                    continue; // «وصل … مساء الأربعاء 25 فبراير»: the day of the journey, not of the talks
                }
                DayOfWeek weekday = m.weekday() != null ? m.weekday() : weekdayJustBefore(previous, m);
                previous = m;
                if (m.form() != DateMention.Form.DAY_MONTH || weekday == null || m.ambiguous()) {
                    continue;
                }
                for (int year = 1945; year <= latest.getYear(); year++) {
                    LocalDate day = java.time.YearMonth.of(year, m.month()).isValidDay(m.day())
                            ? LocalDate.of(year, m.month(), m.day()) : null;
                    if (day != null && !day.isAfter(latest) && day.getDayOfWeek() == weekday && together.test(day)) {
                        days.add(day);
                        used = m;
                    }
                }
            }
        }
        if (days.size() != 1) {
            return unknown;
        }
        LocalDate day = days.iterator().next();
        List<String> notes = new ArrayList<>(unknown.notes());
        notes.removeIf(n -> n.endsWith("no publication date to read them against"));
        notes.add("the year is the one in which " + used.text() + " fell on a "
                + day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " while " + names + " were in office");
        return new Choice(day, used.text(), 0.7, day.getDayOfWeek(), used, null, true, List.copyOf(notes), 1);
    }

    /** Words of a journey, whose day need not be the talks' («وصل … مساء الأربعاء», «غادر … الخميس»). */
    private static final Set<String> TRAVEL_WORDS = folded("وصل", "يصل", "سيصل", "غادر", "يغادر", "سيغادر", "توجه", "يتوجه",
            "سيتوجه", "سافر", "يسافر", "زيارة", "بزيارة", "يزور", "سيزور");
    /** How many words before a date a journey's verb may be: «وصل وزير الخارجية الروسي سيرغي لافروف إلى تركيا أمس». */
    private static final int TRAVEL_CUE_WORDS = 10;
    /** Words of a day («مساء الأربعاء»), part of a date rather than a cue. */
    private static final Set<String> DAY_WORDS = folded("يوم", "مساء", "صباح", "ظهر", "ليل", "ليلة", "فجر");

    /** Whether the nearest cue before a date (its own day words aside) is a journey's. */
    private static boolean travelDay(String before) {
        String[] words = before.split("[\\s،,]+");
        int window = TRAVEL_CUE_WORDS;
        for (int k = words.length - 1; k >= 0 && k >= words.length - window; k--) {
            String w = words[k].replaceFirst("^[وف]", "");
            if (DateFinder.WEEKDAYS.containsKey(words[k]) || DAY_WORDS.contains(words[k])) {
                window++;
                continue;
            }
            if (TRAVEL_WORDS.contains(words[k]) || TRAVEL_WORDS.contains(w)) {
                return true;
            }
            if (w.isEmpty() || w.matches(".*[.:؛!؟?].*") || EVENT_WORDS.contains(words[k]) || EVENT_WORDS.contains(w)) {
                return false;
            }
        }
        return false;
    }

    /** The weekday of the mention right before {@code m} («اليوم الثلاثاء (15 ديسمبر)»), or null. */
    private static DayOfWeek weekdayJustBefore(DateMention previous, DateMention m) {
        boolean adjacent = previous != null && m.start() - (previous.start() + previous.text().length()) <= 3;
        return adjacent ? previous.weekday() : null;
    }

    /** One day the page may have been published, and how much of its evidence agrees. */
    private record Reading(LocalDate day, double anchorWeight, Choice choice, double evidence) {
        double score() {
            return anchorWeight + evidence;
        }
    }

    /**
     * Each day the anchors give, with the weight of the anchors that give it: page metadata 3, an
     * address or a byline 2, a first line 1; the same words count once; a numeric date that reads both
     * ways gives each reading half its weight.
     */
    private static Map<LocalDate, Double> anchorWeights(List<DateAnchor> anchors) {
        Map<LocalDate, Double> weights = new LinkedHashMap<>();
        Set<String> seen = new java.util.HashSet<>();
        for (DateAnchor a : anchors) {
            if (!seen.add(a.words())) {
                continue;
            }
            double weight = switch (a.source()) {
                case "metadata", "published line" -> 3;
                case "byline", "address" -> 2;
                case "updated line" -> 0.5;
                default -> 1;
            };
            if (a.certain()) {
                weights.merge(a.day(), weight, Double::sum);
            } else {
                weights.merge(a.day(), weight / 2, Double::sum);
                weights.merge(a.otherReading(), weight / 2, Double::sum);
            }
        }
        return weights;
    }

    private static Choice chooseAgainst(String title, List<String> paragraphs, List<List<DateMention>> found,
            LocalDate reference) {
        List<Vote> votes = new ArrayList<>();
        List<DateMention> unread = new ArrayList<>();
        List<DateMention> weekdays = new ArrayList<>();
        List<DateMention> inTitle = title == null ? List.of() : DateFinder.find(title);
        Set<DayOfWeek> announced = announcedWeekdays(inTitle, found);
        for (DateMention m : inTitle) {
            vote(title, m, -1, reference, announced, votes, weekdays, unread);
        }
        for (int i = 0; i < paragraphs.size(); i++) {
            for (DateMention m : found.get(i)) {
                vote(paragraphs.get(i), m, i, reference, announced, votes, weekdays, unread);
            }
        }
        String announcement = announcedPeriod(inTitle, paragraphs, found);
        if (announcement != null) {
            // «يلتقيان الأسبوع المقبل»: the days the report names are the announcement's, the event's is to come
            votes.removeIf(v -> reference == null || !v.day().isAfter(reference));
            unread.removeIf(m -> m.form() != DateMention.Form.DAY_MONTH);
        }
        if (announcement != null || announcesComingDay(inTitle, found)) {
            weekdays.removeIf(w -> !coming(w)); // «أعلنت اليوم الجمعة … في الأول من أبريل المقبل»: Friday is the announcement's
        }
        Choice c = onComingWeekday(ofAnnouncement(tally(votes, weekdays, reference), announcement, paragraphs, reference),
                paragraphs, found, reference);
        c = onStatedWeekday(c, paragraphs, found, reference);
        if (c.date() == null && !unread.isEmpty()) {
            List<String> notes = new ArrayList<>(c.notes());
            notes.add("found " + String.join(", ", unread.stream().map(m -> "«" + m.text() + "»").distinct().toList())
                    + " but no publication date to read them against");
            return new Choice(null, null, 0, c.weekday(), null, reference, false, List.copyOf(notes), 0, dayMonth(unread));
        }
        return c;
    }

    /**
     * {@code c} as an announcement makes it: unknown, saying so, when the event is announced for a
     * coming week or month and no day to come is given; at most {@link #ANNOUNCED} when the lead
     * speaks of the event only in the future («أعلنت اليوم أن الوزير سيلتقي نظيره»: today may be only
     * the announcement's day).
     */
    private static Choice ofAnnouncement(Choice c, String announcement, List<String> paragraphs, LocalDate reference) {
        List<String> notes = new ArrayList<>(c.notes());
        if (c.date() != null && c.confidence() > ANNOUNCED && !paragraphs.isEmpty() && onlyFutureVerbs(paragraphs.get(0)) != null) {
            notes.add("the lead speaks of the event in the future: " + c.date() + " may be the day it was announced");
            return new Choice(c.date(), c.evidence(), ANNOUNCED, c.weekday(), c.mention(), c.reference(), c.checked(),
                    List.copyOf(notes), c.support(), c.dayMonth());
        }
        if (announcement != null && c.date() == null) {
            notes.add("the text announces it for «" + announcement + "» without a day");
            return new Choice(null, null, 0, c.weekday(), null, reference, false, List.copyOf(notes), 0);
        }
        return c;
    }

    /**
     * «أعلنت اليوم الأربعاء (12 أكتوبر 2016) أن لقاء … سيعقد السبت»: a lead that tells of the event only
     * in the future, naming its weekday right after the verb, dates it that weekday after the day
     * chosen, the announcement's (when the page gave no publication day to read the weekday against).
     */
    private static Choice onComingWeekday(Choice c, List<String> paragraphs, List<List<DateMention>> found, LocalDate reference) {
        if (reference != null || c.date() == null || paragraphs.isEmpty() || onlyFutureVerbs(paragraphs.get(0)) == null) {
            return c;
        }
        DateMention m = leadWeekday(c, paragraphs.get(0), found.get(0), relation -> relation >= 0, EventDates::afterFutureVerb);
        return m == null ? c : movedTo(c, m, c.date().with(TemporalAdjusters.next(m.weekday())),
                c.date() + " is the day it was announced; the event is the coming «" + m.text() + "»");
    }

    /**
     * «أعلن الوزيران أمس الأربعاء (20 أبريل 2016) إحراز تقدم خلال لقاء عقد بينهما الثلثاء»: when the day
     * chosen is the statement's (a reporting verb before it) and, with no publication day to read
     * weekdays against, the lead names another weekday right after a verb of the event done, the
     * event is that weekday before the statement.
     */
    private static Choice onStatedWeekday(Choice c, List<String> paragraphs, List<List<DateMention>> found, LocalDate reference) {
        if (reference != null || c.date() == null || c.mention() == null || paragraphs.isEmpty()) {
            return c;
        }
        String lead = paragraphs.get(0);
        if (!found.get(0).contains(c.mention()) || !reportedBy(FoldedText.foldAll(lead.substring(0, c.mention().start())))) {
            return c;
        }
        DateMention m = leadWeekday(c, lead, found.get(0), relation -> relation <= 0, EventDates::afterPastVerb);
        return m == null ? c : movedTo(c, m, c.date().with(TemporalAdjusters.previous(m.weekday())),
                c.date() + " is the day it was reported; the event is the «" + m.text() + "» before it");
    }

    /**
     * The lead's first weekday other than that of the day chosen, of an accepted {@code relation}
     * (coming, past), whose words before it pass {@code cue}; or null.
     */
    private static DateMention leadWeekday(Choice c, String lead, List<DateMention> mentions,
            java.util.function.IntPredicate relation, java.util.function.Predicate<String> cue) {
        for (DateMention m : mentions) {
            if (m.form() == DateMention.Form.WEEKDAY && relation.test(m.relation()) && m.weekday() != c.date().getDayOfWeek()
                    && cue.test(FoldedText.foldAll(lead.substring(0, m.start())))) {
                return m;
            }
        }
        return null;
    }

    /** {@code c} moved to {@code day}, the weekday {@code m} names, at most {@link #ANNOUNCED} sure, saying why. */
    private static Choice movedTo(Choice c, DateMention m, LocalDate day, String why) {
        List<String> notes = new ArrayList<>(c.notes());
        notes.add(why);
        return new Choice(day, c.evidence() + " + " + m.text(), Math.min(c.confidence(), ANNOUNCED), m.weekday(), m,
                c.reference(), false, List.copyOf(notes), c.support());
    }

    /**
     * Whether the clause before a date is a statement's: a reporting verb within {@link #SUBJECT_WORDS}
     * words («أعلن وزيرا الخارجية الأميركي جون كيري والإيراني محمد جواد ظريف أمس الأربعاء»), no event word between.
     */
    private static boolean reportedBy(String before) {
        String[] words = before.split("[\\s،,()]+");
        for (int k = words.length - 1; k >= 0 && k >= words.length - SUBJECT_WORDS; k--) {
            String w = words[k].replaceFirst("^[وف]", "");
            if (w.matches(".*[.:؛!؟?].*") || EVENT_WORDS.contains(w)) {
                return false;
            }
            if (REPORTING_WORDS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** How many words a reporting verb's subject may take: two ministers' offices and names. */
    private static final int SUBJECT_WORDS = 14;

    /** Whether a verb of the event done comes within a few words before, with no sentence end between. */
    private static boolean afterPastVerb(String before) {
        String[] words = before.split("[\\s،,]+");
        for (int k = words.length - 1; k >= 0 && k >= words.length - CUE_WORDS; k--) {
            String w = words[k].replaceFirst("^[وف]", "");
            if (w.matches(".*[.:؛!؟?].*")) {
                return false;
            }
            if (PAST_EVENT_VERBS.contains(w)) {
                return !earlier(words, k);
            }
        }
        return false;
    }

    /**
     * The coming week or month the event is announced for («الأسبوع المقبل», «الشهر القادم»), or null:
     * in the headline, or in the lead right after a verb of the event in the future («سيلتقي نظيره
     * الأسبوع المقبل»; not «قمة الأسبوع المقبل», another event).
     */
    private static String announcedPeriod(List<DateMention> inTitle, List<String> paragraphs, List<List<DateMention>> found) {
        for (DateMention m : inTitle) {
            if (comingPeriod(m)) {
                return m.text();
            }
        }
        for (int i = 0; i < Math.min(LEAD, paragraphs.size()); i++) {
            for (DateMention m : found.get(i)) {
                if (comingPeriod(m) && afterFutureVerb(FoldedText.foldAll(paragraphs.get(i).substring(0, m.start())))) {
                    return m.text();
                }
            }
        }
        return null;
    }

    private static boolean comingPeriod(DateMention m) {
        return m.relation() > 0 && (m.form() == DateMention.Form.WEEK_RELATIVE || m.form() == DateMention.Form.MONTH_OF_REFERENCE);
    }

    /** Verbs of the event in the future: «سيلتقي», «سيجريان». */
    private static final Set<String> FUTURE_EVENT_WORDS = folded("سيلتقي", "سيلتقيان", "سيجتمع", "سيجتمعان", "سيعقد", "سيعقدان",
            "ستعقد", "سيجري", "سيجريان", "سيبحث", "سيبحثان", "سيزور", "سيستقبل", "سيتصل");

    /** Whether a future verb of the event comes within a few words before, with no other event between. */
    private static boolean afterFutureVerb(String before) {
        String[] words = before.split("[\\s،,]+");
        for (int k = words.length - 1; k >= 0 && k >= words.length - CUE_WORDS - 2; k--) {
            String w = words[k].replaceFirst("^[وف]", "");
            if (w.matches(".*[.:؛!؟?].*") || OTHER_EVENT_WORDS.contains(w)) {
                return false;
            }
            if (FUTURE_EVENT_WORDS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the headline or the lead gives the event a day to come («يوم 4 مايو المقبل»). */
    private static boolean announcesComingDay(List<DateMention> inTitle, List<List<DateMention>> found) {
        List<DateMention> lead = new ArrayList<>(inTitle);
        found.stream().limit(LEAD).forEach(lead::addAll);
        return lead.stream().anyMatch(m -> m.form() == DateMention.Form.DAY_MONTH && m.relation() > 0);
    }

    /** The confidence of a date the report may only have been announced on. */
    private static final double ANNOUNCED = 0.75;

    /** Verbs that tell of the event as done: «التقى», «جمعتهما», «بحثا». */
    private static final Set<String> PAST_EVENT_VERBS = folded("التقى", "التقيا", "جمعتهما", "جمعهما", "جمعه", "عقد", "عقدا",
            "عقدت", "بحث", "بحثا", "ناقش", "ناقشا", "أجرى", "أجريا", "أجريت", "جرت", "جرى", "استقبل", "اجتمع", "اجتمعا",
            "تلقى", "اتصل", "تباحث", "تباحثا", "زار", "وصل", "تحدث", "تحدثا");

    /** The first future verb of the event in the paragraph when no verb tells of it as done, else null. */
    private static String onlyFutureVerbs(String paragraph) {
        String future = null;
        for (String word : FoldedText.foldAll(paragraph).split("[\\s،,.:؛]+")) {
            String w = word.replaceFirst("^[وف]", "");
            if (PAST_EVENT_VERBS.contains(w)) {
                return null;
            }
            if (future == null && FUTURE_EVENT_WORDS.contains(w)) {
                future = word;
            }
        }
        return future;
    }

    /** The first day and month without a year among {@code unread}, or null. */
    static java.time.MonthDay dayMonth(List<DateMention> unread) {
        for (DateMention m : unread) {
            if (m.form() == DateMention.Form.DAY_MONTH && m.month() > 0 && m.day() > 0 && m.day() <= 31) {
                try {
                    return java.time.MonthDay.of(m.month(), m.day());
                } catch (java.time.DateTimeException e) {
                    // «31 أبريل»: no such day
                }
            }
        }
        return null;
    }

    /** Weekdays the text announces («الثلاثاء المقبل», «غدا الخميس»): a bare mention of one means that day too. */
    private static Set<DayOfWeek> announcedWeekdays(List<DateMention> inTitle, List<List<DateMention>> found) {
        Set<DayOfWeek> out = new java.util.HashSet<>();
        List<DateMention> all = new ArrayList<>(inTitle);
        found.forEach(all::addAll);
        for (DateMention m : all) {
            if (m.weekday() != null && (m.form() == DateMention.Form.TOMORROW || m.form() == DateMention.Form.DAY_AFTER_TOMORROW
                    || m.form() == DateMention.Form.WEEKDAY && m.relation() > 0)) {
                out.add(m.weekday());
            }
        }
        return out;
    }

    /** Adds what mention {@code m} of paragraph {@code i} (-1: the headline) says of the event's day. */
    private static void vote(String p, DateMention m, int i, LocalDate reference, Set<DayOfWeek> announced,
            List<Vote> votes, List<DateMention> weekdays, List<DateMention> unread) {
        String before = FoldedText.foldAll(p.substring(0, m.start())).strip();
        if (before.matches("(?s).*(?:منذ|قبل|بعد|عقب|اثر|اخر|منتصف)$")) {
            return; // an earlier event or an aside: «منذ 3 أيام», «قبل 14 مايو»
        }
        if (before.endsWith("حتي") && !smallHours(m)) {
            return; // «تستمر حتى بعد غد 1 سبتمبر»: when it ends, not when it was
        }
        if (OTHER_EVENT_CLAUSE.matcher(before).find()) {
            return; // «قمة مجموعة العشرين التي انعقدت يوم 26 مارس»: the summit's day
        }
        if (DOCUMENT_DATE.matcher(before).find()) {
            return; // a paper's date: «المقترح المقدم في الثاني من ديسمبر», «الاتفاق الموقع في 5 مايو»
        }
        double role = i < 0 ? 1 : role(before);
        if (role == 0) {
            return; // an earlier event the report recalls
        }
        int first = votes.size();
        cast(p, m, i, before, role, reference, announced, votes, weekdays, unread);
        if (travelDay(before)) {
            for (int j = first; j < votes.size(); j++) {
                votes.set(j, votes.get(j).ofJourney());
            }
        }
    }

    /** Adds the votes of mention {@code m}, whose cue gave it {@code role}. */
    private static void cast(String p, DateMention m, int i, String before, double role, LocalDate reference,
            Set<DayOfWeek> announced, List<Vote> votes, List<DateMention> weekdays, List<DateMention> unread) {
        boolean lead = i < LEAD;
        boolean headline = i < 0;
        if (m.form() == DateMention.Form.WEEKDAY && m.relation() < 0 && role < 1.5) {
            return; // «الضربة يوم الجمعة الماضي»: an earlier event, unless the report's own («التقيا الجمعة الماضي»)
        }
        switch (m.form()) {
            case TODAY, YESTERDAY, DAY_BEFORE_YESTERDAY, TOMORROW, DAY_AFTER_TOMORROW -> {
                if (m.form() == DateMention.Form.TODAY && m.weekday() == null && !isToday(p, m) || quoted(p, m.start())) {
                    return; // not today; or a speaker's «اليوم», which may be another day
                }
                if (!lead && m.form() != DateMention.Form.TODAY) {
                    return;
                }
                if (m.weekday() != null && lead) {
                    weekdays.add(m);
                }
                if (reference == null) {
                    unread.add(m);
                    return;
                }
                LocalDate day = lateNight(before, m, m.resolve(reference).toLocalDate());
                LocalDate literal = reference.plusDays(m.dayOffset());
                boolean agrees = m.weekday() != null && literal.getDayOfWeek() == m.weekday();
                double confidence = m.weekday() == null ? (lead ? 0.85 : 0.7) : agrees ? 0.95 : 0.75;
                votes.add(new Vote(day, (headline ? 4 : lead ? (m.weekday() != null ? 3 : 2) : 1) * role, confidence, m, agrees));
            }
            case FULL, DAY_MONTH -> {
                if (!fullDate(p, m, i, before, role, reference, votes, weekdays) && reference == null && lead
                        && m.form() == DateMention.Form.DAY_MONTH) {
                    unread.add(m); // «يوم 16 نوفمبر الجاري»: the year is missing
                }
            }
            case WEEKDAY -> {
                if (lead) {
                    weekdays.add(m);
                }
                if (reference == null) {
                    if (lead) {
                        unread.add(m);
                    }
                    return;
                }
                boolean future = m.relation() > 0 || m.relation() == 0 && (announced.contains(m.weekday()) || afterFutureVerb(before));
                LocalDate day = future ? reference.with(TemporalAdjusters.next(m.weekday()))
                        : lateNight(before, m, m.resolve(reference).toLocalDate());
                votes.add(new Vote(day, (lead ? 1.5 : 0.5) * role, future ? 0.7 : lead ? 0.7 : 0.6, m, false));
            }
            default -> {
                // months, years, weeks and asides do not name a day
            }
        }
    }

    /** A full date, or a day and month, of the headline or the lead; whether it voted. */
    private static boolean fullDate(String p, DateMention m, int i, String before, double role, LocalDate reference,
            List<Vote> votes, List<DateMention> weekdays) {
        if (i >= LEAD) {
            return false; // below the lead, dates are of other events
        }
        if (!before.matches("(?s).*\\p{IsArabic}.*") || DateFinder.WEEKDAYS.containsKey(before)) {
            return false; // a date line opening the paragraph («2025-08-13 …»): the publication, an anchor
        }
        if (m.weekday() != null) {
            weekdays.add(m);
        }
        List<LocalDate> readings = new ArrayList<>();
        for (DateMention r : m.ambiguous() ? List.of(m, m.alternative()) : List.of(m)) {
            PartialDate d = r.resolve(reference);
            if (d != null && d.isDay()) {
                readings.add(d.toLocalDate());
            }
        }
        List<LocalDate> checked = readings.stream().filter(d -> d.getDayOfWeek() == m.weekday()).toList();
        if (!checked.isEmpty()) {
            readings = checked; // the weekday tells the readings apart, and checks the date
        } else if (m.form() == DateMention.Form.DAY_MONTH && reference == null) {
            return false; // no year
        }
        if (reference != null) {
            readings = readings.stream().filter(d -> {
                long back = ChronoUnit.DAYS.between(d, reference);
                return back <= NEWS_DAYS && (back >= 0 || -back <= ANNOUNCED_DAYS && (m.relation() > 0 || i <= 0));
            }).toList();
        } else if (checked.isEmpty() && !(i <= 0 && saysDay(before))) {
            return false; // without a byline, only «يوم 14 مايو 2019» opening the article tells the event's day
        }
        if (readings.size() != 1) {
            return false; // none is this article's news, or two readings nothing tells apart
        }
        boolean self = !checked.isEmpty();
        double confidence = self ? 0.95 : reference != null ? 0.9 : 0.75;
        double weight = i < 0 ? 4 : 2.5;
        if (reference != null && reference.isBefore(readings.get(0))) {
            if (ofOtherEvent(before)) {
                return false; // a coming summit or election the report's talks prepare, not the talks
            }
            confidence = Math.min(confidence, 0.75); // announced: it may yet move
            weight = i < 0 ? 4 : 1.5; // and a lead may name a coming event beside today's («القمة المقررة يوم 16 يوليو»)
        }
        votes.add(new Vote(readings.get(0), weight * role, confidence, m, self));
        return true;
    }

    /** «استمرت حتى فجر السبت»: a meeting that ran past midnight is dated by the day it began. */
    private static LocalDate lateNight(String before, DateMention m, LocalDate day) {
        return smallHours(m) && before.endsWith("حتي") ? day.minusDays(1) : day;
    }

    /** «فجر السبت», «ليل الخميس»: the small hours, which belong to the day before. */
    private static boolean smallHours(DateMention m) {
        String words = FoldedText.foldAll(m.text());
        return words.startsWith("فجر") || words.startsWith("ليل") && !words.startsWith("ليله");
    }

    /** Whether a day is to come: «غدا الخميس», «الجمعة القادمة». */
    private static boolean coming(DateMention m) {
        Integer offset = m.dayOffset();
        return m.relation() > 0 || offset != null && offset > 0;
    }

    /** The day with the most support, its confidence and the contradictions the editor should see. */
    private static Choice tally(List<Vote> votes, List<DateMention> weekdays, LocalDate reference) {
        DayOfWeek weekday = weekdays.isEmpty() ? null : weekdays.get(0).weekday();
        List<String> notes = new ArrayList<>();
        for (DateMention w : weekdays) {
            if (w.weekday() != weekday) {
                notes.add("the text names two weekdays: «" + weekdays.get(0).text() + "» and «" + w.text() + "»");
                break;
            }
        }
        Map<LocalDate, Double> support = new LinkedHashMap<>();
        for (Vote v : votes) {
            support.merge(v.day(), v.weight(), Double::sum);
        }
        if (support.isEmpty()) {
            return new Choice(null, null, 0, weekday, null, reference, false, notes, 0);
        }
        List<Map.Entry<LocalDate, Double>> ranked = new ArrayList<>(support.entrySet());
        ranked.sort(Map.Entry.<LocalDate, Double>comparingByValue().reversed());
        LocalDate day = ranked.get(0).getKey();
        double top = ranked.get(0).getValue();
        double second = ranked.size() > 1 ? ranked.get(1).getValue() : 0;
        if (second == top) {
            notes.add("the text supports " + day + " and " + ranked.get(1).getKey() + " equally");
            return new Choice(null, null, 0, weekday, null, reference, false, notes, 0);
        }
        List<Vote> backing = votes.stream().filter(v -> v.day().equals(day)).toList();
        Vote best = backing.stream().max(java.util.Comparator.comparingDouble(Vote::confidence)).orElseThrow();
        double confidence = best.confidence();
        if (backing.size() > 1) {
            confidence = Math.min(0.97, confidence + 0.05); // two expressions agree
        }
        if (reference != null && day.isAfter(reference)) {
            confidence = Math.min(confidence, 0.75); // announced, however often: it may yet move
        }
        if (backing.stream().allMatch(Vote::journey)) {
            confidence = Math.min(confidence, 0.75); // a visit's first day: the talks may be the next
        }
        boolean comingEvent = reference != null && !day.isAfter(reference) && ranked.get(1 % ranked.size()).getKey().isAfter(reference);
        if (second > 0 && !comingEvent) { // a coming event («الجمعة القادمة») does not contradict today's
            confidence = Math.min(0.75, confidence - 0.2 * second / top);
            notes.add("other evidence says " + ranked.get(1).getKey() + " («" + votes.stream()
                    .filter(v -> v.day().equals(ranked.get(1).getKey())).findFirst().orElseThrow().mention().text() + "»)");
        }
        DayOfWeek named = best.mention().weekday() != null ? best.mention().weekday() : weekday;
        if (weekdays.stream().filter(w -> !coming(w)).map(DateMention::weekday).distinct().count() > 1) {
            confidence = Math.min(confidence, 0.75); // two past days are spoken of: which is the event's is not sure
        }
        if (named != null && named != day.getDayOfWeek() && !best.checked()) {
            confidence = Math.min(confidence, 0.75);
            notes.add(day + " is a " + day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                    + ", but the text says «" + weekdays.stream().filter(w -> w.weekday() == named).findFirst()
                    .map(DateMention::text).orElse(best.mention().text()) + "»");
        }
        return new Choice(day, evidence(best, backing), Math.round(confidence * 100) / 100.0, named, best.mention(),
                reference, best.checked(), List.copyOf(notes), top);
    }

    /** The words of the strongest cue, and of agreeing cues of other forms («أمس الاثنين + 6 فبراير 2012»). */
    private static String evidence(Vote best, List<Vote> backing) {
        List<String> words = new ArrayList<>(List.of(best.mention().text()));
        java.util.Set<DateMention.Form> forms = new java.util.HashSet<>(java.util.Set.of(best.mention().form()));
        for (Vote v : backing) {
            if (forms.add(v.mention().form()) && !best.mention().text().contains(v.mention().text())) {
                words.add(v.mention().text());
            }
        }
        return String.join(" + ", words);
    }

    /** Whether a bare «اليوم» means today here (not «ذلك اليوم», «حتى اليوم», «اليوم التالي»). */
    private static boolean isToday(String paragraph, DateMention m) {
        String beforeWords = FoldedText.foldAll(paragraph.substring(0, m.start())).strip();
        String prev = beforeWords.isEmpty() ? "" : beforeWords.substring(beforeWords.lastIndexOf(' ') + 1);
        if (NOT_TODAY_BEFORE.contains(prev)) {
            return false;
        }
        String after = FoldedText.foldAll(paragraph.substring(Math.min(paragraph.length(), m.start() + m.text().length()))).strip();
        String next = after.split("[\\s،,.]", 2)[0];
        return !NOT_TODAY_AFTER.contains(next);
    }

    /** Whether folded text ends with «يوم» (the words right before a date that names the event's day). */
    private static boolean saysDay(String before) {
        return before.endsWith(" يوم") || before.equals("يوم") || before.endsWith("،يوم") || before.endsWith(" اليوم");
    }

    /** Whether position {@code at} of a paragraph is inside quotation marks. */
    static boolean quoted(String p, int at) {
        String b = p.substring(0, at);
        if (b.lastIndexOf('«') > b.lastIndexOf('»') || b.lastIndexOf('“') > b.lastIndexOf('”')) {
            return true;
        }
        return b.chars().filter(c -> c == '"').count() % 2 == 1;
    }
}
