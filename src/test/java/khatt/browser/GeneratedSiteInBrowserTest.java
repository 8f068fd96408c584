package khatt.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A generated 1,000-article site, whose timeline and topics are split over year and month pages, under
 * the same checks as the seed site: one page of each kind for the Nu HTML Checker, axe-core at phone
 * and desktop widths, no sideways scrolling, no console error; screenshots under {@code target/screenshots}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeneratedSiteInBrowserTest {

    private ServedSite site;
    private ChromeDriver driver;
    private final Map<String, String> kinds = new LinkedHashMap<>();

    @BeforeAll
    void start() throws IOException {
        site = ServedSite.generated();
        kinds.put("index", "");
        kinds.put("year", "years/2019/");
        kinds.put("split-year", "years/2020/");
        kinds.put("month", "years/2020/05/");
        kinds.put("topics", "topics/");
        kinds.put("topic", "topics/syria/");
        kinds.put("topic-year", "topics/syria/2019/");
        kinds.put("topic-month", "topics/syria/2020/05/");
        try (Stream<Path> events = Files.list(site.dir.resolve("events"))) {
            kinds.put("event", "events/" + events.map(p -> p.getFileName().toString()).sorted().findFirst().orElseThrow() + "/");
        }
        driver = Browser.start();
    }

    @AfterAll
    void stop() {
        if (driver != null) {
            driver.quit();
        }
    }

    private void open(String path, int width) {
        driver.manage().window().setSize(new Dimension(width, 900));
        driver.get(site.baseUrl + path);
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> "complete".equals(driver.executeScript("return document.readyState")));
    }

    @Test
    void onePageOfEachKindIsValidHtml() throws Exception {
        List<String> pages = kinds.values().stream().map(p -> p + "index.html").toList();
        assertThat(PageChecks.htmlErrors(site.dir, pages)).isEmpty();
    }

    @Test
    void onePageOfEachKindPassesAxeScrollsNotSidewaysAndLogsNoError() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> kind : kinds.entrySet()) {
            for (int width : new int[] {360, 1366}) {
                driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER); // drain
                open(kind.getValue(), width);
                String overflow = PageChecks.sidewaysOverflow(driver);
                if (!overflow.isEmpty()) {
                    problems.add(kind.getKey() + " page at " + width + " px scrolls sideways: " + overflow);
                }
                problems.addAll(PageChecks.axeViolations(driver, kind.getKey() + " page, " + width + " px"));
                PageChecks.consoleErrors(driver, false).forEach(e -> problems.add(kind.getKey() + " page logs " + e));
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void filtersWorkOnAYearPageAndTheChartLeadsToTheMonthOnItsPage() {
        open("years/2019/", 1366);
        List<String> all = driver.findElements(By.cssSelector("li.event")).stream().map(e -> e.getAttribute("id")).toList();
        driver.findElement(By.cssSelector("button[data-topic='syria']")).click();
        long shown = driver.findElements(By.cssSelector("li.event")).stream().filter(e -> e.isDisplayed()).count();
        assertThat(shown).isPositive().isLessThan(all.size());

        open("", 1366);
        driver.findElement(By.cssSelector("svg.chart a[href='years/2020/05/#m-2020-05']")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("years/2020/05/#m-2020-05"));
        assertThat(driver.findElement(By.id("m-2020-05")).isDisplayed()).isTrue();
    }

    @Test
    void aDateRangeBeforeTheLatestEventsLinksToTheYearPagesItCovers() {
        open("?from=2018-06&to=2019-03", 1366); // the first page holds only events of 2020
        assertThat(driver.findElements(By.cssSelector("li.event")).stream().filter(WebElement::isDisplayed)).isEmpty();
        List<String> links = driver.findElements(By.cssSelector(".range-elsewhere a")).stream().map(a -> a.getAttribute("href")).toList();
        assertThat(links).containsExactly(site.baseUrl + "years/2018/?from=2018-06&to=2019-03", site.baseUrl + "years/2019/?from=2018-06&to=2019-03");

        driver.findElement(By.cssSelector(".range-elsewhere a")).sendKeys(org.openqa.selenium.Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("years/2018/"));
        List<String> months = driver.findElements(By.cssSelector("li.event")).stream().filter(WebElement::isDisplayed)
                .map(e -> e.findElement(By.cssSelector(".when time")).getAttribute("datetime").substring(0, 7)).toList();
        assertThat(months).isNotEmpty().allSatisfy(m -> assertThat(m).isBetween("2018-06", "2018-12"));
        assertThat(driver.findElements(By.cssSelector(".range-elsewhere a"))).extracting(a -> a.getText()).containsExactly("٢٠١٩");
    }

    @Test
    void screenshotsOfEachPageKindAtPhoneAndDesktopWidths() throws IOException {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        for (Map.Entry<String, String> kind : kinds.entrySet()) {
            for (int width : new int[] {390, 1366}) {
                open(kind.getValue(), width);
                driver.manage().window().setSize(new Dimension(width, 2400));
                driver.executeScript("return document.fonts.ready.then(() => true)");
                Path png = dir.resolve("generated-" + kind.getKey() + "-" + width + ".png");
                Files.write(png, driver.getScreenshotAs(OutputType.BYTES));
                assertThat(Files.size(png)).isGreaterThan(1000);
            }
        }
    }
}
