package khatt.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.LinkOption;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes article files (made by {@link khatt.content.ArticleScaffold}) and event files ({@link khatt.content.EventFacts#text()}),
 * atomically: a temporary file in the same directory, then a rename. Never replaces a file unless
 * told to.
 */
public final class ArticleFileWriter {

    private ArticleFileWriter() {}

    /**
     * A temporary file is readable by its owner only: the file it becomes keeps the permissions of
     * the file it replaces, or is readable by all like the files an editor makes.
     */
    private static void readableLikeItsNeighbours(Path tmp, Path target) throws IOException {
        try {
            Set<PosixFilePermission> permissions = Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)
                    ? Files.getPosixFilePermissions(target, LinkOption.NOFOLLOW_LINKS)
                    : PosixFilePermissions.fromString("rw-r--r--");
            Files.setPosixFilePermissions(tmp, permissions);
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: its own defaults apply
        }
    }

    /**
     * Writes {@code text} to {@code target} atomically. Without {@code replace}, an existing file is
     * left alone and {@link FileAlreadyExistsException} thrown.
     */
    public static void write(Path target, String text, boolean replace) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        if (!replace && Files.exists(target)) {
            throw new FileAlreadyExistsException(target.toString());
        }
        Path tmp = Files.createTempFile(dir, ".khatt-import-", ".tmp");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            readableLikeItsNeighbours(tmp, target);
            if (!replace) {
                // a link fails if the name appeared meanwhile; then the rename is only a clean-up
                try {
                    Files.createLink(target, tmp);
                    Files.delete(tmp);
                    return;
                } catch (UnsupportedOperationException | IOException e) {
                    if (e instanceof FileAlreadyExistsException) {
                        throw e;
                    }
                }
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
