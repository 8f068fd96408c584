package khatt.arabic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ArabicDatesTest {

    private static final LocalDate SOCHI = LocalDate.of(2019, 5, 14);

    @Test
    void writesWeekdayDayMonthAndYearInTheSiteStyle() {
        assertThat(new ArabicDates(DateStyle.DEFAULT).full(SOCHI)).isEqualTo("الثلاثاء ١٤ أيار/مايو ٢٠١٩");
        assertThat(new ArabicDates(new DateStyle(DateStyle.Months.LEVANTINE, DateStyle.Digits.WESTERN)).full(SOCHI))
                .isEqualTo("الثلاثاء 14 أيار 2019");
        assertThat(new ArabicDates(new DateStyle(DateStyle.Months.EGYPTIAN, DateStyle.Digits.ARABIC)).full(SOCHI))
                .isEqualTo("الثلاثاء ١٤ مايو ٢٠١٩");
        assertThat(new ArabicDates(DateStyle.DEFAULT).full(LocalDate.of(2019, 12, 10)))
                .isEqualTo("الثلاثاء ١٠ كانون الأول/ديسمبر ٢٠١٩");
    }

    @Test
    void writesTheUmmAlQuraHijriDate() {
        assertThat(new ArabicDates(DateStyle.DEFAULT).hijri(SOCHI)).isEqualTo("٩ رمضان ١٤٤٠ هـ");
        assertThat(new ArabicDates(new DateStyle(DateStyle.Months.BOTH, DateStyle.Digits.WESTERN)).hijri(LocalDate.of(2020, 7, 13)))
                .isEqualTo("22 ذو القعدة 1441 هـ");
        assertThat(new ArabicDates(DateStyle.DEFAULT).hijri(LocalDate.of(1700, 1, 1))).as("outside Umm al-Qura").isEmpty();
    }
}
