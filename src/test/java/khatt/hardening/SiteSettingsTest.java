package khatt.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import khatt.content.SiteConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** base_url (in site.yaml or --base-url) and language are validated before they reach any page. */
class SiteSettingsTest {

    @TempDir
    Path dir;

    @Test
    void aScriptBaseUrlOrAMarkupLanguageInSiteYamlIsAnErrorAtItsLine() throws IOException {
        SiteFixture site = new SiteFixture(dir);
        Map<String, byte[]> previous = site.buildGood();
        Path config = site.write("site.yaml", "title: \"خط\"\nbase_url: \"javascript:alert(1)//\"\nlanguage: 'ar\"><script>'\n");
        site.rejects(previous,
                config + ":2:11: error: base_url 'javascript:alert(1)//' must start with https:// or http://",
                config + ":3:11: error: language 'ar\"><script>' is not a language tag");
    }

    @Test
    void aBadBaseUrlOnTheCommandLineIsAnError() throws IOException {
        SiteFixture site = new SiteFixture(dir);
        Map<String, byte[]> previous = site.buildGood();
        SiteFixture.Run run = site.build("--base-url", "data:text/html,<script>alert(1)</script>");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().lines()).contains("--base-url: error: base_url 'data:text/html,<script>alert(1)</script>' is not a web address");
        assertThat(SiteFixture.snapshot(site.out)).containsExactlyInAnyOrderEntriesOf(previous);
    }

    @ParameterizedTest
    @ValueSource(strings = {"JavaScript:alert(1)", "//evil.example/", "https:///path", "https://example.org/?q=1",
            "https://example.org/#top", "vbscript:x", "ftp://example.org/", "timeline/", "https://exa mple.org/"})
    void refusedBaseUrls(String url) {
        assertThat(SiteConfig.baseUrlProblem(url)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/timeline/", "https://example.org", "HTTPS://Example.org/x/", "http://localhost:8080/"})
    void acceptedBaseUrls(String url) {
        assertThat(SiteConfig.baseUrlProblem(url)).isNull();
    }

    @Test
    void languageTags() {
        assertThat(SiteConfig.languageProblem("ar")).isNull();
        assertThat(SiteConfig.languageProblem("ar-EG")).isNull();
        assertThat(SiteConfig.languageProblem("ar-Arab-SY")).isNull();
        assertThat(SiteConfig.languageProblem("a")).isNotNull();
        assertThat(SiteConfig.languageProblem("ar EG")).isNotNull();
        assertThat(SiteConfig.languageProblem("ar_EG")).isNotNull();
    }
}
