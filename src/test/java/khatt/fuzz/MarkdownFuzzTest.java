package khatt.fuzz;

import static khatt.fuzz.FuzzChecks.inTime;
import static khatt.fuzz.FuzzChecks.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import khatt.markdown.Markdown;
import khatt.markdown.MarkdownAccess;
import khatt.markdown.MarkdownLimits;

/**
 * Article bodies within the Markdown bounds render in time to safe HTML, the plain path agrees with
 * flexmark, and the plain text of leads keeps no markup.
 */
class MarkdownFuzzTest {

    private static final Markdown MARKDOWN = new Markdown();

    @FuzzTest(maxDuration = FuzzChecks.ROUND)
    void body(byte[] bytes) throws Exception {
        String text = utf8(bytes);
        if (MarkdownLimits.check(text) != null) {
            return; // the loader refuses it at its line
        }
        String html = inTime("rendering", () -> MARKDOWN.toHtml(text, "a", 2));
        FuzzChecks.isSafeMarkdownHtml(html, text);
        String plain = MarkdownAccess.plainHtml(text, "a", 2);
        if (plain != null) {
            assertThat(plain).as(text).isEqualTo(MarkdownAccess.flexmarkHtml(MARKDOWN, text, "a", 2));
        }
        assertThat(inTime("plain text", () -> MARKDOWN.plainText(text))).as(text).doesNotContain("**", "\n");
    }

    /** An address in every place Markdown takes one: inline link, image, autolink and reference. */
    @FuzzTest(maxDuration = FuzzChecks.ROUND)
    void linkAddress(byte[] bytes) throws Exception {
        String address = utf8(bytes);
        String text = "[a](" + address + ") ![b](" + address + ") <" + address + "> [c][r]\n\n[r]: " + address + "\n";
        if (MarkdownLimits.check(text) != null) {
            return;
        }
        FuzzChecks.isSafeMarkdownHtml(inTime("rendering", () -> MARKDOWN.toHtml(text, "", 2)), text);
    }
}
