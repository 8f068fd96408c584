package khatt.render.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.undercouch.citeproc.bibtex.BibTeXConverter;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLType;
import de.undercouch.citeproc.ris.RISParser;
import de.undercouch.citeproc.ris.RISReference;
import de.undercouch.citeproc.ris.RISType;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import khatt.content.ArticleSource;
import khatt.model.Event;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.Key;
import org.junit.jupiter.api.Test;

/** The citation files read back by real readers of each format: jbibtex, citeproc-java's RIS parser and CSL model. */
class CitationsTest {

    private static final String URL = "https://khatt.example.org/events/2019-05-14-sochi/";

    private final Event event = new Event("2019-05-14-sochi", LocalDate.of(2019, 5, 14), "لافروف وبومبيو في سوتشي", "سوتشي",
            "meeting", null, List.of(new ArticleSource("sochi-rt", Path.of("a.md"), "مذكرة {100%} حول التدخل", null, null, null,
                    null, "RT", "2019-05-14T18:00:00+03:00", "https://arabic.rt.com/x", List.of(), List.of(), 1, "", 0, 0, 0)),
            List.of(), List.of("RT"), List.of());

    @Test
    void risIsReadByARisParserAsAWebPageAndANewsArticle() throws Exception {
        String ris = Citations.ris(event, URL, "خط");
        assertThat(ris).startsWith("TY  - ELEC\r\n");
        List<RISReference> references = new RISParser().parse(new StringReader(ris)).getReferences();
        assertThat(references).hasSize(2);
        RISReference page = references.get(0);
        assertThat(page.getType()).isEqualTo(RISType.ELEC);
        assertThat(page.getTitle()).isEqualTo("لافروف وبومبيو في سوتشي");
        assertThat(page.getAuthors()).containsExactly("خط");
        assertThat(page.getDate()).isEqualTo("2019/05/14");
        assertThat(page.getURL()).isEqualTo(URL);
        assertThat(page.getLanguage()).isEqualTo("ar");
        RISReference article = references.get(1);
        assertThat(article.getType()).isEqualTo(RISType.NEWS);
        assertThat(article.getTitle()).isEqualTo("مذكرة {100%} حول التدخل");
        assertThat(article.getSecondaryTitle()).isEqualTo("RT");
        assertThat(article.getURL()).isEqualTo("https://arabic.rt.com/x");
    }

    @Test
    void bibtexIsReadByJbibtexWithTexSpecialsEscaped() throws Exception {
        String bib = Citations.bibtex(event, URL, "خط");
        BibTeXConverter converter = new BibTeXConverter();
        BibTeXDatabase database = converter.loadDatabase(new ByteArrayInputStream(bib.getBytes(StandardCharsets.UTF_8)));
        Map<Key, BibTeXEntry> entries = database.getEntries();
        assertThat(entries.keySet()).extracting(Key::getValue).containsExactly("2019-05-14-sochi", "sochi-rt");
        BibTeXEntry page = entries.get(new Key("2019-05-14-sochi"));
        assertThat(page.getType().getValue()).isEqualTo("online");
        assertThat(page.getField(new Key("title")).toUserString()).isEqualTo("لافروف وبومبيو في سوتشي");
        assertThat(page.getField(new Key("url")).toUserString()).isEqualTo(URL);
        BibTeXEntry article = entries.get(new Key("sochi-rt"));
        assertThat(article.getField(new Key("title")).toUserString()).isEqualTo("مذكرة \\{100\\%\\} حول التدخل");
        assertThat(article.getField(new Key("journaltitle")).toUserString()).isEqualTo("RT");
        assertThat(article.getField(new Key("date")).toUserString()).isEqualTo("2019-05-14");
        CSLItemData asCsl = converter.toItemData(page);
        assertThat(asCsl.getTitle()).isEqualTo("لافروف وبومبيو في سوتشي");
        assertThat(asCsl.getURL()).isEqualTo(URL);
    }

    /** The item types of the CSL-JSON schema (csl-data.json), which every item must name with its id. */
    @Test
    void cslJsonItemsHaveTheSchemasRequiredFieldsAndReadAsCslItems() throws Exception {
        String json = Citations.csl(event, URL, "خط");
        List<Map<String, Object>> items = new ObjectMapper().readValue(json, new TypeReference<>() {});
        assertThat(items).hasSize(2).allSatisfy(item -> {
            assertThat(item).containsKeys("id", "type");
            assertThat(CSLType.fromString((String) item.get("type"))).isNotNull();
            JsonNode issued = new ObjectMapper().valueToTree(item.get("issued"));
            assertThat(issued.get("date-parts").get(0)).allSatisfy(part -> assertThat(part.isInt()).isTrue());
        });
        CSLItemData page = CSLItemData.fromJson(items.get(0));
        assertThat(page.getType()).isEqualTo(CSLType.WEBPAGE);
        assertThat(page.getTitle()).isEqualTo("لافروف وبومبيو في سوتشي");
        assertThat(page.getIssued().getDateParts()).isEqualTo(new int[][] {{2019, 5, 14}});
        assertThat(page.getAuthor()[0].getLiteral()).isEqualTo("خط");
        CSLItemData article = CSLItemData.fromJson(items.get(1));
        assertThat(article.getType()).isEqualTo(CSLType.ARTICLE_NEWSPAPER);
        assertThat(article.getContainerTitle()).isEqualTo("RT");
        assertThat(article.getURL()).isEqualTo("https://arabic.rt.com/x");
    }

    @Test
    void coinsAreOpenUrlKeyValuesInUtf8() {
        Map<String, String> page = kev(Citations.pageCoins(event, URL, "خط", "ar"));
        assertThat(page).containsEntry("ctx_ver", "Z39.88-2004").containsEntry("rft_val_fmt", "info:ofi/fmt:kev:mtx:dc")
                .containsEntry("rft.title", "لافروف وبومبيو في سوتشي").containsEntry("rft.date", "2019-05-14")
                .containsEntry("rft.publisher", "خط").containsEntry("rft_id", URL);
        Map<String, String> article = kev(Citations.articleCoins(event.articles().get(0), event));
        assertThat(article).containsEntry("rft.genre", "article").containsEntry("rft.atitle", "مذكرة {100%} حول التدخل")
                .containsEntry("rft.jtitle", "RT").containsEntry("rft.date", "2019-05-14");
    }

    private static Map<String, String> kev(String coins) {
        assertThat(coins).doesNotContain(" ", "+");
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : coins.split("&")) {
            String[] kv = pair.split("=", 2);
            values.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        return values;
    }

    @Test
    void downloadsLinkTheFilesBesideThePageUnderTheEventsId() {
        assertThat(Citations.downloads(event)).extracting(Citations.Download::href).containsExactly("cite.ris", "cite.bib", "cite.json");
        assertThat(Citations.downloads(event)).extracting(Citations.Download::fileName)
                .containsExactly("2019-05-14-sochi.ris", "2019-05-14-sochi.bib", "2019-05-14-sochi.json");
    }

    @Test
    void timelineJsHasATitleAndOneEscapedSlidePerEvent() throws Exception {
        byte[] json = TimelineJsExport.json("خط <زمني>", "وصف", List.of(TimelineJsExport.piece(new TimelineJsExport.Item("e1",
                LocalDate.of(2020, 7, 13), "اتصال", "ملخص & تفاصيل", URL, "ليبيا", "مقال واحد"))));
        JsonNode root = new ObjectMapper().readTree(json);
        assertThat(root.get("title").get("text").get("headline").asText()).isEqualTo("خط &lt;زمني&gt;");
        JsonNode slide = root.get("events").get(0);
        assertThat(slide.get("start_date").toString()).isEqualTo("{\"year\":\"2020\",\"month\":\"7\",\"day\":\"13\"}");
        assertThat(slide.get("text").get("text").asText()).contains("ملخص &amp; تفاصيل", "href=\"" + URL + "\"");
        assertThat(slide.get("group").asText()).isEqualTo("ليبيا");
        assertThat(slide.get("unique_id").asText()).isEqualTo("e1");
    }

    @Test
    void aBraceInAUrlCannotCloseTheBibtexField() {
        assertThat(Citations.bibUrl("https://x.org/a},title={evil\\")).isEqualTo("https://x.org/a%7D,title=%7Bevil%5C");
    }
}
