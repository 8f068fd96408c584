package khatt.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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
}
