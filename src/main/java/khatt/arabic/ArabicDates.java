package khatt.arabic;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;

/** Writes Gregorian and Hijri (Umm al-Qura) dates in Arabic, in a site's {@link DateStyle}. */
public final class ArabicDates {

    private static final String[] EGYPTIAN = {"يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو",
        "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"};
    private static final String[] LEVANTINE = {"كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران",
        "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"};
    private static final String[] HIJRI = {"محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى",
        "جمادى الآخرة", "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة"};
    /** Monday first, as {@link java.time.DayOfWeek} numbers them. */
    private static final String[] WEEKDAYS = {"الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"};

    private final DateStyle style;

    public ArabicDates(DateStyle style) {
        this.style = style;
    }

    /** «الثلاثاء ١٤ أيار/مايو ٢٠١٩». */
    public String full(LocalDate date) {
        return weekday(date) + " " + dayMonthYear(date);
    }

    /** «١٤ أيار/مايو ٢٠١٩». */
    public String dayMonthYear(LocalDate date) {
        return digits(date.getDayOfMonth()) + " " + month(date.getMonthValue()) + " " + digits(date.getYear());
    }

    /** «أيار/مايو ٢٠١٩». */
    public String monthYear(int year, int month) {
        return month(month) + " " + digits(year);
    }

    public String weekday(LocalDate date) {
        return WEEKDAYS[date.getDayOfWeek().getValue() - 1];
    }

    public String month(int month) {
        return switch (style.months()) {
            case LEVANTINE -> LEVANTINE[month - 1];
            case EGYPTIAN -> EGYPTIAN[month - 1];
            case BOTH -> LEVANTINE[month - 1] + "/" + EGYPTIAN[month - 1];
        };
    }

    /** «٩ رمضان ١٤٤٠ هـ», or empty outside the range of the Umm al-Qura calendar. */
    public String hijri(LocalDate date) {
        try {
            HijrahDate hijri = HijrahDate.from(date);
            return digits(hijri.get(ChronoField.DAY_OF_MONTH)) + " " + HIJRI[hijri.get(ChronoField.MONTH_OF_YEAR) - 1]
                    + " " + digits(hijri.get(ChronoField.YEAR_OF_ERA)) + " هـ";
        } catch (DateTimeException outOfRange) {
            return "";
        }
    }

    public String digits(long number) {
        String western = Long.toString(number);
        if (style.digits() == DateStyle.Digits.WESTERN) {
            return western;
        }
        StringBuilder arabic = new StringBuilder(western.length());
        for (char c : western.toCharArray()) {
            arabic.append(c >= '0' && c <= '9' ? (char) ('٠' + (c - '0')) : c);
        }
        return arabic.toString();
    }
}
