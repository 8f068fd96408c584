package khatt.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Direction controls, YAML aliases and bytes that are not UTF-8. */
class HostileTextTest {

    @TempDir
    Path dir;

    @Test
    void directionControlsAreRemovedWithAWarningAndReachNoOutput() throws IOException {
        SiteFixture site = new SiteFixture(dir);
        Path file = site.write("articles/bidi.md", "---\ntitle: \"لقاء \u202E2019-05-14\"\ndate: 2019-05-14\n"
                + "outlet: \"\u2067وكالة\"\n---\nنص \u202Bمضمن\u202C و\u2066معزول.\n");
        site.write("site.yaml", "title: \"خط \u202Dزمني\"\n");

        SiteFixture.Run run = site.build();

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err().lines()).contains(
                file + ":2:1: warning: direction control U+202E removed (it would reverse the text around it on the site)",
                site.content.resolve("site.yaml") + ":1:1: warning: direction control U+202D removed (it would reverse the text around it on the site)");
        for (Map.Entry<String, byte[]> page : SiteFixture.snapshot(site.out).entrySet()) {
            String text = new String(page.getValue(), StandardCharsets.UTF_8);
            assertThat(text).as(page.getKey()).doesNotContain("\u202A", "\u202B", "\u202C", "\u202D", "\u202E",
                    "\u2066", "\u2067", "\u2068", "\u2069");
        }
        assertThat(SiteFixture.snapshot(site.out).keySet()).anyMatch(name -> name.endsWith(".html"));
    }

    @Test
    void aYamlAliasAsAValueIsAnErrorAtItsLine() throws IOException {
        SiteFixture site = new SiteFixture(dir);
        Map<String, byte[]> previous = site.buildGood();
        Path file = site.write("articles/alias.md", "---\nplace: &p \"سوتشي\"\ntitle: *p\ndate: 2019-05-14\n---\nنص.\n");
        site.rejects(previous, file + ":3:8: error: YAML alias '*p' is not supported");
    }

    @Test
    void aByteThatIsNotUtf8IsReportedWithItsLine() throws IOException {
        SiteFixture site = new SiteFixture(dir);
        Map<String, byte[]> previous = site.buildGood();
        ByteArrayOutputStream latin = new ByteArrayOutputStream();
        latin.writeBytes("---\ntitle: \"خبر\"\ndate: 2019-05-14\n---\nنص\n".getBytes(StandardCharsets.UTF_8));
        latin.writeBytes(new byte[] {'c', 'a', 'f', (byte) 0xE9, '\n'});
        Path file = site.write("articles/latin.md", latin.toByteArray());
        ByteArrayOutputStream cut = new ByteArrayOutputStream();
        cut.writeBytes("title: \"حدث".getBytes(StandardCharsets.UTF_8));
        cut.writeBytes(new byte[] {(byte) 0xD8});
        Path event = site.write("events/2019-05-14-cut.yaml", cut.toByteArray());
        site.rejects(previous, file + ":6:1: error: not UTF-8 text: byte 0xE9 at offset 49",
                event + ":1:1: error: not UTF-8 text: byte 0xD8 at offset 14");
    }
}
