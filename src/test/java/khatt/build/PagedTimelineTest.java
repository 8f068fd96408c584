package khatt.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated 1,000-article site: the timeline is split into year pages (and month pages for a long
 * year), every event is on exactly one of them, and every link between them leads to a page and anchor
 * that exist.
 */
class PagedTimelineTest {

    @TempDir
    static Path dir;
    static Path site;

    @BeforeAll
    static void build() throws IOException {
        Path content = GeneratedCorpus.write(dir.resolve("content"), 1000);
        site = dir.resolve("site");
        BuildReport report = new SiteBuilder().build(new BuildOptions(content, site, Path.of("templates"), null));
        assertThat(report.failed()).as(report.diagnostics().toString()).isFalse();
    }

    @Test
    void everyEventIsOnExactlyOnePageOfTheTimelineAndOfEachOfItsTopics() throws IOException {
        List<String> events = eventIds();
        assertThat(events).hasSizeGreaterThan(400);
        assertThat(cardsOn(leafPages(site.resolve("years")))).containsExactlyInAnyOrderElementsOf(events);
        Path syria = site.resolve("topics/syria");
        List<String> syriaEvents = cardsOn(leafPages(syria));
        assertThat(syriaEvents).isNotEmpty().doesNotHaveDuplicates();
        assertThat(cardsOn(List.of(syria.resolve("index.html")))).hasSizeLessThan(syriaEvents.size());
    }

    @Test
    void aYearWithMoreThanAPageOfEventsIsSplitByMonthAndItsPageListsTheMonths() throws IOException {
        Document year = parse(site.resolve("years/2020/index.html"));
        assertThat(year.select("li.event")).isEmpty();
        assertThat(year.select(".month-index a")).hasSize(12);
        Element mayEntry = year.getElementById("m-2020-05"); // the month's anchor from before the split
        assertThat(mayEntry).isNotNull();
        assertThat(mayEntry.select("a").attr("href")).isEqualTo("../../years/2020/05/");
        Document may = parse(site.resolve("years/2020/05/index.html"));
        assertThat(may.select("section.month")).singleElement().satisfies(m -> assertThat(m.id()).isEqualTo("m-2020-05"));
        assertThat(may.select("a[rel=prev]").attr("href")).isEqualTo("../../../years/2020/04/");
        assertThat(may.select("a[rel=next]").attr("href")).isEqualTo("../../../years/2020/06/");
        Document y2019 = parse(site.resolve("years/2019/index.html"));
        assertThat(y2019.select("a[rel=next]").attr("href")).isEqualTo("../../years/2020/01/");
        assertThat(y2019.select(".year-nav a[aria-current=page]").text()).isEqualTo("٢٠١٩");
    }

    @Test
    void theFirstPageShowsTheLatestEventsAndEveryLinkOfTheChartAndYearListArrives() throws IOException {
        Document index = parse(site.resolve("index.html"));
        assertThat(index.select("li.event")).hasSize(60);
        assertThat(index.select(".latest-line a").attr("href")).startsWith("years/2020/");
        List<Element> links = new ArrayList<>(index.select("svg.chart a"));
        links.addAll(index.select(".year-nav a"));
        assertThat(links).hasSizeGreaterThan(60);
        for (Element link : links) {
            String href = link.attr("href");
            String[] parts = href.split("#", 2);
            Path page = site.resolve(parts[0]).resolve("index.html");
            assertThat(page).as(href).exists();
            if (parts.length == 2) {
                assertThat(parse(page).getElementById(parts[1])).as(href).isNotNull();
            }
        }
    }

    @Test
    void sitemapListsEveryYearAndMonthPage() throws IOException {
        String sitemap = Files.readString(site.resolve("sitemap.xml"));
        for (Path page : leafPages(site.resolve("years"))) {
            String path = site.relativize(page.getParent()).toString().replace('\\', '/');
            assertThat(sitemap).contains("/" + path + "/</loc>");
        }
        assertThat(sitemap).contains("/years/2020/</loc>", "/topics/syria/2020/</loc>");
    }

    private static List<String> eventIds() throws IOException {
        try (Stream<Path> dirs = Files.list(site.resolve("events"))) {
            return dirs.map(d -> d.getFileName().toString()).toList();
        }
    }

    /** The pages under a paged timeline's folder that show events. */
    private static List<Path> leafPages(Path base) throws IOException {
        Pattern yearOrMonth = Pattern.compile("\\d{4}(/\\d{2})?/index\\.html");
        try (Stream<Path> walk = Files.walk(base)) {
            return walk.filter(p -> yearOrMonth.matcher(base.relativize(p).toString().replace('\\', '/')).matches()).sorted().toList();
        }
    }

    private static List<String> cardsOn(List<Path> pages) throws IOException {
        List<String> ids = new ArrayList<>();
        for (Path page : pages) {
            parse(page).select("li.event").forEach(li -> ids.add(li.id()));
        }
        return ids;
    }

    private static Document parse(Path page) throws IOException {
        return Jsoup.parse(page.toFile(), "UTF-8");
    }
}
