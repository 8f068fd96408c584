package khatt.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import khatt.arabic.ArabicDates;
import khatt.arabic.DateStyle;
import khatt.content.DateRules;
import khatt.importer.DateFinderAccess;
import org.junit.jupiter.api.Test;

/** Dates the site prints are read back by the importer's date finder, whatever the month names and digits. */
class DatesPropertiesTest {

    private static final LocalDate FIRST = LocalDate.of(1800, 1, 1);
    private static final int DAYS = (int) (LocalDate.of(2199, 12, 31).toEpochDay() - FIRST.toEpochDay());

    @Test
    void aPrintedDateIsFoundAgain() {
        Samples samples = new Samples(1);
        for (int i = 0; i < 300; i++) {
            LocalDate date = FIRST.plusDays(samples.between(0, DAYS));
            DateStyle style = new DateStyle(samples.oneOf(List.of(DateStyle.Months.values())),
                    samples.oneOf(List.of(DateStyle.Digits.values())));
            String printed = new ArabicDates(style).full(date);
            assertThat(DateFinderAccess.dates(printed)).as(printed).containsExactly(date);
        }
    }

    @Test
    void theLoaderAcceptsExactlyTheRealDates() {
        Samples samples = new Samples(2);
        for (int i = 0; i < 2000; i++) {
            String text = String.format(Locale.ROOT, "%04d-%02d-%02d", samples.between(0, 9999), samples.between(0, 13),
                    samples.between(0, 32));
            assertThat(DateRules.problem(text) == null).as(text).isEqualTo(isReal(text));
        }
    }

    private static boolean isReal(String text) {
        try {
            return LocalDate.parse(text).getYear() > 0;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
