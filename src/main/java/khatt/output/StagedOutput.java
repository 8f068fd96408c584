package khatt.output;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import khatt.render.PageSink;

/**
 * Builds a site into a temporary sibling of the output folder and swaps it in only when the
 * build succeeded, so that a failed build leaves the last good site in place.
 */
public final class StagedOutput implements PageSink, AutoCloseable {

    private final Path target;
    private final Path staging;
    private boolean committed;

    public StagedOutput(Path target) throws IOException {
        this.target = target.toAbsolutePath().normalize();
        Path parent = this.target.getParent();
        Files.createDirectories(parent);
        this.staging = Files.createTempDirectory(parent, "." + this.target.getFileName() + ".building-");
        Files.writeString(staging.resolve(OutputFolder.STAMP), OutputFolder.STAMP_TEXT);
    }

    @Override
    public void write(String path, byte[] content) throws IOException {
        Path file = staging.resolve(path).normalize();
        if (!file.startsWith(staging)) {
            throw new IOException("path leaves the output folder: " + path);
        }
        Files.createDirectories(file.getParent());
        Files.write(file, content);
    }

    /** Replaces the output folder with the staged one, if the folder is empty or one Khatt made. */
    public void commit() throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            if (!Files.isRegularFile(target.resolve(OutputFolder.STAMP)) && !isEmptyFolder(target)) {
                throw new IOException(target + " is not empty and was not made by Khatt; it was left as it was");
            }
            old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
            Files.delete(old);
            move(target, old);
        }
        move(staging, target);
        committed = true;
        if (old != null) {
            deleteTree(old);
        }
    }

    /** Drops the staged folder unless it was committed. */
    @Override
    public void close() throws IOException {
        if (!committed) {
            deleteTree(staging);
        }
    }

    private static boolean isEmptyFolder(Path folder) throws IOException {
        if (!Files.isDirectory(folder, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (var entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
