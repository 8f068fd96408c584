package khatt.output;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;
import java.util.List;
import java.util.stream.Stream;
import khatt.render.PageSink;

/**
 * Builds a site into a temporary sibling of the output folder and swaps it in only when the
 * build succeeded, so that a failed build leaves the last good site in place; the next build
 * removes what a killed one left.
 */
public final class StagedOutput implements PageSink, AutoCloseable {

    private static final String BUILDING = ".building-";
    private static final String OLD = ".old-";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path target;
    private final Path staging;
    private boolean committed;

    public StagedOutput(Path target) throws IOException {
        this.target = target.toAbsolutePath().normalize();
        Path parent = this.target.getParent();
        Files.createDirectories(parent);
        removeStale(parent, "." + this.target.getFileName());
        this.staging = newSibling(BUILDING);
        Files.writeString(staging.resolve(OutputFolder.STAMP), OutputFolder.STAMP_TEXT);
    }

    /**
     * A new empty folder beside the target, named after this process. Made with createDirectory so
     * that it gets the umask's permissions: createTempDirectory's are 0700 whatever the umask, and a
     * web server running as another user could not read the site.
     */
    private Path newSibling(String kind) throws IOException {
        String prefix = "." + target.getFileName() + kind + ProcessHandle.current().pid() + "-";
        for (int attempt = 0; ; attempt++) {
            try {
                return Files.createDirectory(target.getParent().resolve(prefix + Long.toHexString(RANDOM.nextLong())));
            } catch (FileAlreadyExistsException e) {
                if (attempt == 100) {
                    throw e;
                }
            }
        }
    }

    /**
     * Deletes the staging and old folders that builds killed before they could clean up left beside
     * the target: those whose process is gone. A running build's folders (in this process or another)
     * are left alone.
     */
    static void removeStale(Path parent, String prefix) throws IOException {
        try (Stream<Path> siblings = Files.list(parent)) {
            for (Path sibling : siblings.toList()) {
                String name = sibling.getFileName().toString();
                for (String kind : List.of(BUILDING, OLD)) {
                    if (name.startsWith(prefix + kind) && !ownerAlive(name.substring(prefix.length() + kind.length()))) {
                        deleteTree(sibling);
                    }
                }
            }
        }
    }

    /** Whether the process whose id starts {@code suffix} ({@code <pid>-<random>}) still runs. */
    private static boolean ownerAlive(String suffix) {
        int dash = suffix.indexOf('-');
        try {
            long pid = Long.parseLong(dash < 0 ? suffix : suffix.substring(0, dash));
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return false; // named by an older Khatt, which did not record its process
        }
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
            if (!OutputFolder.mayReplace(target)) {
                throw new IOException(target + " is not empty and was not made by Khatt; it was left as it was");
            }
            old = newSibling(OLD);
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
