package khatt.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import khatt.content.ArticleSource;
import khatt.content.Content;
import khatt.content.ContentLoader;
import khatt.content.TopicDefinition;
import khatt.diag.Diagnostic;
import khatt.diag.Diagnostics;
import khatt.markdown.Markdown;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimelineBuilderTest {

    @TempDir
    Path dir;

    private void write(String path, String text) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private Timeline build(Diagnostics diagnostics) {
        return new TimelineBuilder().build(new ContentLoader(new Markdown()).load(dir, diagnostics), diagnostics);
    }

    private static String article(String title, String date, String more) {
        return "---\ntitle: \"" + title + "\"\ndate: " + date + "\n" + more + "---\nنص.\n";
    }

    @Test
    void groupsByEventIdOrElseByDatePlaceAndKindAndOrdersChronologically() throws IOException {
        write("articles/b1.md", article("ب١", "2020-07-13", "kind: call\npublished: 2020-07-14T09:00:00+03:00\n"));
        write("articles/b2.md", article("ب٢", "2020-07-13", "kind: call\npublished: 2020-07-13T22:00:00+03:00\n"));
        write("articles/c.md", article("ج", "2020-07-13", "place: \"موسكو\"\nkind: meeting\n"));
        write("articles/a1.md", article("أ١", "2019-05-14", "event: 2019-05-14-sochi\n"));
        write("articles/a2.md", article("أ٢", "2019-05-14", "event: 2019-05-14-sochi\nplace: \"سوتشي\"\n"));
        Diagnostics diagnostics = new Diagnostics();

        Timeline timeline = build(diagnostics);

        assertThat(diagnostics.sorted()).isEmpty();
        assertThat(timeline.events()).extracting(Event::id)
                .containsExactly("2019-05-14-sochi", "2020-07-13-call", "2020-07-13-moscow");
        Event call = timeline.events().get(1);
        assertThat(call.articles()).extracting(ArticleSource::id).as("oldest publication first").containsExactly("b2", "b1");
        assertThat(call.title()).isEqualTo("ب٢");
        assertThat(timeline.events().get(0).place()).isEqualTo("سوتشي");
        assertThat(timeline.events().get(0).date()).isEqualTo(LocalDate.of(2019, 5, 14));
    }

    @Test
    void eventFilesSetFactsAndContradictionsAreReported() throws IOException {
        write("events/2019-05-14-sochi.yaml", "title: \"لقاء سوتشي\"\ndate: 2019-05-14\nplace: \"سوتشي\"\nkind: meeting\n");
        write("events/2019-06-01-nowhere.yaml", "title: \"لا شيء\"\n");
        write("articles/a.md", article("أ", "2019-05-15", "event: 2019-05-14-sochi\nplace: \"سوتشى\"\nkind: call\n"));
        Diagnostics diagnostics = new Diagnostics();

        Timeline timeline = build(diagnostics);

        Event event = timeline.events().get(0);
        assertThat(event.title()).isEqualTo("لقاء سوتشي");
        assertThat(event.date()).isEqualTo(LocalDate.of(2019, 5, 14));
        String a = dir.resolve("articles/a.md").toString();
        assertThat(diagnostics.sorted()).extracting(Diagnostic::format).containsExactly(
                a + ":3:1: warning: date 2019-05-15 contradicts its event file 2019-05-14-sochi.yaml (2019-05-14)",
                a + ":6:1: warning: kind 'call' contradicts its event file 2019-05-14-sochi.yaml ('meeting')",
                dir.resolve("events/2019-06-01-nowhere.yaml") + ": error: unknown event '2019-06-01-nowhere': no article reports it");
    }

    @Test
    void topicsFollowTheTaxonomyOrder() throws IOException {
        write("topics.yaml", "- {id: zeta, label: \"ي\"}\n- {id: alpha, label: \"أ\"}\n");
        write("articles/a.md", article("أ", "2019-05-14", "topics: [alpha, zeta]\n"));
        Timeline timeline = build(new Diagnostics());
        assertThat(timeline.events().get(0).topics()).containsExactly("zeta", "alpha");
        assertThat(timeline.topics()).extracting(Topic::id).containsExactly("zeta", "alpha");
        assertThat(timeline.topics().get(1).events()).hasSize(1);
        assertThat(List.of(timeline.articleCount())).containsExactly(1);
    }

    private Content load() {
        return new ContentLoader(new Markdown()).load(dir, new Diagnostics());
    }

    private static List<String> messages(Diagnostics diagnostics) {
        return diagnostics.sorted().stream().map(Diagnostic::message).toList();
    }

    @Test
    void eventsWhoseFactsGiveTheSameIdAreNumbered() throws IOException {
        for (String kind : List.of("visit", "meeting", "talks")) {
            write("articles/" + kind + ".md", article(kind, "2019-05-14", "place: \"موسكو\"\nkind: " + kind + "\n"));
        }
        Timeline timeline = build(new Diagnostics());
        assertThat(timeline.events()).extracting(Event::id, Event::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("2019-05-14-moscow", "meeting"),
                org.assertj.core.groups.Tuple.tuple("2019-05-14-moscow-2", "talks"),
                org.assertj.core.groups.Tuple.tuple("2019-05-14-moscow-3", "visit"));
    }

    @Test
    void eventsAreInDateOrderWhateverTheirIds() throws IOException {
        write("articles/late.md", article("متأخر", "2020-01-01", "event: a-late\n"));
        write("articles/early.md", article("مبكر", "2019-01-01", "event: b-early\n"));
        write("articles/same-day.md", article("اليوم نفسه", "2019-01-01", "event: a-same-day\n"));
        assertThat(build(new Diagnostics()).events()).extracting(Event::id).containsExactly("a-same-day", "b-early", "a-late");
    }

    @Test
    void withoutAnEventFileTheFirstPublishedArticleSettlesATieAndTheOthersAreWarned() throws IOException {
        write("articles/first.md", article("الأول", "2019-05-14",
                "event: x\nplace: \"موسكو\"\nkind: meeting\npublished: 2019-05-14T08:00:00+03:00\n"));
        write("articles/second.md", article("الثاني", "2019-05-14",
                "event: x\nplace: \"سوتشي\"\nkind: summit\npublished: 2019-05-14T09:00:00+03:00\n"));
        Diagnostics diagnostics = new Diagnostics();
        Event event = build(diagnostics).events().get(0);
        assertThat(event.place()).isEqualTo("موسكو");
        assertThat(event.kind()).isEqualTo("meeting");
        assertThat(event.title()).isEqualTo("الأول");
        assertThat(messages(diagnostics)).containsExactly(
                "place 'سوتشي' contradicts the other articles of event 'x' ('موسكو')",
                "kind 'summit' contradicts the other articles of event 'x' ('meeting')");
    }

    @Test
    void otherSpellingsOfAPlaceAreNoContradiction() throws IOException {
        write("articles/a.md", article("أ", "2019-05-14", "event: x\nplace: \"إسطنبول\"\n"));
        write("articles/b.md", article("ب", "2019-05-14", "event: x\nplace: \"اسطنبول\"\n"));
        write("articles/c.md", article("ج", "2019-05-14", "event: x\nplace: \"اسطنبول\"\n"));
        Diagnostics diagnostics = new Diagnostics();
        Event event = build(diagnostics).events().get(0);
        assertThat(event.place()).as("the spelling most articles give").isEqualTo("اسطنبول");
        assertThat(messages(diagnostics)).isEmpty();
    }

    @Test
    void aKindWithoutAnArabicNameIsShownAsWrittenWithAWarning() throws IOException {
        write("articles/a.md", article("أ", "2019-05-14", "kind: briefing\n"));
        Diagnostics diagnostics = new Diagnostics();
        Event event = build(diagnostics).events().get(0);
        assertThat(event.id()).isEqualTo("2019-05-14-briefing");
        assertThat(diagnostics.sorted()).extracting(Diagnostic::format, Diagnostic::hint).containsExactly(
                org.assertj.core.groups.Tuple.tuple(dir.resolve("articles/a.md") + ":4:1: warning: kind 'briefing' has no Arabic name and is shown as written",
                        "known kinds: call, interview, meeting, press-conference, statement, summit, talks, visit"));
    }

    @Test
    void articlesPublishedAtTheSameTimeGoByIdAndUndatedOnesLast() throws IOException {
        write("articles/b.md", article("ب", "2019-05-14", "event: x\npublished: 2019-05-14T10:00:00+03:00\n"));
        write("articles/a.md", article("أ", "2019-05-14", "event: x\npublished: 2019-05-14T07:00:00Z\n"));
        write("articles/0.md", article("٠", "2019-05-14", "event: x\n"));
        write("articles/c.md", article("ج", "2019-05-14", "event: x\npublished: 2019-05-14\n"));
        Event event = build(new Diagnostics()).events().get(0);
        assertThat(event.articles()).extracting(ArticleSource::id).containsExactly("c", "a", "b", "0");
    }

    @Test
    void aRebuildReusesTheEventsOfUnchangedArticlesWithTheirWarnings() throws IOException {
        write("topics.yaml", "- {id: syria, label: \"سوريا\"}\n");
        write("articles/a.md", article("أ", "2019-05-14", "event: x\nkind: briefing\n"));
        TimelineBuilder builder = new TimelineBuilder();
        Content content = load();
        Event first = builder.build(content, new Diagnostics()).events().get(0);

        Diagnostics again = new Diagnostics();
        assertThat(builder.build(content, again).events().get(0)).isSameAs(first);
        assertThat(messages(again)).containsExactly("kind 'briefing' has no Arabic name and is shown as written");

        Content reread = load();
        Event fromNewArticles = builder.build(reread, new Diagnostics()).events().get(0);
        assertThat(fromNewArticles).as("articles read again").isNotSameAs(first).isEqualTo(first);

        Content otherTopics = new Content(reread.config(), List.of(new TopicDefinition("yemen", "اليمن", null, List.of())),
                reread.eventFacts(), reread.articles());
        assertThat(builder.build(otherTopics, new Diagnostics()).events().get(0)).isNotSameAs(fromNewArticles).isEqualTo(first);
    }

    @Test
    void publicationTimesAreInstantsWithDatesAndLocalTimesInUtc() {
        assertThat(TimelineBuilder.publicationInstant("2019-05-14T18:30:00+03:00")).isEqualTo(Instant.parse("2019-05-14T15:30:00Z"));
        assertThat(TimelineBuilder.publicationInstant("2019-05-14T18:30:00-03:30")).isEqualTo(Instant.parse("2019-05-14T22:00:00Z"));
        assertThat(TimelineBuilder.publicationInstant("2019-05-14T18:30:00.5+03:00")).isEqualTo(Instant.parse("2019-05-14T15:30:00.5Z"));
        assertThat(TimelineBuilder.publicationInstant("2019-05-14T18:30Z")).isEqualTo(Instant.parse("2019-05-14T18:30:00Z"));
        assertThat(TimelineBuilder.publicationInstant("2019-05-14T18:30:00")).isEqualTo(Instant.parse("2019-05-14T18:30:00Z"));
        assertThat(TimelineBuilder.publicationInstant("2019-05-14")).isEqualTo(Instant.parse("2019-05-14T00:00:00Z"));
        assertThat(TimelineBuilder.publicationInstant(null)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2019x05-14T18:30:00+03:00", "2019-05x14T18:30:00+03:00", "2019-05-14x18:30:00+03:00",
            "2019-05-14T18x30:00+03:00", "2019-05-14T18:30x00+03:00", "2019-05-14T18:30:00+03x00",
            "2019-05-14T18:30:00x03:00", "2019-05-14T18:30:00+03:00x", "2019-05-14T18:30:00+0a:00"})
    void aPublicationTimeTheIsoParsersRefuseIsRefused(String text) {
        assertThatThrownBy(() -> TimelineBuilder.publicationInstant(text)).isInstanceOf(DateTimeParseException.class);
    }

    private static ArticleSource withLead(String id, String lead) {
        return new ArticleSource(id, Path.of(id + ".md"), "عنوان", LocalDate.of(2019, 5, 14), null, null, null, null, null, null,
                List.of(), List.of(), 5, lead, 3, 0, 0);
    }

    @Test
    void anEventsLeadIsTheFirstOfItsArticlesLeads() {
        Event event = new Event("x", LocalDate.of(2019, 5, 14), "عنوان", null, null, null,
                List.of(withLead("a", ""), withLead("b", "الفقرة الأولى."), withLead("c", "غيرها.")), List.of(), List.of(), List.of());
        assertThat(event.lead()).isEqualTo("الفقرة الأولى.");
        assertThat(new Event("y", LocalDate.of(2019, 5, 14), "عنوان", null, null, null, List.of(withLead("a", "")),
                List.of(), List.of(), List.of()).lead()).isEmpty();
    }
}
