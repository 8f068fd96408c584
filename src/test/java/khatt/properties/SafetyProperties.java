package khatt.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import khatt.arabic.Slugs;
import khatt.markdown.Markdown;
import khatt.markdown.MarkdownLimits;
import khatt.render.export.TimelineJsExport;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/** Slugs stay in their folder, Markdown never lets markup through, exports escape every text. */
class SafetyProperties {

    private static final Markdown MARKDOWN = new Markdown();
    private static final List<String> MARKDOWN_ELEMENTS = List.of("p", "em", "strong", "code", "pre", "blockquote", "ul", "ol",
            "li", "a", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "br", "img");

    @Property(tries = 500)
    void aSlugIsLowerCaseAsciiWordsJoinedByHyphens(@ForAll String text) {
        assertThat(Slugs.of(text)).matches("|[a-z0-9]+(-[a-z0-9]+)*");
    }

    @Property(tries = 300)
    void markdownWithinTheLimitsRendersOnlyMarkdownElementsWithoutEventHandlers(@ForAll("markdownish") String text) {
        if (MarkdownLimits.check(text) != null) {
            return;
        }
        for (Element element : Jsoup.parseBodyFragment(MARKDOWN.toHtml(text, "a", 2)).body().getAllElements()) {
            if (element.tagName().equals("body")) {
                continue;
            }
            assertThat(element.tagName()).as(text).isIn(MARKDOWN_ELEMENTS);
            element.attributes().forEach(a -> assertThat(a.getKey()).as(text).doesNotStartWith("on").isNotEqualTo("style"));
        }
    }

    @Property(tries = 200)
    void timelineJsTextsNeverCarryMarkup(@ForAll("markdownish") String text) throws Exception {
        String json = TimelineJsExport.json(text, text, List.of(new TimelineJsExport.Item("x", java.time.LocalDate.of(2019, 5, 14),
                text, text, "https://example.org/", text, text)));
        com.fasterxml.jackson.databind.JsonNode event = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json).get("events").get(0);
        assertThat(event.get("group").asText()).doesNotContain("<", ">", "\"", "'");
        assertThat(event.get("text").get("headline").asText()).doesNotContain("<", ">", "\"", "'");
    }

    /** Strings made of Markdown's and HTML's syntax characters, Arabic letters and spaces. */
    @Provide
    Arbitrary<String> markdownish() {
        return Arbitraries.strings().withChars("<>/=\"'&#*_`[]()!\\-+.:;\n \tabcjsvrptonمخط0129").ofMaxLength(300)
                .injectDuplicates(0.1);
    }
}
