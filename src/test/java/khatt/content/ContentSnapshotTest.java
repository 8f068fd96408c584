package khatt.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import khatt.arabic.TextSketch;
import khatt.diag.Diagnostic;
import khatt.markdown.Markdown;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentSnapshotTest {

    @TempDir
    Path dir;

    private ContentSnapshot snapshot;

    private Path write(String path, String text) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private static String article(String title, String body) {
        return "---\ntitle: \"" + title + "\"\ndate: 2019-05-14\n---\n" + body + "\n";
    }

    private static List<String> titles(ContentSnapshot snapshot) {
        return snapshot.content().articles().stream().map(ArticleSource::title).toList();
    }

    private static List<String> messages(ContentSnapshot snapshot) {
        return snapshot.problems().stream().map(Diagnostic::message).toList();
    }

    @BeforeEach
    void content() throws IOException {
        write("topics.yaml", "- {id: syria, label: \"سوريا\", keywords: [\"سوريا\"]}\n");
        write("articles/a.md", article("أ", "زيارة إلى سوريا"));
        write("articles/b.md", article("ب", "نص"));
        write("events/x.yaml", "title: \"الحدث\"\n");
        snapshot = new ContentLoader(new Markdown()).snapshot(dir);
    }

    @Test
    void anUpdateReReadsOnlyTheChangedFilesAndLeavesTheOldSnapshotAlone() throws IOException {
        Path a = write("articles/a.md", article("أ بعد التعديل", "نص"));
        write("articles/b.md", article("ب بعد التعديل", "نص"));

        ContentSnapshot updated = snapshot.update(Set.of(a));

        assertThat(titles(updated)).containsExactly("أ بعد التعديل", "ب");
        assertThat(titles(snapshot)).containsExactly("أ", "ب");
        assertThat(updated.dir()).isEqualTo(dir);
        assertThat(updated.content().topics()).isEqualTo(snapshot.content().topics());
    }

    @Test
    void deletedCreatedAndBrokenFilesAreSeen() throws IOException {
        Path b = dir.resolve("articles/b.md");
        Files.delete(b);
        Path c = write("articles/c.md", "---\ntitle: [\n");
        Path notes = write("articles/notes.txt", "ملاحظات");

        ContentSnapshot updated = snapshot.update(Set.of(b, c, notes));

        assertThat(titles(updated)).containsExactly("أ");
        assertThat(updated.problems()).extracting(Diagnostic::file).containsExactly(c);
        assertThat(updated.sketches()).hasSize(1).containsExactly(TextSketch.of("زيارة إلى سوريا\n"));
    }

    @Test
    void aChangedFolderIsReadAgainWhole() throws IOException {
        Path folder = dir.resolve("articles/2020");
        write("articles/2020/c.md", article("ج", "نص"));
        write("articles/2020/d.md", article("د", "نص"));
        ContentSnapshot withFolder = snapshot.update(Set.of(folder));
        assertThat(titles(withFolder)).containsExactly("ج", "د", "أ", "ب");

        Files.delete(folder.resolve("c.md"));
        Files.delete(folder.resolve("d.md"));
        Files.delete(folder);
        assertThat(titles(withFolder.update(Set.of(folder)))).containsExactly("أ", "ب");
    }

    @Test
    void eventFilesAreUpdatedToo() throws IOException {
        Path event = write("events/x.yaml", "title: \"الحدث بعد التعديل\"\n");
        assertThat(snapshot.update(Set.of(event)).content().eventFacts()).extracting(EventFacts::title)
                .containsExactly("الحدث بعد التعديل");
        Files.delete(event);
        assertThat(snapshot.update(Set.of(event)).content().eventFacts()).isEmpty();
    }

    @Test
    void changedTopicsOrSettingsReReadEveryArticle() throws IOException {
        assertThat(snapshot.content().articles().get(0).topics()).containsExactly("syria");
        Path topics = write("topics.yaml", "- {id: syria, label: \"سوريا\", keywords: [\"دمشق\"]}\n");
        write("articles/b.md", article("ب بعد التعديل", "نص"));

        ContentSnapshot updated = snapshot.update(Set.of(topics));

        assertThat(updated.content().articles().get(0).topics()).isEmpty();
        assertThat(titles(updated)).containsExactly("أ", "ب بعد التعديل");

        write("site.yaml", "title: \"موقع\"\n");
        assertThat(snapshot.update(Set.of(dir.resolve("site.yaml"))).content().config().title()).isEqualTo("موقع");
        write("articles/b.md", article("ب مرة ثالثة", "نص"));
        assertThat(titles(snapshot.update(Set.of(dir.resolve("articles"))))).containsExactly("أ", "ب مرة ثالثة");
        write("events/y.yaml", "title: \"حدث آخر\"\n");
        assertThat(snapshot.update(Set.of(dir.resolve("events"))).content().eventFacts()).hasSize(2);
        assertThat(snapshot.update(Set.of(dir)).content().eventFacts()).hasSize(2);
    }

    @Test
    void aFolderWithoutArticlesSaysSo() throws IOException {
        Path a = dir.resolve("articles/a.md");
        Path b = dir.resolve("articles/b.md");
        Files.delete(a);
        Files.delete(b);
        assertThat(snapshot.update(Set.of(a, b)).problems()).extracting(Diagnostic::format)
                .containsExactly(dir.resolve("articles") + ": warning: no articles");
        assertThat(messages(snapshot)).isEmpty();
    }

    @Test
    void aMissingFolderIsOneError() {
        ContentSnapshot missing = new ContentLoader(new Markdown()).snapshot(dir.resolve("none"));
        assertThat(missing.problems()).extracting(Diagnostic::format, Diagnostic::hint).containsExactly(
                org.assertj.core.groups.Tuple.tuple(dir.resolve("none") + ": error: content folder not found",
                        "run from the site's folder or pass --content DIR"));
        assertThat(missing.content().articles()).isEmpty();
        assertThat(missing.update(Set.of(dir.resolve("none/articles/a.md"))).problems()).hasSize(1);
    }
}
