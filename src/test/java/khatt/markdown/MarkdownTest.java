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
