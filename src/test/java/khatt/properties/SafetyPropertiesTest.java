package khatt.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import khatt.arabic.Places;
import khatt.arabic.Slugs;
import khatt.content.ArticleScaffold;
import khatt.markdown.Markdown;
import khatt.markdown.MarkdownLimits;
import khatt.markdown.SafeUrl;
import khatt.render.export.TimelineJsExport;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Slugs stay in their folder, Markdown never lets markup or a script address through, exports escape every text. */
class SafetyPropertiesTest {

    private static final Markdown MARKDOWN = new Markdown();
    private static final List<String> MARKDOWN_ELEMENTS = List.of("p", "em", "strong", "code", "pre", "blockquote", "ul", "ol",
            "li", "a", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "br", "img");
    /** Markdown's and HTML's syntax characters, the letters of unsafe schemes, Arabic letters and spaces. */
    private static final String MARKDOWNISH = "<>/=\"'&#*_`[]()!\\-+.:;\n \tabcjsvrptonمخط0129";
    /** What a file or folder name could be made of to climb out of its folder. */
    private static final Gen<String> PATHISH = Generate.oneOf(Texts.anyUtf16(40),
            Texts.joined(Texts.oneOf(List.of("..", ".", "/", "\\", "%2e", "%2f", "~", "\0", "C:", "سوتشي", "a b", "\u202e")), 12, ""));
    private static final Pattern SLUG = Pattern.compile("|[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.\\-]*):");
    /** Every & the escaped text keeps starts one of the entities escaping makes. */
    private static final Pattern BARE_AMPERSAND = Pattern.compile("&(?!amp;|lt;|gt;|quot;|#39;)");

    @Test
    void aSlugIsLowerCaseAsciiWordsJoinedByHyphens() {
        qt().withExamples(500).forAll(PATHISH).checkAssert(text -> {
            assertThat(Slugs.of(text)).as(text).matches(SLUG);
            assertThat(Places.standard().slugOf(text)).as(text).matches(SLUG);
        });
    }

    @Test
    void noSlugLeavesItsFolder() {
        Path folder = Path.of("site", "places");
        qt().withExamples(500).forAll(PATHISH).checkAssert(text -> {
            for (String slug : List.of(Slugs.of(text), Places.standard().slugOf(text))) {
                if (!slug.isEmpty()) {
                    assertThat(folder.resolve(slug).normalize().getParent()).as(text).isEqualTo(folder);
                }
            }
        });
    }

    @Test
    void aNewArticleFileIsNamedInsideTheArticlesFolder() {
        Path folder = Path.of("content", "articles");
        qt().withExamples(300).forAll(PATHISH, PATHISH).checkAssert((title, place) -> {
            String name = ArticleScaffold.blank(title, LocalDate.of(2019, 5, 14), null, place, null, null, null, null, null, null)
                    .fileName();
            assertThat(name).as("%s / %s", title, place).matches("2019-05-14(-[a-z0-9]+)*\\.md");
            assertThat(folder.resolve(name).normalize().getParent()).isEqualTo(folder);
        });
    }

    /**
     * An address with a scheme off the allow-list, spelled every way a browser still reads as that
     * scheme, is refused by SafeUrl and never becomes a link or an image, wherever Markdown takes one.
     */
    @Test
    void noSpellingOfAScriptAddressBecomesALink() {
        qt().withExamples(1000).forAll(unsafeAddresses(), arbitrary().pick(List.of("[a](%s)", "![a](%s)", "<%s>",
                "[a][r]\n\n[r]: %s", "[a](<%s>)", "[a](%s \"t\")", "[r]\n\n[r]: <%s>"))).checkAssert((address, form) -> {
                    assertThat(SafeUrl.isAllowed(Parser.unescapeEntities(address, false))).as(address).isFalse();
                    String markdown = form.replace("%s", address);
                    if (MarkdownLimits.check(markdown) == null) {
                        for (Element link : Jsoup.parseBodyFragment(MARKDOWN.toHtml(markdown, "", 2)).select("[href], [src]")) {
                            String target = link.hasAttr("href") ? link.attr("href") : link.attr("src");
                            assertThat(browserScheme(target)).as("%s became %s", markdown, link).isIn(null, "http", "https", "mailto");
                        }
                    }
                });
    }

    @Test
    void markdownWithinTheLimitsRendersOnlyMarkdownElementsWithoutEventHandlers() {
        qt().withExamples(300).forAll(Texts.of(MARKDOWNISH, 300)).assuming(text -> MarkdownLimits.check(text) == null)
                .checkAssert(text -> {
                    for (Element element : Jsoup.parseBodyFragment(MARKDOWN.toHtml(text, "a", 2)).body().getAllElements()) {
                        if (element.tagName().equals("body")) {
                            continue;
                        }
                        assertThat(element.tagName()).as(text).isIn(MARKDOWN_ELEMENTS);
                        element.attributes().forEach(a -> assertThat(a.getKey()).as(text).doesNotStartWith("on").isNotEqualTo("style"));
                    }
                });
    }

    @Test
    void timelineJsTextsAreEscaped() {
        qt().withExamples(300).forAll(Generate.oneOf(Texts.of(MARKDOWNISH, 300), Texts.anyUtf16(100))).checkAssert(text -> {
            String json = new String(TimelineJsExport.json(text, text, List.of(TimelineJsExport.piece(new TimelineJsExport.Item("x",
                    LocalDate.of(2019, 5, 14), text, text, "https://example.org/", text, text)))), StandardCharsets.UTF_8);
            JsonNode event = readJson(json).get("events").get(0);
            for (String escaped : List.of(event.get("group").asText(), event.get("text").get("headline").asText())) {
                assertThat(escaped).as(text).doesNotContain("<", ">", "\"", "'");
                assertThat(BARE_AMPERSAND.matcher(escaped).find()).as("a bare & in %s", escaped).isFalse();
            }
        });
    }

    /**
     * Addresses whose scheme is not allowed, as a browser decodes them: the scheme's letters in any
     * case, each maybe a character reference, tabs and line breaks between them, controls and spaces
     * before, the colon maybe a reference too.
     */
    private static Gen<String> unsafeAddresses() {
        Gen<String> scheme = arbitrary().pick(List.of("javascript", "vbscript", "data", "file", "jar", "livescript", "ms-its", "x"));
        Gen<Integer> choices = integers().between(0, 99);
        Gen<String> lead = Texts.joined(arbitrary().pick(List.of(" ", "\u0001", "\u001f", "&#1;", "&#x20;", "\u0000")), 3, "");
        Gen<String> colon = arbitrary().pick(List.of(":", "&colon;", "&#58;", "&#x3A;", "&#0058;", "&#x003a;"));
        Gen<String> payload = arbitrary().pick(List.of("alert(1)", "//example.org/%0aalert(1)", "text/html;base64,PHNjcmlwdD4=", ""));
        return scheme.zip(lists().of(choices).ofSize(12), lead, colon, (name, picks, before, separator) ->
                before + spell(name, picks) + separator).zip(payload, String::concat);
    }

    /** {@code name} letter by letter, each in a case, maybe as a reference, maybe with a tab or line break after. */
    private static String spell(String name, List<Integer> picks) {
        return java.util.stream.IntStream.range(0, name.length()).mapToObj(i -> {
            char c = name.charAt(i);
            int pick = picks.get(i % picks.size());
            String letter = String.valueOf(pick % 2 == 0 ? Character.toUpperCase(c) : c);
            String spelled = switch (pick / 2 % 5) {
                case 0 -> String.format(Locale.ROOT, "&#%d;", (int) letter.charAt(0));
                case 1 -> String.format(Locale.ROOT, "&#x%s;", Integer.toHexString(letter.charAt(0)));
                default -> letter;
            };
            return spelled + switch (pick / 10 % 5) {
                case 0 -> "\t";
                case 1 -> "&Tab;";
                case 2 -> "&NewLine;";
                default -> "";
            };
        }).collect(Collectors.joining());
    }

    /** The scheme a browser reads in an href, lower case, or null when it is relative. */
    private static String browserScheme(String href) {
        String trimmed = href.replaceAll("^[\\x00-\\x20]+|[\\x00-\\x20]+$", "").replaceAll("[\\t\\n\\r]", "");
        Matcher scheme = SCHEME.matcher(trimmed);
        return scheme.find() ? scheme.group(1).toLowerCase(Locale.ROOT) : null;
    }

    private static JsonNode readJson(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
