package khatt.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import khatt.markdown.Markdown;
import khatt.markdown.MarkdownLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Markdown that would overflow the stack or take minutes is refused at its line, by check and build alike. */
class HostileMarkdownTest {

    private static final String HEAD = "---\ntitle: \"خبر\"\ndate: 2019-05-14\n---\n";

    @TempDir
    Path dir;

    @Test
    void aThousandBlockQuotesAreRefusedAtTheirLine() throws IOException {
        SiteFixture site = new SiteFixture(dir);
        Map<String, byte[]> previous = site.buildGood();
        Path file = site.write("articles/deep.md", HEAD + "نص.\n\n" + ">".repeat(1000) + " عميق\n");
        site.rejects(previous, file + ":7:1: error: block quotes or lists nested more than 32 deep");
    }

    @Test
    void listsNestedByMarkersOrByIndentationAreRefused() throws IOException {
        SiteFixture site = new SiteFixture(dir);
        Map<String, byte[]> previous = site.buildGood();
        Path sameLine = site.write("articles/list.md", HEAD + "- ".repeat(1000) + "x\n");
        StringBuilder indented = new StringBuilder(HEAD);
        for (int depth = 0; depth < 100; depth++) {
            indented.append("  ".repeat(depth)).append("- عنصر\n");
        }
        Path stairs = site.write("articles/stairs.md", indented.toString());
        site.rejects(previous, sameLine + ":5:1: error: block quotes or lists nested more than 32 deep",
                stairs + ":37:1: error: block quotes or lists nested more than 32 deep");
    }

    @Test
    void anOverlongParagraphOrBodyIsRefused() throws IOException {
        SiteFixture site = new SiteFixture(dir);
        Map<String, byte[]> previous = site.buildGood();
        Path links = site.write("articles/links.md", HEAD + "مقدمة.\n\n" + "[a](".repeat(20_000) + "\n");
        Path many = site.write("articles/many.md", HEAD + "[a](".repeat(501) + "\n");
        Path huge = site.write("articles/huge.md", HEAD + ("سطر قصير.\n\n").repeat(10_000));
        site.rejects(previous, links + ":7:1: error: paragraph longer than 20,000 characters",
                many + ":5:1: error: more than 500 links in one paragraph",
                huge + ":5:1: error: the text is 110,000 characters long; the limit is 100,000");
    }

    @Test
    void anEventSummaryIsBoundedToo() throws IOException {
        SiteFixture site = new SiteFixture(dir);
        Map<String, byte[]> previous = site.buildGood();
        Path event = site.write("events/2019-05-14-x.yaml", "title: \"حدث\"\nsummary: \"" + ">".repeat(100) + " x\"\n");
        site.rejects(previous, event + ":2:10: error: summary: block quotes or lists nested more than 32 deep");
    }

    @Test
    void realisticNestingAndIndentedCodePass() {
        assertThat(MarkdownLimits.check("> اقتباس\n>\n> - عنصر\n>   - فرعي\n\n        شيفرة مزاحة كثيرا\n")).isNull();
        assertThat(MarkdownLimits.check("- ".repeat(MarkdownLimits.MAX_NESTING) + "x")).isNull();
        assertThat(MarkdownLimits.check("- ".repeat(MarkdownLimits.MAX_NESTING + 1) + "x")).isNotNull();
    }

    /**
     * The worst inputs within the bounds render, without a stack overflow. How long they take is
     * measured by {@code MarkdownWorstCaseBench}, not asserted here.
     */
    @Test
    void theWorstInputsWithinTheBoundsRender() {
        Markdown markdown = new Markdown();
        String deepest = ">".repeat(MarkdownLimits.MAX_NESTING) + " x\n\n" + "- ".repeat(MarkdownLimits.MAX_NESTING) + "x\n";
        assertThat(MarkdownLimits.check(deepest)).isNull();
        assertThat(markdown.toHtml(deepest, "a", 2)).contains("x");
        StringBuilder ticks = new StringBuilder();
        for (int run = 1; ticks.length() < MarkdownLimits.MAX_PARAGRAPH - 200; run++) {
            ticks.append("`".repeat(run)).append(' ');
        }
        assertThat(MarkdownLimits.check(ticks.toString())).isNull();
        assertThat(markdown.toHtml(ticks.toString(), "a", 2)).startsWith("<p id=\"a-p1\">");
    }
}
