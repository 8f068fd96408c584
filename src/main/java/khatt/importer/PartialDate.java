package khatt.importer;

import java.time.LocalDate;

/** A date known to the year, the month or the day; printed as YYYY, YYYY-MM or YYYY-MM-DD. */
public record PartialDate(int year, int month, int day) {

    public PartialDate {
        if (year < 1 || year > 9999 || month < 0 || month > 12 || day < 0 || day > 31 || (day > 0 && month == 0)) {
            throw new IllegalArgumentException("bad partial date " + year + "-" + month + "-" + day);
        }
        if (day > 0) {
            LocalDate.of(year, month, day); // throws on 31 February
        }
    }

    public static PartialDate of(LocalDate date) {
        return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /** Whether the fields form a real date (so the constructor will not throw). */
    static boolean valid(int year, int month, int day) {
        try {
            new PartialDate(year, month, day);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    public boolean isDay() {
        return day > 0;
    }

    public LocalDate toLocalDate() {
        if (!isDay()) {
            throw new IllegalStateException("not a day: " + this);
        }
        return LocalDate.of(year, month, day);
    }

    @Override
    public String toString() {
        if (day > 0) {
            return String.format(java.util.Locale.ROOT, "%04d-%02d-%02d", year, month, day);
        }
        if (month > 0) {
            return String.format(java.util.Locale.ROOT, "%04d-%02d", year, month);
        }
        return String.format(java.util.Locale.ROOT, "%04d", year);
    }
}
