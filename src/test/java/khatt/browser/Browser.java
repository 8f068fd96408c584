package khatt.browser;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Debian's Chromium, headless, through {@code /usr/bin/chromedriver}; never a downloaded browser. */
final class Browser {

    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private Browser() {}

    /**
     * Starts Chromium. Without chromedriver the tests fail when {@code CI} is set (CI installs it) and
     * are skipped with a message elsewhere.
     */
    static ChromeDriver start() {
        if (!Files.isExecutable(DRIVER)) {
            String message = DRIVER + " is missing: apt-get install -y chromium chromium-driver";
            if (System.getenv("CI") != null && !System.getenv("CI").isEmpty()) {
                fail(message);
            }
            assumeTrue(false, message + " (browser tests skipped)");
        }
        ChromeOptions options = new ChromeOptions();
        for (String binary : new String[] {"/usr/lib/chromium/chromium", "/usr/bin/chromium"}) {
            if (Files.isExecutable(Path.of(binary))) {
                options.setBinary(binary);
                break;
            }
        }
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-dev-shm-usage", "--hide-scrollbars", "--window-size=1366,900");
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER.toString()))
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        return driver;
    }
}
