package khatt.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pages that used to become broken articles: script links, undeclared Arabic charsets, cut-off files. */
class HostilePagesTest {

    @TempDir
    Path dir;

    private static final String BODY = "<h1>لقاء في الدوحة</h1><p>التقى الوزيران في الدوحة اليوم الثلاثاء 9 مارس 2021 وبحثا الوضع في سوريا.</p>";

    private JsonNode importOne(String name, byte[] bytes, String... options) throws Exception {
        Path content = Cli.content(dir);
        Path in = Files.write(dir.resolve(name), bytes);
        String[] args = new String[options.length + 5];
        args[0] = "import";
        args[1] = "--json";
        args[2] = "--content";
        args[3] = content.toString();
        System.arraycopy(options, 0, args, 4, options.length);
        args[args.length - 1] = in.toString();
        Cli run = Cli.run(args);
        assertThat(run.exit()).as(run.err()).isZero();
        return run.json().get(0);
    }

    @Test
    void aScriptCanonicalLinkIsNotTheSource() throws Exception {
        String page = "<html><head><link rel=canonical href=\"JavaScript:alert(1)\"><meta property=og:url content=\"https://x.org/a\">"
                + "</head><body>" + BODY + "</body></html>";
        JsonNode article = importOne("page.html", page.getBytes(StandardCharsets.UTF_8));
        assertThat(article.get("source_url").isNull()).isTrue();
        Path written = dir.resolve("content").resolve(article.get("path").asText());
        assertThat(Files.readString(written)).doesNotContain("javascript", "JavaScript");
    }

    @Test
    void aScriptUrlOnTheCommandLineIsLeftOutWithAWarning() throws Exception {
        JsonNode article = importOne("page.html", ("<html><body>" + BODY + "</body></html>").getBytes(StandardCharsets.UTF_8),
                "--url", "javascript:alert(1)");
        assertThat(article.get("source_url").isNull()).isTrue();
        assertThat(article.get("warnings").toString()).contains("--url 'javascript:alert(1)' is not an http(s) address: left out");
    }

    @Test
    void anUppercaseSchemeIsKeptInLowerCase() {
        assertThat(PageReader.webAddress("HTTPS://x.org/A")).isEqualTo("https://x.org/A");
        assertThat(PageReader.webAddress("https:///x")).isNull();
        assertThat(PageReader.webAddress("data:text/html,x")).isNull();
    }

    @Test
    void aWindows1256PageWithoutCharsetIsRead() throws Exception {
        byte[] bytes = ("<html><body>" + BODY + "</body></html>").getBytes(Charset.forName("windows-1256"));
        JsonNode article = importOne("old.html", bytes);
        assertThat(article.get("title").asText()).isEqualTo("لقاء في الدوحة");
        assertThat(article.get("place").asText()).isEqualTo("الدوحة");
    }

    @Test
    void aFileCutInTheMiddleOfACharacterGetsAWarningAndLowConfidence() throws Exception {
        ByteArrayOutputStream cut = new ByteArrayOutputStream();
        cut.writeBytes(("<html><body>" + BODY + "<p>وقال الوزير").getBytes(StandardCharsets.UTF_8));
        cut.writeBytes(new byte[] {(byte) 0xD8});
        JsonNode article = importOne("cut.html", cut.toByteArray());
        assertThat(article.get("warnings").toString()).contains(Extractor.CUT_OFF);
        assertThat(article.get("confidence").asDouble()).isLessThanOrEqualTo(0.5);
        assertThat(article.get("title").asText()).isEqualTo("لقاء في الدوحة");

        byte[] whole = ("<html><body>" + BODY + "</body></html>").getBytes(StandardCharsets.UTF_8);
        assertThat(PageReader.cutOffCharacter(whole)).isEqualTo(-1);
        assertThat(PageReader.cutOffCharacter(cut.toByteArray())).isEqualTo(cut.size() - 1);
    }
}
