package khatt.properties;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import khatt.arabic.Slugs;
import khatt.markdown.Markdown;
import khatt.markdown.MarkdownLimits;
import khatt.render.export.TimelineJsExport;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Slugs stay in their folder, Markdown never lets markup through, exports escape every text. */
class SafetyPropertiesTest {

    private static final Markdown MARKDOWN = new Markdown();
    private static final List<String> MARKDOWN_ELEMENTS = List.of("p", "em", "strong", "code", "pre", "blockquote", "ul", "ol",
            "li", "a", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "br", "img");
    /** Markdown's and HTML's syntax characters, the letters of unsafe schemes, Arabic letters and spaces. */
    private static final String MARKDOWNISH = "<>/=\"'&#*_`[]()!\\-+.:;\n \tabcjsvrptonمخط0129";

    @Test
    void aSlugIsLowerCaseAsciiWordsJoinedByHyphens() {
        Samples samples = new Samples(5);
        for (int i = 0; i < 500; i++) {
            String text = samples.anyString(40);
            assertThat(Slugs.of(text)).as(text).matches("|[a-z0-9]+(-[a-z0-9]+)*");
        }
    }

    @Test
    void markdownWithinTheLimitsRendersOnlyMarkdownElementsWithoutEventHandlers() {
        Samples samples = new Samples(6);
        for (int i = 0; i < 300; i++) {
            String text = samples.string(MARKDOWNISH, 300);
            if (MarkdownLimits.check(text) != null) {
                continue;
            }
            for (Element element : Jsoup.parseBodyFragment(MARKDOWN.toHtml(text, "a", 2)).body().getAllElements()) {
                if (element.tagName().equals("body")) {
                    continue;
                }
                assertThat(element.tagName()).as(text).isIn(MARKDOWN_ELEMENTS);
                element.attributes().forEach(a -> assertThat(a.getKey()).as(text).doesNotStartWith("on").isNotEqualTo("style"));
                assertThat(element.attr("href") + element.attr("src")).as(text).doesNotContainIgnoringCase("script:");
            }
        }
    }

    @Test
    void timelineJsTextsNeverCarryMarkup() throws Exception {
        Samples samples = new Samples(7);
        for (int i = 0; i < 200; i++) {
            String text = samples.string(MARKDOWNISH, 300);
            String json = TimelineJsExport.json(text, text, List.of(new TimelineJsExport.Item("x", LocalDate.of(2019, 5, 14),
                    text, text, "https://example.org/", text, text)));
            JsonNode event = new ObjectMapper().readTree(json).get("events").get(0);
            assertThat(event.get("group").asText()).as(text).doesNotContain("<", ">", "\"", "'");
            assertThat(event.get("text").get("headline").asText()).as(text).doesNotContain("<", ">", "\"", "'");
        }
    }
}
