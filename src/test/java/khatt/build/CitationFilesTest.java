package khatt.build;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.undercouch.citeproc.bibtex.BibTeXConverter;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.ris.RISParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every event page of the real content links its three citation files, which their readers accept, and carries Highwire tags and COinS. */
class CitationFilesTest {

    private static final String BASE = "https://khatt.example.org/";

    @TempDir
    Path out;

    @Test
    void everyEventPageLinksCitationFilesThatReadBackAndTagsItselfForReferenceManagers() throws Exception {
        BuildReport report = new SiteBuilder().build(new BuildOptions(Path.of("content"), out, Path.of("templates"), BASE));
        assertThat(report.failed()).isFalse();
        List<Path> eventDirs;
        try (var dirs = Files.list(out.resolve("events"))) {
            eventDirs = dirs.sorted().toList();
        }
        assertThat(eventDirs).hasSize(3);
        for (Path dir : eventDirs) {
            String id = dir.getFileName().toString();
            String url = BASE + "events/" + id + "/";
            Document page = Jsoup.parse(dir.resolve("index.html").toFile(), "UTF-8", url);
            String title = page.selectFirst("h1").text();
            int articles = page.select("article.source").size();

            assertThat(page.select("a[download]")).extracting(a -> a.attr("href")).containsExactly("cite.ris", "cite.bib", "cite.json");
            assertThat(meta(page, "citation_title")).isEqualTo(title);
            assertThat(meta(page, "citation_date")).isEqualTo(id.substring(0, 10).replace('-', '/'));
            assertThat(meta(page, "citation_public_url")).isEqualTo(url);
            assertThat(meta(page, "citation_language")).isEqualTo("ar");
            assertThat(meta(page, "citation_publisher")).isNotBlank();
            Element coins = page.selectFirst("span.Z3988");
            assertThat(coins.attr("title")).startsWith("ctx_ver=Z39.88-2004&").contains("rft_id=" + url.replace(":", "%3A").replace("/", "%2F"));
            assertThat(page.select("span.Z3988")).hasSize(1 + articles);

            try (Reader ris = Files.newBufferedReader(dir.resolve("cite.ris"), StandardCharsets.UTF_8)) {
                var references = new RISParser().parse(ris).getReferences();
                assertThat(references).hasSize(1 + articles);
                assertThat(references.get(0).getTitle()).isEqualTo(title);
                assertThat(references.get(0).getURL()).isEqualTo(url);
            }
            try (InputStream bib = Files.newInputStream(dir.resolve("cite.bib"))) {
                BibTeXConverter converter = new BibTeXConverter();
                Map<String, CSLItemData> items = converter.toItemData(converter.loadDatabase(bib));
                assertThat(items).hasSize(1 + articles);
                assertThat(items.get(id).getTitle()).isEqualTo(title);
            }
            List<Map<String, Object>> csl = new ObjectMapper().readValue(dir.resolve("cite.json").toFile(), new TypeReference<>() {});
            assertThat(csl).hasSize(1 + articles);
            assertThat(CSLItemData.fromJson(csl.get(0)).getURL()).isEqualTo(url);
        }
    }

    private static String meta(Document page, String name) throws IOException {
        Element meta = page.selectFirst("head meta[name=" + name + "]");
        assertThat(meta).as(name).isNotNull();
        return meta.attr("content");
    }
}
