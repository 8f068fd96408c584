package khatt.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleFileWriterTest {

    @TempDir
    Path dir;

    @Test
    void aNewFileIsReadableByAllAndAReplacedOneKeepsItsPermissions() throws Exception {
        Path fresh = dir.resolve("articles/a.md");
        ArticleFileWriter.write(fresh, "نص", false);
        assertThat(Files.readString(fresh)).isEqualTo("نص");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh))).isEqualTo("rw-r--r--");

        Files.setPosixFilePermissions(fresh, PosixFilePermissions.fromString("rw-rw----"));
        ArticleFileWriter.write(fresh, "نص آخر", true);
        assertThat(Files.readString(fresh)).isEqualTo("نص آخر");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh))).isEqualTo("rw-rw----");
    }

    @Test
    void anExistingFileIsNotReplacedUnlessAsked() throws Exception {
        Path file = dir.resolve("a.md");
        Files.writeString(file, "قديم");
        assertThatThrownBy(() -> ArticleFileWriter.write(file, "جديد", false)).isInstanceOf(FileAlreadyExistsException.class);
        assertThat(Files.readString(file)).isEqualTo("قديم");
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("a.md");
        }
    }
}
