package khatt.render.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import khatt.content.ArticleSource;
import khatt.model.Event;
import org.junit.jupiter.api.Test;

class CitationsTest {

    private static final String URL = "https://khatt.example.org/events/2019-05-14-sochi/";

    private final Event event = new Event("2019-05-14-sochi", LocalDate.of(2019, 5, 14), "لافروف وبومبيو في سوتشي", "سوتشي",
            "meeting", null, List.of(new ArticleSource("sochi-rt", Path.of("a.md"), "مذكرة {100%} حول التدخل", null, null, null,
                    null, "RT", "2019-05-14T18:00:00+03:00", "https://arabic.rt.com/x", List.of(), List.of(), 1, "", 0, 0, 0)),
            List.of(), List.of("RT"), List.of());

    @Test
    void risHasOneRecordForThePageAndOneForEachArticle() {
        String ris = Citations.ris(event, URL, "خط");
        assertThat(ris).startsWith("TY  - ELEC\r\n").contains("TI  - لافروف وبومبيو في سوتشي\r\n", "UR  - " + URL + "\r\n",
                "DA  - 2019/05/14\r\n", "TY  - NEWS\r\n", "T2  - RT\r\n", "UR  - https://arabic.rt.com/x\r\n");
        assertThat(ris.split("ER  - ", -1)).hasSize(3);
    }

    @Test
    void bibtexEscapesTexSpecials() {
        String bib = Citations.bibtex(event, URL, "خط");
        assertThat(bib).contains("@online{2019-05-14-sochi,", "date = {2019-05-14}", "@article{sochi-rt,",
                "title = {مذكرة \\{100\\%\\} حول التدخل}", "journaltitle = {RT}");
    }

    @Test
    void cslJsonIsAListOfAWebpageAndNewspaperArticles() throws Exception {
        JsonNode csl = new ObjectMapper().readTree(Citations.csl(event, URL, "خط"));
        assertThat(csl.get(0).get("type").asText()).isEqualTo("webpage");
        assertThat(csl.get(0).get("issued").get("date-parts").get(0).toString()).isEqualTo("[2019,5,14]");
        assertThat(csl.get(1).get("type").asText()).isEqualTo("article-newspaper");
        assertThat(csl.get(1).get("container-title").asText()).isEqualTo("RT");
    }

    @Test
    void downloadsAreDataLinksWithFileNames() {
        List<Citations.Download> downloads = Citations.downloads(event, URL, "خط");
        assertThat(downloads).extracting(Citations.Download::fileName)
                .containsExactly("2019-05-14-sochi.ris", "2019-05-14-sochi.bib", "2019-05-14-sochi.json");
        String href = downloads.get(0).href();
        assertThat(href).startsWith("data:application/x-research-info-systems;charset=utf-8;base64,");
        assertThat(new String(Base64.getDecoder().decode(href.substring(href.indexOf(',') + 1)), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(Citations.ris(event, URL, "خط"));
    }

    @Test
    void timelineJsHasATitleAndOneEscapedSlidePerEvent() throws Exception {
        String json = TimelineJsExport.json("خط <زمني>", "وصف", List.of(new TimelineJsExport.Item("e1", LocalDate.of(2020, 7, 13),
                "اتصال", "ملخص & تفاصيل", URL, "ليبيا", "مقال واحد")));
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
