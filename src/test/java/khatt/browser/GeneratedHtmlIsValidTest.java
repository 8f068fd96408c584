package khatt.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The Nu HTML Checker, in-process, reports no error on any generated page of the seed site. */
class GeneratedHtmlIsValidTest {

    @Test
    void everyGeneratedPageIsValidHtml() throws Exception {
        ServedSite site = ServedSite.seed();
        List<String> pages = site.htmlPages();
        assertThat(pages).hasSizeGreaterThan(5);
        assertThat(PageChecks.htmlErrors(site.dir, pages)).isEmpty();
    }
}
