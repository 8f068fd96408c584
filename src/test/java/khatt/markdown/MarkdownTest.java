package khatt.markdown;

import static org.assertj.core.api.Assertions.assertThat;

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
}
