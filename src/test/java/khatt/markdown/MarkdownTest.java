package khatt.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownTest {

    private final Markdown markdown = new Markdown();

    @Test
    void escapesRawHtml() {
        assertThat(markdown.toHtml("نص <script>alert(1)</script> و<b>غامق</b>", "", 4))
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>").doesNotContain("<b>");
        assertThat(markdown.toHtml("<div onclick=\"x()\">كتلة</div>", "", 4)).doesNotContain("<div");
    }

    @Test
    void numbersParagraphsForDeepLinks() {
        assertThat(markdown.toHtml("أول.\n\n> اقتباس\n\nثالث.", "a1", 4))
                .contains("<p id=\"a1-p1\">أول.</p>", "<p id=\"a1-p2\">اقتباس</p>", "<p id=\"a1-p3\">ثالث.</p>");
    }

    @Test
    void nestsHeadingsUnderThePageWithoutGaps() {
        assertThat(markdown.toHtml("## عنوان\n\nنص\n\n### فرعي", "", 4)).contains("<h4>عنوان</h4>", "<h5>فرعي</h5>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[أ](JaVaScRiPt:alert(1))", "[ب](&#106;avascript:alert(1))", "[ج](java&#9;script:alert(1))",
            "[د](javascript&colon;alert(1))", "[هـ](\\javascript:alert(1))", "<javascript:alert(1)>", "<JAVASCRIPT:alert(1)>",
            "[و][r]\n\n[r]: VBScript:msgbox(1)", "[ز](data:text/html;base64,PHNjcmlwdD4=)", "[ح]: jav&#x09;ascript:x\n\n[ح]",
            "![ط](javascript:alert(1))", "[ي](vbscript:x \"t\")", "[ك](<javascript:alert(1)>)"})
    void showsUnsafeLinksAsTextOnly(String source) {
        String html = markdown.toHtml(source, "", 4);
        assertThat(html).doesNotContain("<a ").doesNotContain("<img").doesNotContainIgnoringCase("href=\"javascript")
                .doesNotContainIgnoringCase("src=");
    }

    @Test
    void readsReferenceLinks() {
        assertThat(markdown.toHtml("قال [المتحدث][r] و[الوزير].\n\n[r]: https://example.org/a\n[الوزير]: /events/x/ \"عنوان\"", "", 4))
                .isEqualTo("<p>قال <a href=\"https://example.org/a\">المتحدث</a> و<a href=\"/events/x/\" title=\"عنوان\">الوزير</a>.</p>\n");
    }

    @Test
    void rendersAReferenceLinkInsideALink() {
        assertThat(markdown.toHtml("[أ[ب]ج]()\n\n[ب]: /x", "a", 2)).isEqualTo("<p id=\"a-p1\">[أ<a href=\"/x\">ب</a>ج]()</p>\n");
    }

    @Test
    void showsAReferenceLinkWithoutItsDefinitionAsText() {
        assertThat(markdown.toHtml("[أ][r]", "", 4)).isEqualTo("<p>[أ][r]</p>\n");
    }

    @Test
    void plainTextDropsMarkupAndStrayBoldMarks() {
        assertThat(markdown.plainText("**دمشق (سانا)** - قال [الوزير](https://example.org) إن")).isEqualTo("دمشق (سانا) - قال الوزير إن");
        assertThat(markdown.plainText("**دمشق:**قال الوزير")).isEqualTo("دمشق:قال الوزير");
        assertThat(markdown.plainText("**بداية بلا نهاية")).isEqualTo("بداية بلا نهاية");
        assertThat(markdown.plainText("قال [المتحدث][r]\n\n[r]: https://example.org")).isEqualTo("قال المتحدث");
    }

    /** flexmark's text collector decoded entities inside code and kept fences; a tab from an entity broke its assertions. */
    @Test
    void plainTextIsWhatThePageShows() {
        assertThat(markdown.plainText("[أ\n```\nب&#9;\n```\nج]")).isEqualTo("[أ ب&#9; ج]");
        assertThat(markdown.plainText("نص\n```\nب&amp;\n```")).isEqualTo("نص ب&amp;");
        assertThat(markdown.plainText("أ &amp; `ب &lt;` <i>ج</i>")).isEqualTo("أ & ب &lt; <i>ج</i>");
    }

    @Test
    void keepsTheTextOfARefusedLink() {
        assertThat(markdown.toHtml("قبل [النص **المهم**](JavaScript:x) بعد", "", 4))
                .isEqualTo("<p>قبل النص <strong>المهم</strong> بعد</p>\n");
    }

    @Test
    void keepsWebMailAndRelativeLinks() {
        assertThat(markdown.toHtml("[أ](https://example.org/a) <https://example.org/b> <a@example.org> [ب](/events/x/) [ج](#p2)", "", 4))
                .contains("href=\"https://example.org/a\"", "href=\"https://example.org/b\"", "href=\"mailto:a@example.org\"",
                        "href=\"/events/x/\"", "href=\"#p2\"");
    }

    /** Plain bodies skip flexmark; whatever the body, the HTML is flexmark's, byte for byte. */
    @Test
    void thePlainPathMakesWhatFlexmarkMakes() throws IOException {
        List<String> bodies = new ArrayList<>(List.of(
                "فقرة أولى.\n\n## عنوان\n\nفقرة \"ثانية\" > و'ثالثة'\nعلى سطرين \n\n> «اقتباس»\n> على سطرين\n\n### فرعي\n",
                "# عنوان واحد\n", "## عنوان ##\n", "####### سبعة\n", "##لا مسافة\n", "##  عنوان بمسافتين  \n\nنص",
                "نص\n# عنوان ملتصق", "نص\n> اقتباس ملتصق", "> اقتباس\nسطر كسول", ">بلا مسافة", ">  مسافتان",
                "نص\n===", "نص\n---", "- بند\n- بند", "1. بند", "2019 سنة", "+ بند", "    مزاح", "\tجدولة",
                "سطر بمسافتين  \nثم سطر", "سطر\\\nشرطة مائلة", "*مائل* و**غامق**", "_مائل_", "`رمز`", "[رابط](http://x.y)",
                "![صورة](x.png)", "<b>وسم</b>", "&amp; كيان", "نص\r\nويندوز", "\u00a0مسافة غير منقسمة", "نص\u2003\n\u2003\nنص",
                "\u3000نص", "```\nرمز\n```", "~~~\nرمز\n~~~", "| جدول |", "***", "نص\n\n\n\nنص", "", "\n\n", "# ", "#"));
        try (Stream<Path> files = Files.list(Path.of("content", "articles"))) {
            for (Path file : files.sorted().toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                bodies.add(text.substring(text.indexOf("\n---\n", 4) + 5));
            }
        }
        int plain = 0;
        for (String body : bodies) {
            for (String prefix : List.of("", "a1")) {
                assertThat(markdown.toHtml(body, prefix, 4)).as("«%s»", body).isEqualTo(markdown.flexmarkHtml(body, prefix, 4));
            }
            plain += PlainBlocks.toHtml(body, "", 4) != null ? 1 : 0;
        }
        assertThat(plain).as("bodies on the plain path").isGreaterThan(5);
    }
}
