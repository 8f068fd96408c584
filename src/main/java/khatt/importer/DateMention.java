package khatt.importer;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * A date expression found in a text: its words, where they are, and what they say. Relative
 * expressions are resolved later against a reference day (the publication date).
 *
 * @param text the words of the text, as written
 * @param start offset of the words in the text searched
 * @param form what kind of expression it is
 * @param year year named (0 if none)
 * @param month month named, 1-12 (0 if none)
 * @param day day of month named (0 if none)
 * @param weekday weekday named, or null
 * @param relation -1 past (الماضي), 0 current (الجاري، الحالي), +1 next (المقبل); 0 when not said
 * @param altMonth the month of a second reading (0 if none): a numeric date that reads day-first and
 *     month-first («10/8/2023»), or a pair of month names that disagree («5 يوليو/حزيران»)
 * @param altDay the day of that second reading (0 if none)
 */
public record DateMention(String text, int start, Form form, int year, int month, int day, DayOfWeek weekday,
        int relation, int altMonth, int altDay) {

    /** A mention with one reading. */
    public DateMention(String text, int start, Form form, int year, int month, int day, DayOfWeek weekday, int relation) {
        this(text, start, form, year, month, day, weekday, relation, 0, 0);
    }

    /** The shapes of date expressions. */
    public enum Form {
        /** day, month and year: «14 مايو 2019», «١٠/١٢/٢٠١٩». */
        FULL,
        /** day and month: «6 مايو/أيار», «3 مايو الحالي». */
        DAY_MONTH,
        /** month and year: «فبراير عام 2021». */
        MONTH_YEAR,
        /** month with الجاري/المقبل/الماضي, or alone in a pair «مايو/أيار». */
        MONTH_RELATIVE,
        /** a year: «عام 1987», «2020ء». */
        YEAR,
        /** العام الماضي/الجاري/المقبل. */
        YEAR_RELATIVE,
        /** الشهر الماضي/الجاري/المقبل. */
        MONTH_OF_REFERENCE,
        /** اليوم (with or without a weekday). */
        TODAY,
        /** أمس. */
        YESTERDAY,
        /** أول أمس. */
        DAY_BEFORE_YESTERDAY,
        /** غدا. */
        TOMORROW,
        /** بعد غد. */
        DAY_AFTER_TOMORROW,
        /** a weekday alone, possibly with الماضي/المقبل. */
        WEEKDAY,
        /** الأسبوع الماضي/المقبل. */
        WEEK_RELATIVE,
        /** «منذ 3 أيام»: an aside, never a date of its own. */
        AGO
    }

    /** How many days from the day of writing a relative day is («أمس» -1, «بعد غد» 2); null for other forms. */
    public Integer dayOffset() {
        return switch (form) {
            case TODAY -> 0;
            case YESTERDAY -> -1;
            case DAY_BEFORE_YESTERDAY -> -2;
            case TOMORROW -> 1;
            case DAY_AFTER_TOMORROW -> 2;
            default -> null;
        };
    }

    /** Whether this expression is relative to the day of writing. */
    public boolean isRelativeDay() {
        return dayOffset() != null || form == Form.WEEKDAY;
    }

    /** Whether the words have two readings (see {@link #altMonth()}). */
    public boolean ambiguous() {
        return altMonth > 0;
    }

    /** The second reading, as a mention of its own with one reading; null if there is none. */
    public DateMention alternative() {
        return altMonth == 0 ? null : new DateMention(text, start, form, year, altMonth, altDay, weekday, relation);
    }

    /**
     * What this expression means, given the day the text was written ({@code reference}, may be
     * null): null when it cannot be told.
     */
    public PartialDate resolve(LocalDate reference) {
        switch (form) {
            case FULL:
                return new PartialDate(year, month, day);
            case MONTH_YEAR:
                return new PartialDate(year, month, 0);
            case YEAR:
                return new PartialDate(year, 0, 0);
            case AGO:
                return null;
            default:
                break;
        }
        if (reference == null) {
            return null;
        }
        return switch (form) {
            case DAY_MONTH -> dayMonth(reference);
            case MONTH_RELATIVE -> new PartialDate(monthYear(reference), month, 0);
            case YEAR_RELATIVE -> new PartialDate(reference.getYear() + relation, 0, 0);
            case MONTH_OF_REFERENCE -> {
                LocalDate d = reference.plusMonths(relation);
                yield new PartialDate(d.getYear(), d.getMonthValue(), 0);
            }
            case TODAY -> PartialDate.of(onOrBefore(reference));
            case YESTERDAY -> PartialDate.of(onOrBefore(reference.minusDays(1)));
            case DAY_BEFORE_YESTERDAY -> PartialDate.of(onOrBefore(reference.minusDays(2)));
            case TOMORROW, DAY_AFTER_TOMORROW -> PartialDate.of(weekday == null ? reference.plusDays(dayOffset())
                    : reference.plusDays(dayOffset()).with(TemporalAdjusters.nextOrSame(weekday)));
            case WEEKDAY -> PartialDate.of(weekdayDate(reference));
            case WEEK_RELATIVE -> {
                LocalDate d = reference.plusWeeks(relation);
                yield new PartialDate(d.getYear(), d.getMonthValue(), 0);
            }
            default -> null;
        };
    }

    /**
     * The day, or the most recent day with the named weekday on or before it: a republished article
     * keeps its «اليوم الثلاثاء» while its byline moves on.
     */
    private LocalDate onOrBefore(LocalDate day) {
        return weekday == null ? day : day.with(TemporalAdjusters.previousOrSame(weekday));
    }

    private LocalDate weekdayDate(LocalDate reference) {
        if (relation < 0) {
            return reference.with(TemporalAdjusters.previous(weekday));
        }
        if (relation > 0) {
            return reference.with(TemporalAdjusters.next(weekday));
        }
        return reference.with(TemporalAdjusters.previousOrSame(weekday));
    }

    private int monthYear(LocalDate reference) {
        int y = reference.getYear();
        int m = reference.getMonthValue();
        if (relation > 0 && month < m) {
            return y + 1;
        }
        if (relation < 0 && month >= m) {
            return y - 1;
        }
        return y;
    }

    private PartialDate dayMonth(LocalDate reference) {
        if (relation != 0) {
            int y = monthYear(reference);
            return PartialDate.valid(y, month, day) ? new PartialDate(y, month, day) : null;
        }
        PartialDate best = null;
        long bestDistance = Long.MAX_VALUE;
        for (int y = reference.getYear() - 1; y <= reference.getYear() + 1; y++) {
            if (PartialDate.valid(y, month, day)) {
                long distance = Math.abs(LocalDate.of(y, month, day).toEpochDay() - reference.toEpochDay());
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = new PartialDate(y, month, day);
                }
            }
        }
        return best;
    }
}
