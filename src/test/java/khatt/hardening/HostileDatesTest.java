package khatt.hardening;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every date is validated where it is read: signed, five-digit and impossible dates are errors at their line. */
class HostileDatesTest {

    @TempDir
    Path dir;

    private static String article(String dateLines) {
        return "---\ntitle: \"خبر\"\n" + dateLines + "\n---\nنص.\n";
    }

    @Test
    void signedOrLongYearsAreBadDates() throws IOException {
        SiteFixture site = new SiteFixture(dir);
        Map<String, byte[]> previous = site.buildGood();
        Path negative = site.write("articles/negative.md", article("date: -0001-01-01"));
        Path longYear = site.write("articles/long-year.md", article("date: +12019-05-14"));
        Path yearZero = site.write("articles/year-zero.md", article("date: 0000-05-14"));
        Path arabicDigits = site.write("articles/arabic-digits.md", article("date: ٢٠١٩-٠٥-١٤"));
        site.rejects(previous,
                negative + ":3:7: error: bad date '-0001-01-01' in 'date'",
                longYear + ":3:7: error: bad date '+12019-05-14' in 'date'",
                yearZero + ":3:7: error: impossible date '0000-05-14' in 'date'",
                arabicDigits + ":3:7: error: bad date '٢٠١٩-٠٥-١٤' in 'date'");
    }

    @Test
    void mentionedDatesMustExist() throws IOException {
        SiteFixture site = new SiteFixture(dir);
        Map<String, byte[]> previous = site.buildGood();
        Path file = site.write("articles/mentions.md", article("""
                date: 2019-05-14
                mentioned_dates:
                  - {text: "في 30 فبراير", date: 2019-02-30}
                  - {text: "في الشهر الثالث عشر", date: 2019-13}
                  - {text: "قبل الميلاد", date: "-0044"}
                  - {text: "ما بعد", date: [2019]}"""));
        site.rejects(previous,
                file + ":5:34: error: impossible date '2019-02-30' in 'mentioned_dates'",
                file + ":6:41: error: impossible date '2019-13' in 'mentioned_dates'",
                file + ":7:33: error: bad date '-0044' in 'mentioned_dates'",
                file + ":8:5: error: a mentioned date needs 'text' and 'date' (YYYY, YYYY-MM or YYYY-MM-DD)");
    }

    @Test
    void publicationAndEventFileDatesToo() throws IOException {
        SiteFixture site = new SiteFixture(dir);
        Map<String, byte[]> previous = site.buildGood();
        Path published = site.write("articles/published.md", article("date: 2019-05-14\npublished: +12019-05-14T10:00:00Z"));
        Path event = site.write("events/2019-05-14-x.yaml", "title: \"حدث\"\ndate: -2019-05-14\n");
        site.rejects(previous,
                published + ":4:12: error: bad publication date '+12019-05-14T10:00:00Z'",
                event + ":2:7: error: bad date '-2019-05-14' in 'date'");
    }

    @Test
    void theFirstAndLastAllowedYearsBuild() throws IOException {
        SiteFixture site = new SiteFixture(dir);
        site.write("articles/first.md", article("date: 0001-01-01\nmentioned_dates: [{text: \"آخر\", date: 9999-12-31}]"));
        site.write("articles/last.md", article("date: 9999-12-31\npublished: 9999-12-31T23:59:59-12:00"));
        SiteFixture.Run run = site.build();
        org.assertj.core.api.Assertions.assertThat(run.exit()).as(run.err()).isZero();
    }
}
