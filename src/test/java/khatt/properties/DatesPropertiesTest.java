package khatt.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.time.chrono.HijrahDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import khatt.arabic.ArabicDates;
import khatt.arabic.DateStyle;
import khatt.content.DateRules;
import khatt.importer.DateFinderAccess;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Dates the site prints are read back by the importer's date finder, whatever the month names and digits. */
class DatesPropertiesTest {

    /** The years the date finder reads: 1800 to 2199. */
    private static final Gen<LocalDate> GREGORIAN = days(LocalDate.of(1800, 1, 1), LocalDate.of(2199, 12, 31));
    /** The Hijri years it reads, 1300 to 1499, in the Umm al-Qura calendar. */
    private static final Gen<LocalDate> UMM_AL_QURA = days(LocalDate.from(HijrahDate.of(1300, 1, 1)),
            LocalDate.from(HijrahDate.of(1500, 1, 1)).minusDays(1));

    /** The digits Arabic pages are written in. */
    enum Digits {
        WESTERN('0'), ARABIC_INDIC('٠'), PERSIAN('۰');

        private final char zero;

        Digits(char zero) {
            this.zero = zero;
        }

        /** {@code text} with its Western digits written in these. */
        String spell(String text) {
            StringBuilder spelled = new StringBuilder(text.length());
            text.chars().forEach(c -> spelled.append(c >= '0' && c <= '9' ? (char) (zero + c - '0') : (char) c));
            return spelled.toString();
        }
    }

    @Test
    void aPrintedDateIsFoundAgain() {
        qt().withExamples(500).forAll(GREGORIAN, arbitrary().enumValues(DateStyle.Months.class), arbitrary().enumValues(Digits.class))
                .checkAssert((date, months, digits) -> {
                    String printed = digits.spell(new ArabicDates(new DateStyle(months, DateStyle.Digits.WESTERN)).full(date));
                    assertThat(DateFinderAccess.dates(printed)).as(printed).containsExactly(date);
                });
    }

    @Test
    void aPrintedHijriDateIsFoundAgain() {
        qt().withExamples(500).forAll(UMM_AL_QURA, arbitrary().enumValues(Digits.class)).checkAssert((date, digits) -> {
            String printed = digits.spell(new ArabicDates(new DateStyle(DateStyle.Months.BOTH, DateStyle.Digits.WESTERN)).hijri(date));
            assertThat(DateFinderAccess.dates(printed)).as(printed).containsExactly(date);
        });
    }

    @Test
    void theLoaderAcceptsExactlyTheRealDates() {
        qt().withExamples(1000).forAll(integers().between(0, 9999), integers().between(0, 13), integers().between(0, 32))
                .checkAssert((year, month, day) -> {
                    String text = String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day);
                    assertThat(DateRules.problem(text) == null).as(text).isEqualTo(isReal(text));
                });
    }

    private static Gen<LocalDate> days(LocalDate first, LocalDate last) {
        return integers().between(0, (int) (last.toEpochDay() - first.toEpochDay())).map(first::plusDays);
    }

    private static boolean isReal(String text) {
        try {
            return LocalDate.parse(text).getYear() > 0;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
