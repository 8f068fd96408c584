package khatt.importer;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

/** Which of an article's date expressions is the date of the event it reports. Pure. */
final class EventDates {

    /** How many paragraphs make the lead, where an article says what happened, where and when. */
    static final int LEAD = Extractor.LEAD;
    /** Words before «اليوم» that make it not today: «ذلك اليوم», «حتى اليوم». */
    private static final Set<String> NOT_TODAY_BEFORE = Set.of("ذلك", "حتي", "منذ", "الي", "لذلك", "بذلك", "نفس", "هذا");
    /**
     * Words after «اليوم» that make it a noun, some other day («اليوم التالي», «اليوم العالمي»); any
     * other word after it is what happened today («بحث اليوم التطورات»).
     */
    private static final Set<String> NOT_TODAY_AFTER = Set.of("التالي", "الاول", "الثاني", "الثالث", "الرابع", "الاخير",
            "السابق", "الموالي", "اللاحق", "نفسه", "ذاته", "الوطني", "العالمي", "الدولي", "الموعود", "المحدد", "المقرر");

    private EventDates() {}

    record Choice(LocalDate date, String evidence, double confidence, DayOfWeek weekday, DateMention mention) {}

    /**
     * The event date, by the strongest evidence in the text: a relative day with its weekday in the
     * lead («اليوم الثلاثاء»), a full date in the lead near the byline, «اليوم»/«أمس» in the lead, a
     * weekday alone in the lead, then «اليوم» anywhere. Earlier events, asides and banners are not
     * candidates; with nothing to go on, the date is unknown.
     */
    static Choice choose(List<String> paragraphs, LocalDate published) {
        return choose(paragraphs, paragraphs.stream().map(DateFinder::find).toList(), published);
    }

    /** {@link #choose(List, LocalDate)} with each paragraph's date expressions already found. */
    static Choice choose(List<String> paragraphs, List<List<DateMention>> found, LocalDate published) {
        Choice best = null;
        int bestRank = Integer.MAX_VALUE;
        DayOfWeek weekday = null;
        for (int i = 0; i < paragraphs.size(); i++) {
            String p = paragraphs.get(i);
            boolean lead = i < LEAD;
            for (DateMention m : found.get(i)) {
                int rank;
                double confidence;
                switch (m.form()) {
                    case TODAY, YESTERDAY, DAY_BEFORE_YESTERDAY -> {
                        if (m.weekday() != null && lead) {
                            rank = 1;
                            confidence = 0.95;
                            if (weekday == null) {
                                weekday = m.weekday();
                            }
                        } else if (m.form() == DateMention.Form.TODAY && m.weekday() == null && !isToday(p, m)
                                || quoted(p, m.start())) {
                            continue; // not today; or a speaker's «اليوم», inside quotation marks, which may be another day
                        } else if (lead) {
                            rank = 3;
                            confidence = 0.85;
                        } else if (m.form() == DateMention.Form.TODAY) {
                            rank = 5;
                            confidence = 0.7;
                        } else {
                            continue;
                        }
                    }
                    case FULL, DAY_MONTH -> {
                        if (!lead || m.start() > 0 && before(p, m.start()).matches("(?s).*(?:منذ|قبل|بعد)\\s*$")) {
                            continue;
                        }
                        if (published == null && !(i == 0 && (m.weekday() != null || saysDay(before(p, m.start()))))) {
                            continue; // without a byline, only «يوم 14 مايو» in the first paragraph tells the event's day
                        }
                        rank = 2;
                        confidence = published == null ? 0.8 : 0.9;
                    }
                    case WEEKDAY -> {
                        if (!lead || m.relation() > 0) {
                            continue;
                        }
                        if (weekday == null) {
                            weekday = m.weekday();
                        }
                        rank = 4;
                        confidence = 0.75;
                    }
                    default -> {
                        continue;
                    }
                }
                if (rank >= bestRank) {
                    continue;
                }
                PartialDate d = m.resolve(published);
                if (d == null || !d.isDay()) {
                    continue;
                }
                LocalDate day = d.toLocalDate();
                if (published != null) {
                    long back = ChronoUnit.DAYS.between(day, published);
                    if (back < 0 || back > 7) {
                        continue; // an earlier event, or a date that is not this article's news
                    }
                    if (m.weekday() != null && m.isRelativeDay() && m.form() != DateMention.Form.WEEKDAY) {
                        LocalDate literal = published.minusDays(m.form() == DateMention.Form.TODAY ? 0
                                : m.form() == DateMention.Form.YESTERDAY ? 1 : 2);
                        if (!literal.equals(day)) {
                            confidence -= 0.15; // the weekday contradicts the byline: a republished article
                        }
                    }
                }
                best = new Choice(day, m.text(), confidence, m.weekday(), m);
                bestRank = rank;
            }
        }
        if (best == null) {
            return new Choice(null, null, 0, weekday, null);
        }
        return best.weekday() == null && weekday != null
                ? new Choice(best.date(), best.evidence(), best.confidence(), weekday, best.mention()) : best;
    }

    /** Whether a bare «اليوم» means today here (not «ذلك اليوم», «حتى اليوم», «اليوم التالي»). */
    private static boolean isToday(String paragraph, DateMention m) {
        String beforeWords = FoldedText.foldAll(before(paragraph, m.start())).strip();
        String prev = beforeWords.isEmpty() ? "" : beforeWords.substring(beforeWords.lastIndexOf(' ') + 1);
        if (NOT_TODAY_BEFORE.contains(prev)) {
            return false;
        }
        String after = FoldedText.foldAll(paragraph.substring(Math.min(paragraph.length(), m.start() + m.text().length()))).strip();
        String next = after.split("[\\s،,.]", 2)[0];
        return !NOT_TODAY_AFTER.contains(next);
    }

    /** Whether text ends with «يوم» (the words right before a date that names the event's day). */
    private static boolean saysDay(String before) {
        String f = FoldedText.foldAll(before).strip();
        return f.endsWith(" يوم") || f.equals("يوم") || f.endsWith("،يوم") || f.endsWith(" اليوم");
    }

    /** Whether position {@code at} of a paragraph is inside quotation marks. */
    static boolean quoted(String p, int at) {
        String b = p.substring(0, at);
        if (b.lastIndexOf('«') > b.lastIndexOf('»') || b.lastIndexOf('“') > b.lastIndexOf('”')) {
            return true;
        }
        return b.chars().filter(c -> c == '"').count() % 2 == 1;
    }

    private static String before(String p, int start) {
        return p.substring(0, start);
    }
}
