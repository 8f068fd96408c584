package khatt.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.client.EmbeddedValidator;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/** The checks every page kind must pass, on whatever site the browser shows: each returns what is wrong. */
final class PageChecks {

    static final List<String> AXE_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static String axe;

    private PageChecks() {}

    /** The elements wider than the window, or "page" when only the page scrolls sideways; empty when none. */
    static String sidewaysOverflow(ChromeDriver driver) {
        return (String) driver.executeScript("""
                const width = document.documentElement.clientWidth;
                const wide = [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > width + 1
                    || e.getBoundingClientRect().left < -1).map(e => e.tagName + '.' + e.className).slice(0, 5);
                return document.documentElement.scrollWidth > width ? wide.join(', ') || 'page' : '';""");
    }

    /** axe-core's WCAG 2.2 AA violations of the page shown, each prefixed with {@code where}. */
    static List<String> axeViolations(ChromeDriver driver, String where) throws IOException {
        driver.executeScript(axeScript());
        String result = (String) driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
                   .then(r => done(JSON.stringify(r.violations)), e => done(JSON.stringify([{id: 'axe-error', help: String(e), nodes: []}])));""",
                AXE_TAGS);
        List<String> problems = new ArrayList<>();
        for (JsonNode violation : JSON.readTree(result)) {
            List<String> targets = new ArrayList<>();
            violation.path("nodes").forEach(n -> targets.add(n.path("target").toString()));
            problems.add("%s: %s — %s %s".formatted(where, violation.path("id").asText(), violation.path("help").asText(), targets));
        }
        return problems;
    }

    private static synchronized String axeScript() throws IOException {
        if (axe == null) {
            try (InputStream in = PageChecks.class.getResourceAsStream("/axe.min.js")) {
                if (in == null) {
                    throw new IOException("axe.min.js is not on the test class path");
                }
                axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        return axe;
    }

    /** The browser console's errors since the last call; a 404 is expected on the not-found page only. */
    static List<String> consoleErrors(ChromeDriver driver, boolean notFoundPage) {
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            boolean expected404 = notFoundPage && entry.getMessage().contains("404");
            if (entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue() && !expected404) {
                errors.add(entry.getMessage());
            }
        }
        return errors;
    }

    /** The Nu HTML Checker's errors on {@code pages} (paths under {@code dir}), in-process. */
    static List<String> htmlErrors(Path dir, List<String> pages) throws Exception {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
        List<String> errors = new ArrayList<>();
        for (String page : pages) {
            JsonNode result = JSON.readTree(validator.validate(dir.resolve(page)));
            for (JsonNode message : result.path("messages")) {
                String type = message.path("type").asText();
                if (type.equals("error") || type.equals("non-document-error")) {
                    errors.add(page + ":" + message.path("lastLine").asText() + ": " + message.path("message").asText()
                            + " «" + message.path("extract").asText() + "»");
                }
            }
        }
        return errors;
    }
}
