package khatt.fuzz;

import static khatt.fuzz.FuzzChecks.inTime;
import static khatt.fuzz.FuzzChecks.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import khatt.importer.Block;
import khatt.importer.CleanText;
import khatt.importer.ClutterRemover;
import khatt.importer.PageReader;
import khatt.importer.RawPage;
import khatt.markdown.Markdown;

/**
 * Whatever a saved page holds, the importer's page reader and clutter remover answer in time with
 * stripped lines, a web address or none, and a body of one-line blocks that renders to safe HTML.
 */
class ImporterFuzzTest {

    private static final Path FOLDER = FuzzChecks.scratchFolder("importer");
    private static final Markdown MARKDOWN = new Markdown();

    @FuzzTest(maxDuration = FuzzChecks.ROUND)
    void htmlPage(byte[] bytes) throws Exception {
        Path file = FOLDER.resolve("page.html");
        Files.write(file, bytes);
        cleansUp(inTime("reading", () -> PageReader.read(file)));
    }

    @FuzzTest(maxDuration = FuzzChecks.ROUND)
    void textPage(byte[] bytes) throws Exception {
        Path file = FOLDER.resolve("page.txt");
        Files.write(file, bytes);
        RawPage page = inTime("reading", () -> readText(file));
        if (page != null) {
            cleansUp(page);
        }
    }

    /** The clutter remover alone, on lines as a copied page gives them. */
    @FuzzTest(maxDuration = FuzzChecks.ROUND)
    void clutter(byte[] bytes) throws Exception {
        String text = utf8(bytes);
        cleansUp(RawPage.ofText("page.txt", text));
    }

    /** The page, or null when it is neither UTF-8 nor Windows-1256: the one failure the importer reports as such. */
    private static RawPage readText(Path file) {
        try {
            return PageReader.read(file);
        } catch (IOException notText) {
            assertThat(notText).hasMessage("neither UTF-8 nor Windows-1256 text");
            return null;
        }
    }

    private static void cleansUp(RawPage page) throws Exception {
        for (String line : page.lines()) {
            assertThat(line).doesNotContain("\n", "\r");
        }
        String url = page.meta().url();
        if (url != null) {
            assertThat(FuzzChecks.schemeOf(url)).as(url).isIn("http", "https");
        }
        CleanText clean = inTime("cleaning", () -> ClutterRemover.clean(page.lines(), page.meta().title()));
        if (clean.title() != null) {
            assertThat(clean.title()).isNotBlank().doesNotContain("\n");
        }
        for (Block block : clean.blocks()) {
            assertThat(block.text()).isNotBlank().doesNotContain("\n");
        }
        String body = clean.markdown();
        if (khatt.markdown.MarkdownLimits.check(body) != null) {
            return; // a body the loader would refuse at its line
        }
        FuzzChecks.isSafeMarkdownHtml(inTime("rendering", () -> MARKDOWN.toHtml(body, "a", 2)), body);
    }
}
