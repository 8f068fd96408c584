package khatt.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Nothing outside content/ is read through a symbolic link, and every link skipped is named. */
class SymbolicLinksTest {

    @TempDir
    Path dir;

    @Test
    void linksLeavingTheContentFolderAreSkippedWithAWarning() throws IOException {
        SiteFixture site = new SiteFixture(dir);
        Path secret = Files.writeString(dir.resolve("secret.md"),
                "---\ntitle: \"سر خارجي\"\ndate: 2019-05-14\n---\nكلمة السر.\n", StandardCharsets.UTF_8);
        Path outsideFolder = Files.createDirectories(dir.resolve("elsewhere"));
        Files.writeString(outsideFolder.resolve("more.md"), "---\ntitle: \"مجلد خارجي\"\ndate: 2019-05-14\n---\nنص.\n");
        Path articles = site.content.resolve("articles");
        Files.createSymbolicLink(articles.resolve("leak.md"), secret);
        Files.createSymbolicLink(articles.resolve("folder"), outsideFolder);
        Files.createSymbolicLink(articles.resolve("dangling.md"), dir.resolve("missing.md"));
        Files.createSymbolicLink(articles.resolve("inside.md"), articles.resolve("good.md"));
        Files.createSymbolicLink(site.content.resolve("site.yaml"), Files.writeString(dir.resolve("site.yaml"), "title: \"خارج\"\n"));

        SiteFixture.Run run = site.build();

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err().lines()).contains(
                articles.resolve("dangling.md") + ": warning: broken symbolic link skipped",
                articles.resolve("folder") + ": warning: symbolic link to a folder skipped",
                articles.resolve("leak.md") + ": warning: symbolic link to a file outside the content folder skipped",
                site.content.resolve("site.yaml") + ": warning: symbolic link to a file outside the content folder skipped");
        String site404 = Files.readString(site.out.resolve("404.html"));
        assertThat(site404).doesNotContain("خارج");
        for (Map.Entry<String, byte[]> file : SiteFixture.snapshot(site.out).entrySet()) {
            String text = new String(file.getValue(), StandardCharsets.UTF_8);
            assertThat(text).as(file.getKey()).doesNotContain("سر خارجي", "كلمة السر", "مجلد خارجي");
        }
        assertThat(run.out()).as("good.md, and inside.md: a link inside content/ is followed").startsWith("2 articles, ");
    }
}
