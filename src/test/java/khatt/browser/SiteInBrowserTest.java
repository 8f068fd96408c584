package khatt.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import khatt.arabic.ArabicText;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The seed site in Debian's Chromium: layout at phone width, topic filters, Arabic-aware search, the
 * script's normalizer against {@link ArabicText}, console errors, axe-core (WCAG 2.2 AA, light and dark),
 * and screenshots of every page kind at 390 and 1366 px under {@code target/screenshots}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SiteInBrowserTest {

    /** One page of each kind, by path from the root. */
    static final Map<String, String> KINDS = new LinkedHashMap<>();

    static {
        KINDS.put("index", "");
        KINDS.put("topics", "topics/");
        KINDS.put("topic", "topics/syria/");
        KINDS.put("event", "events/2019-05-14-sochi/");
        KINDS.put("not-found", "no/such/page/");
        KINDS.put("embed-timeline", "embed/");
        KINDS.put("embed-topic", "embed/topics/syria/");
        KINDS.put("embed-event", "embed/events/2019-05-14-sochi/");
    }


    private ServedSite site;
    private ChromeDriver driver;

    @BeforeAll
    void start() throws IOException {
        site = ServedSite.seed();
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
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> "complete".equals(script("return document.readyState")));
    }

    private Object script(String code, Object... args) {
        return driver.executeScript(code, args);
    }

    @Test
    void noPageKindScrollsSidewaysAt360Pixels() {
        for (Map.Entry<String, String> kind : KINDS.entrySet()) {
            open(kind.getValue(), 360);
            Object overflow = PageChecks.sidewaysOverflow(driver);
            assertThat(overflow).as("%s page at 360 px: elements wider than the screen", kind.getKey()).isEqualTo("");
        }
    }

    @Test
    void topicChipsFilterTheTimelineAndTheAddressKeepsThem() {
        open("", 1366);
        int total = visibleEvents().size();
        driver.findElement(By.cssSelector("button[data-topic='libya']")).click();
        List<String> libya = visibleEvents();
        assertThat(libya).isNotEmpty().hasSizeLessThan(total).allSatisfy(id -> assertThat(topicsOf(id)).contains("libya"));
        driver.findElement(By.cssSelector("button[data-topic='yemen']")).click();
        List<String> both = visibleEvents();
        assertThat(both).isNotEmpty().hasSizeLessThanOrEqualTo(libya.size())
                .allSatisfy(id -> assertThat(topicsOf(id)).contains("libya", "yemen"));
        assertThat(driver.getCurrentUrl()).contains("topics=libya%2Cyemen");

        open("?topics=libya,yemen", 1366); // a shared address shows the same view
        assertThat(visibleEvents()).isEqualTo(both);
        assertThat(driver.findElement(By.cssSelector("button[data-topic='yemen']")).getAttribute("aria-pressed")).isEqualTo("true");
        WebElement clear = driver.findElement(By.cssSelector(".filter-status button"));
        clear.sendKeys(org.openqa.selenium.Keys.ENTER); // by keyboard, as every control must work

        assertThat(visibleEvents()).hasSize(total);
        assertThat(driver.getCurrentUrl()).doesNotContain("topics=");
    }

    @Test
    void aDateRangeNarrowsTheTimelineWithTheTopicsAndTheAddressKeepsIt() {
        open("", 1366);
        choose("from", "2019", "06");
        assertThat(visibleEvents()).containsExactly("2019-12-10-washington", "2020-07-13-call");
        assertThat(driver.getCurrentUrl()).contains("from=2019-06").contains("to=2020-12");
        assertThat(driver.findElement(By.cssSelector(".filter-status")).getText()).startsWith("يُعرض ٢ من ٣ أحداث من ");
        driver.findElement(By.cssSelector("button[data-topic='afghanistan']")).click(); // Sochi and the call
        assertThat(visibleEvents()).containsExactly("2020-07-13-call");
        assertThat(driver.findElement(By.cssSelector(".range-elsewhere")).isDisplayed())
                .as("this page holds every event, so no year page is needed").isFalse();

        open("?from=2019-06&to=2020-12&topics=afghanistan", 1366); // a shared address shows the same view
        assertThat(visibleEvents()).containsExactly("2020-07-13-call");
        assertThat(chosen("from")).isEqualTo("2019-06");
        assertThat(chosen("to")).isEqualTo("2020-12");

        open("years/2020/?from=2019-06&to=2020-12", 1366); // reaches before its year: it links to the year page
        assertThat(visibleEvents()).containsExactly("2020-07-13-call");
        WebElement year2019 = driver.findElement(By.cssSelector(".range-elsewhere a"));
        assertThat(year2019.getText()).isEqualTo("٢٠١٩");
        year2019.sendKeys(org.openqa.selenium.Keys.ENTER); // by keyboard
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("years/2019/"));
        assertThat(visibleEvents()).containsExactly("2019-12-10-washington");
        assertThat(chosen("from")).isEqualTo("2019-06");

        driver.findElement(By.cssSelector(".filter-status button")).sendKeys(org.openqa.selenium.Keys.ENTER);
        assertThat(visibleEvents()).containsExactly("2019-05-14-sochi", "2019-12-10-washington");
        assertThat(driver.getCurrentUrl()).doesNotContain("from=").doesNotContain("to=");

        open("?from=2019-13&to=2019-12", 1366); // a month that does not exist leaves that end open
        assertThat(chosen("from")).isEqualTo("2019-01");
        assertThat(visibleEvents()).containsExactly("2019-05-14-sochi", "2019-12-10-washington");
    }

    private void choose(String end, String year, String month) {
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id(end + "-year"))).selectByValue(year);
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id(end + "-month"))).selectByValue(month);
    }

    private String chosen(String end) {
        return driver.findElement(By.id(end + "-year")).getAttribute("value") + "-" + driver.findElement(By.id(end + "-month")).getAttribute("value");
    }

    private List<String> visibleEvents() {
        List<String> ids = new ArrayList<>();
        for (WebElement li : driver.findElements(By.cssSelector("li.event"))) {
            if (li.isDisplayed()) {
                ids.add(li.getAttribute("id"));
            }
        }
        return ids;
    }

    private List<String> topicsOf(String eventId) {
        return List.of(driver.findElement(By.id(eventId)).getAttribute("data-topics").split(" "));
    }

    @Test
    void embedViewsHaveNoScriptNoOutsideRequestAndOpenTheFullSiteInANewTab() {
        for (String kind : List.of("embed-timeline", "embed-topic", "embed-event")) {
            open(KINDS.get(kind), 390);
            assertThat((Long) script("return document.scripts.length")).as("scripts in the %s view", kind).isZero();
            assertThat(driver.findElements(By.cssSelector("header, [role=search], input"))).as(kind).isEmpty();
            assertThat((String) script("return document.documentElement.dir")).isEqualTo("rtl");
            List<WebElement> links = driver.findElements(By.cssSelector("a[href]"));
            assertThat(links).isNotEmpty().allSatisfy(a -> {
                assertThat(a.getAttribute("target")).as(a.getAttribute("href")).isEqualTo("_blank");
                assertThat(a.getAttribute("rel")).contains("noopener");
                assertThat(a.getAttribute("href")).startsWith(site.baseUrl).doesNotContain("/embed/");
            });
            @SuppressWarnings("unchecked")
            List<String> requests = (List<String>) script("return performance.getEntriesByType('resource').map(r => r.name)");
            assertThat(requests).allSatisfy(url -> assertThat(url).startsWith(site.baseUrl));
        }
    }

    @Test
    void aDeepLinkIntoAnEmbeddedTimelineScrollsToItsEventAndMarksIt() {
        driver.manage().window().setSize(new Dimension(390, 300)); // an iframe's height: the event starts below it
        driver.get(site.baseUrl + "embed/#2020-07-13-call");
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> "complete".equals(script("return document.readyState")));
        WebElement target = driver.findElement(By.id("2020-07-13-call"));
        WebElement other = driver.findElement(By.id("2019-05-14-sochi"));
        new WebDriverWait(driver, Duration.ofSeconds(5)).withMessage("the linked event is scrolled into view").until(d ->
                (Boolean) script("const r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight;", target));
        assertThat(((Number) script("return scrollY")).doubleValue()).isGreaterThan(0.0);
        assertThat(target.getCssValue("background-color")).isNotEqualTo(other.getCssValue("background-color"));
    }

    @Test
    void theEmbedSnippetOfEachPageShowsItsViewInsideAnotherPage() throws IOException {
        // An educator's page made of the snippets exactly as the pages show them, served from the site's host.
        StringBuilder page = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>lesson</title></head><body>");
        List<String> pageHeadings = new ArrayList<>();
        for (String kind : List.of("index", "topic", "event")) {
            open(KINDS.get(kind), 1366);
            pageHeadings.add(driver.findElement(By.tagName("h1")).getText());
            WebElement snippet = driver.findElement(By.cssSelector(".embed-snippet pre"));
            assertThat(driver.findElement(By.id("embed-h")).getText()).isEqualTo("تضمين");
            page.append(snippet.getText()).append('\n');
        }
        Path lesson = site.dir.resolve("lesson-test.html");
        Files.writeString(lesson, page.append("</body></html>"), StandardCharsets.UTF_8);
        try {
            open("lesson-test.html", 1366);
            List<WebElement> frames = driver.findElements(By.tagName("iframe"));
            assertThat(frames).hasSize(3).allSatisfy(f -> assertThat(f.getAttribute("title")).isNotBlank());
            List<String> headings = new ArrayList<>();
            for (WebElement frame : frames) {
                driver.switchTo().frame(frame);
                new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.findElements(By.tagName("h1")).isEmpty());
                headings.add(driver.findElement(By.tagName("h1")).getText());
                driver.switchTo().defaultContent();
            }
            assertThat(headings).as("each iframe shows the view of the page its snippet came from").isEqualTo(pageHeadings);
        } finally {
            Files.deleteIfExists(lesson);
        }
    }

    @Test
    void searchFindsEventsByWordsOfTheirArticlesWhateverTheSpelling() {
        open("topics/", 390);
        // Words of article bodies only, as written and with hamza or taa marbuta spelled otherwise.
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("الطاولة", "2019-05-14-sochi");
        queries.put("الطاوله", "2019-05-14-sochi");
        queries.put("مسؤولين", "2019-05-14-sochi");
        queries.put("مسئولين", "2019-05-14-sochi");
        queries.put("إفريقيا", "2019-12-10-washington");
        queries.put("افريقيا", "2019-12-10-washington");
        queries.put("العضويه الدائمه", "2020-07-13-call");
        queries.put("مول", "2019-05-14-sochi"); // as you type: «مولر»
        for (Map.Entry<String, String> query : queries.entrySet()) {
            assertThat(search(query.getKey())).as("results for «%s»", query.getKey())
                    .anySatisfy(href -> assertThat(href).contains("events/" + query.getValue() + "/"));
        }
        assertThat(search("لافروف مذكرة ")).first().satisfies(href -> assertThat(href).contains("events/2019-05-14-sochi/"));
        assertThat(driver.findElement(By.cssSelector("#q-results li .where")).getText())
                .as("a word found only deeper in the articles is said to be there").isEqualTo("وبقية الكلمات في نصوص المقالات.");
        assertThat(search("زززززز")).isEmpty();
        assertThat(driver.findElement(By.id("q-status")).getText()).isEqualTo("لا نتائج.");
    }

    @Test
    void searchRanksTitleMatchesFirstThenAllWordsThenNewestAndMarksTheWordsInWesternDigitsWhenAsked() throws IOException {
        Path content = Path.of("target", "browser-rank", "content");
        Path out = Path.of("target", "browser-rank", "site");
        Files.createDirectories(content.resolve("articles"));
        Files.writeString(content.resolve("site.yaml"), "title: \"ترتيب\"\ndate_style:\n  digits: western\n", StandardCharsets.UTF_8);
        String[][] events = { // id, date, title, body
            {"e1", "2019-01-01", "قمة ظفر", "نص أول."}, {"e2", "2019-02-01", "لقاء", "ورد ظفر هنا."},
            {"e3", "2019-03-01", "اتصال", "ورد ظفر مع ظلم."}, {"e4", "2019-04-01", "زيارة", "ورد ظفر."},
            {"e5", "2019-05-01", "بيان", "ورد ظلم."}, {"e6", "2019-06-01", "مؤتمر", "لا شيء."}};
        for (String[] e : events) {
            Files.writeString(content.resolve("articles").resolve(e[0] + ".md"), "---\ntitle: \"%s\"\ndate: %s\nevent: %s\nkind: meeting\n---\n%s\n"
                    .formatted(e[2], e[1], e[0], e[3]), StandardCharsets.UTF_8);
        }
        khatt.build.BuildReport report = new khatt.build.SiteBuilder().build(new khatt.build.BuildOptions(content, out, Path.of("templates"), null));
        assertThat(report.failed()).as(report.diagnostics().toString()).isFalse();
        driver.manage().window().setSize(new Dimension(1366, 900));
        driver.get(out.resolve("index.html").toAbsolutePath().toUri().toString());

        assertThat(search("ظفر ظلم ")).extracting(href -> href.replaceAll(".*events/([^/]+)/$", "$1"))
                .as("title match, then both words, then one word newest first").containsExactly("e1", "e3", "e5", "e4", "e2");
        assertThat(driver.findElement(By.id("q-status")).getText()).as("digits: western").isEqualTo("5 نتائج.");
        List<WebElement> items = driver.findElements(By.cssSelector("#q-results li"));
        assertThat(items.get(0).findElement(By.cssSelector(".title mark")).getText()).isEqualTo("ظفر");
        assertThat(items.get(1).findElements(By.cssSelector(".context mark"))).extracting(WebElement::getText).containsExactly("ظفر", "ظلم");
        assertThat(items.get(1).findElements(By.cssSelector(".some"))).as("e3 has every word").isEmpty();
        assertThat(items.get(2).findElement(By.cssSelector(".some")).getText()).contains("بعض");
        assertThat(search("ظف")).as("the word being typed matches as a prefix").hasSize(4);
    }

    @Test
    void keysMoveBetweenEventsOnTheTimelineAndTheEventPagesAndSayWhere() {
        open("", 1366);
        org.openqa.selenium.interactions.Actions keys = new org.openqa.selenium.interactions.Actions(driver);
        keys.sendKeys(org.openqa.selenium.Keys.TAB).perform();
        WebElement skip = driver.switchTo().activeElement();
        assertThat(skip.getAttribute("class")).isEqualTo("skip-link");
        assertThat(skip.getRect().getY()).as("the skip link shows when focused").isGreaterThanOrEqualTo(0);
        assertThat(driver.findElement(By.cssSelector("[data-keys-help]")).isDisplayed()).isTrue();

        keys.sendKeys("j").perform();
        assertThat(focusedEvent()).isEqualTo("2019-05-14-sochi");
        keys.sendKeys("j").perform();
        assertThat(focusedEvent()).isEqualTo("2019-12-10-washington");
        WebElement focused = driver.switchTo().activeElement();
        assertThat(focused.getCssValue("outline-style")).as("visible focus").isEqualTo("solid");
        assertThat(driver.findElement(By.cssSelector("[data-keys-status]")).getAttribute("textContent"))
                .startsWith("الحدث ٢ من ٣: ").contains("واشنطن");
        keys.sendKeys("k").perform();
        assertThat(focusedEvent()).isEqualTo("2019-05-14-sochi");
        keys.sendKeys("k").perform();
        assertThat(driver.findElement(By.cssSelector("[data-keys-status]")).getAttribute("textContent")).isEqualTo("هذا أول الأحداث.");

        driver.findElement(By.id("q")).sendKeys("j"); // typing in the search field is not a move
        assertThat(focusedEvent()).isNull();

        open("events/2019-05-14-sochi/", 1366);
        keys.sendKeys("j").perform();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("events/2019-12-10-washington/"));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> "complete".equals(script("return document.readyState")));
        new org.openqa.selenium.interactions.Actions(driver).sendKeys("k").perform();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("events/2019-05-14-sochi/"));
    }

    private String focusedEvent() {
        return (String) script("const li = document.activeElement.closest('li.event'); return li ? li.id : null;");
    }

    @Test
    void searchWorksFromAFileOnDisk() {
        driver.manage().window().setSize(new Dimension(1366, 900));
        driver.get(site.dir.resolve("index.html").toAbsolutePath().toUri().toString());
        assertThat(search("الطاوله")).anySatisfy(href -> assertThat(href).contains("events/2019-05-14-sochi/"));
    }

    @Test
    void searchOnALargeTimelineLoadsOnlyWhatItShowsAndSkipsCommonWords() throws IOException {
        Path content = Path.of("target", "browser-large", "content");
        Path out = Path.of("target", "browser-large", "site");
        Files.createDirectories(content.resolve("articles"));
        Files.copy(Path.of("content", "site.yaml"), content.resolve("site.yaml"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.copy(Path.of("content", "topics.yaml"), content.resolve("topics.yaml"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        int events = 1200; // three chunks of the result list
        java.time.LocalDate day = java.time.LocalDate.of(2019, 1, 1);
        for (int i = 0; i < events; i++) {
            Files.writeString(content.resolve("articles").resolve("a-" + i + ".md"), """
                    ---
                    title: "حدث رقم %d"
                    date: %s
                    event: e-%d
                    place: "موسكو"
                    kind: meeting
                    topics: [syria]
                    ---
                    نص الخبر عن الحدث وكلمته الفريدة %s في الاجتماع.
                    """.formatted(i, day.plusDays(i), i, uniqueWord(i)), StandardCharsets.UTF_8);
        }
        khatt.build.BuildReport report = new khatt.build.SiteBuilder().build(new khatt.build.BuildOptions(content, out, Path.of("templates"), null));
        assertThat(report.failed()).as(report.diagnostics().toString()).isFalse();
        driver.manage().window().setSize(new Dimension(1366, 900));
        driver.get(out.resolve("topics/index.html").toAbsolutePath().toUri().toString());
        assertThat(search(uniqueWord(1100))).singleElement().satisfies(href -> assertThat(href).endsWith("events/e-1100/"));
        assertThat(search("وكلمته " + uniqueWord(7))).singleElement().satisfies(href -> assertThat(href).endsWith("events/e-7/"));
        assertThat((Long) script("return document.querySelectorAll('script[src*=\"search/e-\"]').length")).isEqualTo(2L);
        search("الخبر"); // in every event: listed as common, not indexed
        assertThat(driver.findElement(By.id("q-status")).getText()).contains("شائعة");
    }

    /** A made-up Arabic word for {@code n}: its digits in base 20 as letters between two «ظ», so none is a prefix of another. */
    private static String uniqueWord(int n) {
        String letters = "بتثجحخدذرزسشصضطعغفقك";
        StringBuilder word = new StringBuilder("ظ");
        do {
            word.append(letters.charAt(n % 20));
            n /= 20;
        } while (n > 0);
        return word.append("ظ").toString();
    }

    private List<String> search(String query) {
        WebElement input = driver.findElement(By.id("q"));
        input.clear();
        input.sendKeys(query);
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        wait.until(d -> query.equals(d.findElement(By.id("q-results")).getAttribute("data-query"))
                && !d.findElement(By.id("q-status")).getText().startsWith("جارٍ"));
        List<String> hrefs = new ArrayList<>();
        for (WebElement link : driver.findElements(By.cssSelector("#q-results a"))) {
            hrefs.add(link.getAttribute("href"));
        }
        return hrefs;
    }

    @Test
    void theScriptNormalizesWordsAsArabicTextDoes() throws IOException {
        open("", 1366);
        List<String> words = new ArrayList<>(List.of("وبالسورية", "سورية", "الأمريكية", "الامريكيه", "إيران", "آذار/مارس",
                "مُسْتَشْفَى", "مسئول", "مسؤولين", "ســوريا", "والاتفاق", "للأمم", "كالعادة", "فالحكومة", "بالمفاوضات", "وزيرها",
                "المسلمون", "المسلمين", "سيارات", "لبنان", "الرئيسية", "القرآن", "مؤتمر", "سئل", "بؤر", "وو", "ولد", "قمّة",
                "«ستارت»", "لافروف–بومبيو", "٢٠١٩", "۲۰۲۰", "2021", "Moscow", "COVID-19", "U.S.", "واشنطن،", "أيضًا",
                "ذي\u200cالقعدة", "مئة", "شؤون", "هيئة", "الإسرائيلية", "إسرائيليين", "يتفقان", "الاتصالات", "لل"));
        for (Path article : Files.list(Path.of("content", "articles")).sorted().toList()) {
            words.add(Files.readString(article, StandardCharsets.UTF_8)); // every word of every seed article
        }
        for (String text : words) {
            Object keys = script("return window.khattSearch.matchKeys(arguments[0]);", text);
            assertThat(keys).as("keys of «%s»", text.length() > 40 ? text.substring(0, 40) + "…" : text)
                    .isEqualTo(ArabicText.matchKeys(text));
        }
    }

    /** Every page kind loads without breaking its Content-Security-Policy, which does block an injected inline script. */
    @Test
    void noPageViolatesItsContentSecurityPolicy() {
        Map<String, Object> listener = Map.of("source", "window.cspViolations = [];"
                + "document.addEventListener('securitypolicyviolation', e => window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));");
        String id = (String) driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", listener).get("identifier");
        try {
            for (Map.Entry<String, String> kind : KINDS.entrySet()) {
                open(kind.getValue(), 1366);
                if (kind.getKey().equals("index")) {
                    search("سوتشي");
                }
                assertThat((List<?>) script("return window.cspViolations")).as("CSP violations on the %s page", kind.getKey()).isEmpty();
            }
            script("var s = document.createElement('script'); s.textContent = 'window.injected = true'; document.body.appendChild(s);");
            new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> !((List<?>) script("return window.cspViolations")).isEmpty());
            assertThat(script("return window.injected === true")).as("an injected inline script does not run").isEqualTo(false);
        } finally {
            driver.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", id));
        }
    }

    @Test
    void pagesLogNoConsoleErrors() {
        for (Map.Entry<String, String> kind : KINDS.entrySet()) {
            driver.manage().logs().get(LogType.BROWSER); // drain
            open(kind.getValue(), 1366);
            if (kind.getKey().equals("index")) {
                search("سوتشي");
            }
            List<String> errors = PageChecks.consoleErrors(driver, kind.getKey().equals("not-found"));
            assertThat(errors).as("console errors on the %s page", kind.getKey()).isEmpty();
        }
    }

    @Test
    void axeFindsNoWcag22AaViolationsInLightOrDarkMode() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String scheme : List.of("light", "dark")) {
            driver.executeCdpCommand("Emulation.setEmulatedMedia",
                    Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
            for (Map.Entry<String, String> kind : KINDS.entrySet()) {
                for (int width : new int[] {390, 1366}) {
                    open(kind.getValue(), width);
                    problems.addAll(PageChecks.axeViolations(driver, "%s page, %d px, %s".formatted(kind.getKey(), width, scheme)));
                }
            }
        }
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
        assertThat(problems).isEmpty();
    }

    @Test
    void screenshotsOfEveryPageKindAtPhoneAndDesktopWidths() throws IOException {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        for (Map.Entry<String, String> kind : KINDS.entrySet()) {
            for (int width : new int[] {390, 1366}) {
                open(kind.getValue(), width);
                long height = ((Number) script("return document.documentElement.scrollHeight")).longValue();
                driver.manage().window().setSize(new Dimension(width, (int) Math.min(height, 7000)));
                script("return document.fonts.ready.then(() => true)");
                Path png = dir.resolve(kind.getKey() + "-" + width + ".png");
                Files.write(png, driver.getScreenshotAs(OutputType.BYTES));
                assertThat(Files.size(png)).isGreaterThan(1000);
            }
        }
        driver.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
        for (String kind : List.of("index", "event")) {
            open(KINDS.get(kind), 390);
            driver.manage().window().setSize(new Dimension(390, 2400));
            script("return document.fonts.ready.then(() => true)");
            Files.write(dir.resolve(kind + "-390-dark.png"), driver.getScreenshotAs(OutputType.BYTES));
        }
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
    }
}
