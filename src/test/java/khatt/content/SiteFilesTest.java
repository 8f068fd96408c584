package khatt.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import khatt.arabic.DateStyle;
import khatt.diag.Diagnostic;
import khatt.diag.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code site.yaml}, {@code topics.yaml} and the event files, each read on its own. */
class SiteFilesTest {

    @TempDir
    Path dir;

    private final Diagnostics diagnostics = new Diagnostics();

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private List<String> formatted() {
        return diagnostics.sorted().stream().map(Diagnostic::format).toList();
    }

    @Test
    void siteSettingsWithTheirUnknownFieldsWarned() throws IOException {
        Path site = write("site.yaml", """
                title: "موقع"
                language: ar-EG
                base_url: https://example.org/timeline
                date_style: {months: levantine, digits: WESTERN, colour: red}
                theme: dark
                """);
        SiteConfig config = ContentLoader.readConfig(site, diagnostics);
        assertThat(config).isEqualTo(new SiteConfig("موقع", "", "ar-EG", "https://example.org/timeline/",
                new DateStyle(DateStyle.Months.LEVANTINE, DateStyle.Digits.WESTERN)));
        assertThat(diagnostics.sorted()).extracting(Diagnostic::format, Diagnostic::hint).containsExactly(
                tuple(site + ":4:1: warning: unknown field 'colour' is ignored", "known fields: digits, months"),
                tuple(site + ":5:1: warning: unknown field 'theme' is ignored",
                        "known fields: base_url, date_style, description, language, title"));
    }

    @Test
    void badSettingsAreErrorsAndTheirDefaultsStay() throws IOException {
        Path site = write("site.yaml", """
                language: "arabic!"
                base_url: ftp://example.org/
                date_style: {months: hijri}
                """);
        SiteConfig config = ContentLoader.readConfig(site, diagnostics);
        assertThat(config).isEqualTo(SiteConfig.DEFAULT);
        assertThat(diagnostics.sorted()).extracting(Diagnostic::format, Diagnostic::hint).containsExactly(
                tuple(site + ":1:11: error: language 'arabic!' is not a language tag", "e.g. language: ar, or ar-EG"),
                tuple(site + ":2:11: error: base_url 'ftp://example.org/' must start with https:// or http://",
                        "e.g. base_url: https://example.org/timeline/"),
                tuple(site + ":3:1: error: unknown months 'hijri'", "use one of: levantine, egyptian, both"));
    }

    @Test
    void aDateStyleMustBeFieldsAndSettingsMustBeAMapping() throws IOException {
        Path site = write("site.yaml", "date_style: both\n");
        assertThat(ContentLoader.readConfig(site, diagnostics)).isEqualTo(SiteConfig.DEFAULT);
        Path list = write("list/site.yaml", "- title\n");
        assertThat(ContentLoader.readConfig(list, diagnostics)).isEqualTo(SiteConfig.DEFAULT);
        assertThat(formatted()).containsExactly(
                list + ":1:1: error: site.yaml must be fields 'name: value'",
                site + ":1:1: error: 'date_style' must have 'months' and 'digits'");
    }

    @Test
    void anUnreadableFileIsAnError() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("site.yaml"));
        assertThat(ContentLoader.readConfig(folder, diagnostics)).isEqualTo(SiteConfig.DEFAULT);
        assertThat(formatted()).singleElement().asString().startsWith(folder + ": error: cannot read: ");
    }

    @Test
    void topicsWithEveryKindOfMistake() throws IOException {
        Path topics = write("topics.yaml", """
                - id: syria
                  label: "سوريا"
                  keywords: ["سوريا", "سورية"]
                  colour: red
                - label: "بلا معرف"
                - id: Yemen
                  label: "اليمن"
                - id: syria
                  label: "سوريا مرة أخرى"
                - just text
                - id: iraq
                """);
        List<TopicDefinition> read = ContentLoader.readTopics(topics, diagnostics);
        assertThat(read).containsExactly(new TopicDefinition("syria", "سوريا", null, List.of("سوريا", "سورية")));
        assertThat(diagnostics.sorted()).extracting(Diagnostic::format, Diagnostic::hint).containsExactly(
                tuple(topics + ":4:1: warning: unknown field 'colour' is ignored", "known fields: between, between_keywords, description, id, keywords, label"),
                tuple(topics + ":5:1: error: topic without 'id'", "add id: an-ascii-slug"),
                tuple(topics + ":6:7: error: unsafe id 'Yemen' in 'id'", "use lower-case ASCII letters, digits and hyphens, e.g. 2019-05-14-sochi"),
                tuple(topics + ":8:1: error: duplicate topic id 'syria'", "already defined on line 1"),
                tuple(topics + ":10:1: error: a topic must have 'id' and 'label'", "e.g. - id: syria"),
                tuple(topics + ":11:1: error: missing 'label'", "add the topic's Arabic name: label: \"…\""));
    }

    @Test
    void topicKeywordsBetweenTwoCountriesComeWithTheirCountries() throws IOException {
        Path topics = write("topics.yaml", """
                - id: relations
                  label: "العلاقات"
                  between: ["ru", "us"]
                  between_keywords: ["العلاقات الثنائية"]
                - id: lonely
                  label: "وحيد"
                  between_keywords: ["العلاقات الثنائية"]
                - id: odd
                  label: "غريب"
                  between: ["Russia"]
                  between_keywords: ["العلاقات الثنائية"]
                """);
        List<TopicDefinition> read = ContentLoader.readTopics(topics, diagnostics);
        assertThat(read).containsExactly(new TopicDefinition("relations", "العلاقات", null, List.of(),
                List.of("ru", "us"), List.of("العلاقات الثنائية")));
        assertThat(diagnostics.sorted()).extracting(Diagnostic::format).containsExactly(
                topics + ":7:1: error: 'between' and 'between_keywords' go together: 'between' is missing",
                topics + ":10:1: error: 'Russia' is not a two-letter country code");
    }

    @Test
    void topicsMustBeAList() throws IOException {
        Path topics = write("topics.yaml", "id: syria\n");
        assertThat(ContentLoader.readTopics(topics, diagnostics)).isEmpty();
        assertThat(formatted()).containsExactly(topics + ":1:1: error: topics.yaml must be a list of topics");
        assertThat(ContentLoader.readTopics(dir.resolve("none.yaml"), new Diagnostics())).isEmpty();
    }

    @Test
    void anEventFileWithItsFacts() throws IOException {
        Path event = write("events/2019-05-14-sochi.yaml", """
                title: "لقاء سوتشي"
                summary: "لقاء **مهم**"
                place: "سوتشي"
                kind: meeting
                date: 2019-05-14
                colour: red
                """);
        EventFacts facts = ContentLoader.readEvent(event, diagnostics);
        assertThat(facts).isEqualTo(new EventFacts("2019-05-14-sochi", event, "لقاء سوتشي", "لقاء **مهم**", "سوتشي", "meeting",
                java.time.LocalDate.of(2019, 5, 14), 5, 3, 4));
        assertThat(formatted()).containsExactly(event + ":6:1: warning: unknown field 'colour' is ignored");
    }

    @Test
    void aBadEventFileIsReportedAndAnEmptyOneHasNoFacts() throws IOException {
        Path badName = write("events/Sochi.yaml", "title: \"لقاء\"\n");
        Path list = write("events/list.yaml", "- a\n");
        Path empty = write("events/empty.yaml", "");
        Path nested = write("events/nested.yaml", "summary: \"" + ">".repeat(40) + " نص\"\n");

        assertThat(ContentLoader.readEvent(badName, diagnostics).title()).isEqualTo("لقاء");
        assertThat(ContentLoader.readEvent(list, diagnostics)).isNull();
        assertThat(ContentLoader.readEvent(empty, diagnostics)).isEqualTo(new EventFacts("empty", empty, null, null, null, null, null, 0, 0, 0));
        assertThat(ContentLoader.readEvent(nested, diagnostics).summary()).isNull();
        assertThat(formatted()).containsExactly(
                badName + ": error: unsafe event id 'Sochi'",
                list + ":1:1: error: an event file must be fields 'name: value'",
                nested + ":1:10: error: summary: block quotes or lists nested more than 32 deep");
    }
}
