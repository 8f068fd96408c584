package khatt.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SiteConfigTest {

    @Test
    void theBaseAddressIsAnHttpAddressWithAHostOrAPathFromTheRoot() {
        assertThat(SiteConfig.baseUrlProblem("https://example.org/timeline/")).isNull();
        assertThat(SiteConfig.baseUrlProblem("HTTP://example.org")).isNull();
        assertThat(SiteConfig.baseUrlProblem("/")).isNull();
        assertThat(SiteConfig.baseUrlProblem("/timeline/")).isNull();
        assertThat(SiteConfig.baseUrlProblem("https://exa mple.org/")).isEqualTo("base_url 'https://exa mple.org/' is not a web address");
        assertThat(SiteConfig.baseUrlProblem("https://example.org/?a=1"))
                .isEqualTo("base_url 'https://example.org/?a=1' must not have a query or fragment");
        assertThat(SiteConfig.baseUrlProblem("https://example.org/#top"))
                .isEqualTo("base_url 'https://example.org/#top' must not have a query or fragment");
        assertThat(SiteConfig.baseUrlProblem("//example.org/"))
                .isEqualTo("base_url '//example.org/' must start with https:// or http:// (or be a path from the root, like /)");
        assertThat(SiteConfig.baseUrlProblem("timeline/"))
                .isEqualTo("base_url 'timeline/' must start with https:// or http:// (or be a path from the root, like /)");
        assertThat(SiteConfig.baseUrlProblem("javascript:alert(1)")).isEqualTo("base_url 'javascript:alert(1)' must start with https:// or http://");
        assertThat(SiteConfig.baseUrlProblem("https:///timeline/")).isEqualTo("base_url 'https:///timeline/' has no host name");
    }

    @Test
    void theLanguageIsALanguageTag() {
        assertThat(SiteConfig.languageProblem("ar")).isNull();
        assertThat(SiteConfig.languageProblem("ar-Arab-EG")).isNull();
        assertThat(SiteConfig.languageProblem("a")).isEqualTo("language 'a' is not a language tag");
        assertThat(SiteConfig.languageProblem("ar_EG")).isEqualTo("language 'ar_EG' is not a language tag");
    }

    @Test
    void theBaseAddressEndsWithASlash() {
        assertThat(SiteConfig.DEFAULT.withBaseUrl("https://example.org/timeline").baseUrl()).isEqualTo("https://example.org/timeline/");
        assertThat(SiteConfig.DEFAULT.withBaseUrl("https://example.org/").baseUrl()).isEqualTo("https://example.org/");
        assertThat(SiteConfig.DEFAULT.withBaseUrl("/x").title()).isEqualTo(SiteConfig.DEFAULT.title());
    }
}
