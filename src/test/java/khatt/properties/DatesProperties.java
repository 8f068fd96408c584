package khatt.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import khatt.arabic.ArabicDates;
import khatt.arabic.DateStyle;
import khatt.importer.DateFinderAccess;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Dates the site prints are read back by the importer's date finder, whatever the month names and digits. */
class DatesProperties {

    @Property(tries = 300)
    void aPrintedDateIsFoundAgain(@ForAll("days") LocalDate date, @ForAll DateStyle.Months months, @ForAll DateStyle.Digits digits) {
        String printed = new ArabicDates(new DateStyle(months, digits)).full(date);
        List<LocalDate> found = DateFinderAccess.dates(printed);
        assertThat(found).as(printed).containsExactly(date);
    }

    @Property(tries = 300)
    void theLoaderAcceptsExactlyTheRealDates(@ForAll @IntRange(min = 0, max = 9999) int year, @ForAll @IntRange(min = 0, max = 13) int month,
                                             @ForAll @IntRange(min = 0, max = 32) int day) {
        String text = String.format(java.util.Locale.ROOT, "%04d-%02d-%02d", year, month, day);
        boolean real;
        try {
            real = LocalDate.parse(text).getYear() > 0;
        } catch (java.time.format.DateTimeParseException e) {
            real = false;
        }
        assertThat(khatt.content.DateRules.problem(text) == null).as(text).isEqualTo(real);
    }

    @Provide
    Arbitrary<LocalDate> days() {
        return Arbitraries.integers().between(0, (int) (LocalDate.of(2199, 12, 31).toEpochDay() - LocalDate.of(1800, 1, 1).toEpochDay()))
                .map(offset -> LocalDate.of(1800, 1, 1).plusDays(offset));
    }
}
