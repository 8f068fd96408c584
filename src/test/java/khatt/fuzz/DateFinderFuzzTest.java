package khatt.fuzz;

import static khatt.fuzz.FuzzChecks.inTime;
import static khatt.fuzz.FuzzChecks.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.LocalDate;
import java.util.List;
import khatt.importer.DateFinder;
import khatt.importer.DateMention;

/** Whatever the text, the date finder answers in time with mentions that are where it says, in order, each readable. */
class DateFinderFuzzTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2019, 5, 14);

    @FuzzTest(maxDuration = FuzzChecks.ROUND)
    void find(byte[] bytes) throws Exception {
        String text = utf8(bytes);
        List<DateMention> mentions = inTime("finding dates", () -> DateFinder.find(text));
        int end = 0;
        for (DateMention mention : mentions) {
            assertThat(mention.text()).as(text).isNotBlank();
            assertThat(mention.start()).as("mentions in order, none overlapping: %s", mentions).isGreaterThanOrEqualTo(end);
            assertThat(text.startsWith(mention.text(), mention.start())).as("%s at %d of %s", mention.text(), mention.start(), text)
                    .isTrue();
            end = mention.start() + mention.text().length();
            mention.resolve(null);
            mention.resolve(PUBLISHED);
            if (mention.ambiguous()) {
                mention.alternative().resolve(PUBLISHED);
            }
        }
    }
}
