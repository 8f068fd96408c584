package khatt.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateFinderTest {

    private static String resolved(String text, LocalDate reference) {
        List<DateMention> found = DateFinder.find(text);
        assertThat(found).as("mentions in %s", text).isNotEmpty();
        return String.valueOf(found.get(0).resolve(reference));
    }

    @Test
    void levantineMonthsWithArabicIndicDigitsAndWeekday() {
        List<DateMention> found = DateFinder.find("الثلاثاء ١٠ كانون الأول ٢٠١٩ - 23:18");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).text()).isEqualTo("الثلاثاء ١٠ كانون الأول ٢٠١٩");
        assertThat(found.get(0).weekday()).isEqualTo(DayOfWeek.TUESDAY);
        assertThat(found.get(0).resolve(null)).hasToString("2019-12-10");
    }

    @Test
    void everyMonthFamilyAndDigitSystem() {
        assertThat(resolved("14 مايو 2019", null)).isEqualTo("2019-05-14");
        assertThat(resolved("في ٣ شباط ٢٠٢١", null)).isEqualTo("2021-02-03");
        assertThat(resolved("يوم ۱۵ آذار ۲۰۱۸", null)).isEqualTo("2018-03-15");
        assertThat(resolved("الأحد 5 جانفي 2020", null)).isEqualTo("2020-01-05");
        assertThat(resolved("12 فيفري 2020", null)).isEqualTo("2020-02-12");
        assertThat(resolved("1 أفريل 2020", null)).isEqualTo("2020-04-01");
        assertThat(resolved("الخميس 7 ماي 2020", null)).isEqualTo("2020-05-07");
        assertThat(resolved("20 جوان 2021", null)).isEqualTo("2021-06-20");
        assertThat(resolved("14 جويلية 2020", null)).isEqualTo("2020-07-14");
        assertThat(resolved("15 أوت 2019", null)).isEqualTo("2019-08-15");
        assertThat(resolved("9 غشت 2019", null)).isEqualTo("2019-08-09");
        assertThat(resolved("14 يوليو 2020ء", null)).isEqualTo("2020-07-14");
        assertThat(resolved("14 يوليو 2020م", null)).isEqualTo("2020-07-14");
        assertThat(resolved("21 تشرين الثاني 2017", null)).isEqualTo("2017-11-21");
        assertThat(resolved("5 أيلول/سبتمبر 2016", null)).isEqualTo("2016-09-05");
        assertThat(resolved("17 أيار (مايو) 2017", null)).isEqualTo("2017-05-17");
        assertThat(resolved("١٠/١٢/٢٠١٩", null)).isEqualTo("2019-12-10");
        assertThat(resolved("2019-12-10", null)).isEqualTo("2019-12-10");
        assertThat(resolved("10.12.2019", null)).isEqualTo("2019-12-10");
    }

    @Test
    void daysSaidAsOrdinals() {
        LocalDate march20 = LocalDate.of(2025, 3, 20);
        assertThat(resolved("سيجريان محادثات في الأول من أبريل المقبل في العاصمة", march20)).isEqualTo("2025-04-01");
        assertThat(resolved("التقيا في الخامس عشر من مايو 2019", null)).isEqualTo("2019-05-15");
        assertThat(resolved("يوم الثاني والعشرين من شهر آب/أغسطس 2018", null)).isEqualTo("2018-08-22");
        assertThat(resolved("الحادي والثلاثين من ديسمبر 2020", null)).isEqualTo("2020-12-31");
        List<DateMention> found = DateFinder.find("الأحد العاشر من يوليو 2016");
        assertThat(found.get(0).weekday()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(DateFinder.find("الثلاثين من فبراير 2020")).noneMatch(m -> m.day() > 0); // no such day
        assertThat(DateFinder.find("الأول من نوعه منذ سنوات")).isEmpty();
    }

    /** «0 جانفي» named day 0, which a partial date reads as 'no day': resolving it against a reference threw. */
    @Test
    void dayZeroIsNoDay() {
        LocalDate may14 = LocalDate.of(2019, 5, 14);
        assertThat(DateFinder.find("في 0 جانفي")).allSatisfy(m -> assertThat(m.resolve(may14)).isNull());
        assertThat(resolved("في 00 مايو 2019", null)).isEqualTo("2019-05");
        assertThat(resolved("0 December 2023 و14 مايو 2019", null)).isEqualTo("2019-05-14");
    }

    @Test
    void partialDates() {
        LocalDate may14 = LocalDate.of(2019, 5, 14);
        assertThat(resolved("في 3 مايو/أيار الحالي", may14)).isEqualTo("2019-05-03");
        assertThat(resolved("في 6 مايو/أيار.", may14)).isEqualTo("2019-05-06");
        assertThat(resolved("في يونيو/حزيران المقبل", may14)).isEqualTo("2019-06");
        assertThat(resolved("في حزيران/يونيو الماضي", LocalDate.of(2020, 7, 14))).isEqualTo("2020-06");
        assertThat(resolved("في يناير المقبل", LocalDate.of(2020, 7, 14))).isEqualTo("2021-01");
        assertThat(resolved("في فبراير عام 2021", null)).isEqualTo("2021-02");
        assertThat(resolved("نشر عام 1987", null)).isEqualTo("1987");
        assertThat(resolved("العام الماضي", may14)).isEqualTo("2018");
        assertThat(resolved("الأسبوع الماضي", may14)).isEqualTo("2019-05");
    }

    @Test
    void relativeDays() {
        LocalDate tue = LocalDate.of(2019, 5, 14);
        assertThat(resolved("اليوم الثلاثاء", tue)).isEqualTo("2019-05-14");
        assertThat(resolved("أمس الاثنين", tue)).isEqualTo("2019-05-13");
        assertThat(resolved("عقد امس الثلاثاء", LocalDate.of(2019, 12, 11))).isEqualTo("2019-12-10");
        assertThat(resolved("أول أمس", tue)).isEqualTo("2019-05-12");
        assertThat(resolved("اليوم", tue)).isEqualTo("2019-05-14");
        assertThat(resolved("التقى الأحد", tue)).isEqualTo("2019-05-12");
        assertThat(resolved("الخميس الماضي", tue)).isEqualTo("2019-05-09");
        // a weekday named as today that contradicts the byline: the most recent such weekday
        assertThat(resolved("اليوم الإثنين", LocalDate.of(2020, 7, 14))).isEqualTo("2020-07-13");
    }

    @Test
    void moroccanMonthsAndGluedDigits() {
        assertThat(resolved("3 يوليوز 2021", null)).isEqualTo("2021-07-03");
        assertThat(resolved("22 شتنبر 2018", null)).isEqualTo("2018-09-22");
        assertThat(resolved("4 نونبر 2022", null)).isEqualTo("2022-11-04");
        assertThat(resolved("الخميس 9 دجنبر 2021", null)).isEqualTo("2021-12-09");
        assertThat(resolved("مساء الخميس 3نوفمبر", LocalDate.of(2022, 11, 4))).isEqualTo("2022-11-03");
        assertThat(resolved("٢٠١٩م", null)).isEqualTo("2019");
    }

    @Test
    void aPairOfMonthNamesThatDisagreeKeepsBothReadings() {
        DateMention m = DateFinder.find("يوم 5 يوليو/ حزيران 2020").get(0);
        assertThat(m.resolve(null)).hasToString("2020-07-05");
        assertThat(m.alternative().resolve(null)).hasToString("2020-06-05");
    }

    @Test
    void numericDatesDayFirstOrMonthFirst() {
        assertThat(resolved("بتاريخ 5/15/2019", null)).isEqualTo("2019-05-15"); // only month-first is a date
        DateMention both = DateFinder.find("10/8/2023").get(0);
        assertThat(both.resolve(null)).hasToString("2023-08-10");
        assertThat(both.alternative().resolve(null)).hasToString("2023-10-08");
        assertThat(DateFinder.find("10/10/2023").get(0).ambiguous()).isFalse();
        // month-first is written with slashes: with dashes or dots the day comes first
        assertThat(DateFinder.find("12-08-2020 | 19:13").get(0).ambiguous()).isFalse();
        assertThat(resolved("12-08-2020 | 19:13", null)).isEqualTo("2020-08-12");
        assertThat(DateFinder.find("12.08.2020").get(0).ambiguous()).isFalse();
        assertThat(resolved("5-15-2019", null)).isEqualTo("2019-05-15"); // still the only reading that is a date
    }

    @Test
    void hijriDatesBecomeGregorian() {
        assertThat(resolved("الجمعة 18 جمادى الآخرة 1443 هـ", null)).isEqualTo("2022-01-21");
        assertThat(resolved("7/3/1429 هـ", null)).isEqualTo("2008-03-15");
        assertThat(resolved("في 1 رمضان 1440هـ", null)).isEqualTo("2019-05-06");
        // beside a Gregorian date, the Hijri one gives way (calendars differ by a day or two)
        assertThat(DateFinder.find("الخميس 7/3/1429 هـ - الموافق 13/3/2008 م"))
                .filteredOn(m -> m.form() == DateMention.Form.FULL).extracting(m -> m.resolve(null).toString())
                .containsExactly("2008-03-13");
    }

    @Test
    void englishMonthNames() {
        assertThat(resolved("تاريخ النشر: 20th, December 2023 GMT", null)).isEqualTo("2023-12-20");
        assertThat(resolved("Published May 14, 2019", null)).isEqualTo("2019-05-14");
        assertThat(resolved("14 Sept. 2016", null)).isEqualTo("2016-09-14");
    }

    @Test
    void tomorrowTimesOfDayAndTheOtherSpellingOfTuesday() {
        LocalDate wed = LocalDate.of(2017, 2, 15);
        assertThat(resolved("يلتقيان غدا الخميس", wed)).isEqualTo("2017-02-16");
        assertThat(resolved("غداً", wed)).isEqualTo("2017-02-16");
        assertThat(resolved("يزور الصين بعد غد الجمعة", wed)).isEqualTo("2017-02-17");
        assertThat(resolved("بعد غدٍ", wed)).isEqualTo("2017-02-17");
        assertThat(resolved("ليل الاثنين", wed)).isEqualTo("2017-02-13");
        assertThat(DateFinder.find("يوم الثلثاء").get(0).weekday()).isEqualTo(DayOfWeek.TUESDAY);
    }

    @Test
    void asidesAreNotDates() {
        List<DateMention> found = DateFinder.find("نشر منذ 3 أيام");
        assertThat(found).extracting(DateMention::form).containsExactly(DateMention.Form.AGO);
        assertThat(found.get(0).resolve(LocalDate.of(2020, 1, 1))).isNull();
        assertThat(DateFinder.find("بلغ 27 مليار دولار وقرار رقم 2510 في الساعة 23:18")).isEmpty();
    }

    @Test
    void aMonthBeforeItsDayAndFrenchMonthNames() {
        List<DateMention> found = DateFinder.find("التحديث الأخير بتاريخ|السبت, يناير 11, 2025");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).resolve(null)).hasToString("2025-01-11");
        assertThat(found.get(0).weekday()).isEqualTo(DayOfWeek.SATURDAY);
        assertThat(resolved("— Department of State 7 septembre 2017", null)).isEqualTo("2017-09-07");
        assertThat(resolved("le 1er décembre 2021 à Stockholm", null)).isEqualTo("2021-12-01");
    }

    @Test
    void tomorrowAfterATimeOfDayButNotTheWordAlone() {
        assertThat(resolved("يصل الوزير يوم غد إلى العاصمة", LocalDate.of(2023, 8, 30))).isEqualTo("2023-08-31");
        assertThat(resolved("ويلتقيه مساء غد", LocalDate.of(2023, 8, 30))).isEqualTo("2023-08-31");
        assertThat(DateFinder.find("من أجل غد أفضل")).isEmpty();
    }
}
