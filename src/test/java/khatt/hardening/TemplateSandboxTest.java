package khatt.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A template override cannot run commands or reach Java objects' API. */
class TemplateSandboxTest {

    @TempDir
    Path dir;

    private SiteFixture siteWith404(String body) throws IOException {
        SiteFixture site = new SiteFixture(dir);
        Files.createDirectories(site.templates);
        Files.writeString(site.templates.resolve("404.ftlh"), "<#import \"layout.ftlh\" as layout>\n"
                + "<@layout.page meta=meta>\n" + body + "\n</@layout.page>\n");
        return site;
    }

    @Test
    void newCannotInstantiateExecute() throws IOException {
        Path marker = dir.resolve("ran");
        SiteFixture good = new SiteFixture(dir);
        Map<String, byte[]> previous = good.buildGood();
        SiteFixture site = siteWith404("<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"touch " + marker + "\")}");

        SiteFixture.Run run = site.build();

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains(site.templates.resolve("404.ftlh") + ":3:")
                .contains("error: while rendering the 404 page: Instantiating freemarker.template.utility.Execute is not allowed in the template for security reasons.");
        assertThat(run.err()).doesNotContain("internal error");
        assertThat(marker).doesNotExist();
        assertThat(SiteFixture.snapshot(site.out)).containsExactlyInAnyOrderEntriesOf(previous);
    }

    @Test
    void apiIsDisabled() throws IOException {
        SiteFixture site = siteWith404("${meta?api.getClass().getName()}");
        SiteFixture.Run run = site.build();
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains(site.templates.resolve("404.ftlh") + ":3:").contains("?api").doesNotContain("internal error");
    }
}
