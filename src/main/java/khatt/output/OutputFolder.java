package khatt.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where a site may be written. A build replaces its output folder wholesale, so the folder must
 * never be, contain or lie inside the content or templates folders or the folder Khatt is run
 * from, and it must be empty, missing, or a folder Khatt made itself (it carries {@link #STAMP}).
 */
public final class OutputFolder {

    /** Written into every site Khatt makes: the mark that lets the next build replace the folder. */
    public static final String STAMP = ".khatt-site";
    static final String STAMP_TEXT = "This folder was made by Khatt and is replaced by every build.\n";

    private OutputFolder() {}

    /**
     * Why {@code out} must not be written, or empty when it may. {@code templates} may be null;
     * {@code workingDir} is the folder Khatt runs in (the project root).
     */
    public static Optional<String> refusal(Path out, Path content, Path templates, Path workingDir) throws IOException {
        Path target = real(out);
        Optional<String> clash = clash(target, real(workingDir), "the folder Khatt is run from", true)
                .or(() -> clashWithFolder(target, content, "content"))
                .or(() -> clashWithFolder(target, templates, "templates"));
        if (clash.isPresent()) {
            return clash;
        }
        if (target.getParent() == null) {
            return Optional.of("it is the root of the file system");
        }
        if (Files.exists(out, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of("it is not a folder");
        }
        if (Files.isDirectory(target) && !mayReplace(target)) {
            return Optional.of("it is not empty and Khatt did not make it (it has no " + STAMP + " file)");
        }
        return Optional.empty();
    }

    private static Optional<String> clashWithFolder(Path target, Path folder, String name) {
        if (folder == null) {
            return Optional.empty();
        }
        try {
            return clash(target, real(folder), "the " + name + " folder", false);
        } catch (IOException e) {
            return Optional.of("cannot resolve the " + name + " folder: " + e.getMessage());
        }
    }

    /** {@code mayLieInside}: whether the output may be a folder inside {@code folder} (as site-output/ in the project). */
    private static Optional<String> clash(Path target, Path folder, String name, boolean mayLieInside) {
        if (target.equals(folder)) {
            return Optional.of("it is " + name);
        }
        if (folder.startsWith(target)) {
            return Optional.of("it contains " + name);
        }
        if (target.startsWith(folder) && !mayLieInside) {
            return Optional.of("it lies inside " + name);
        }
        return Optional.empty();
    }

    /** The absolute path with every symbolic link of its existing part resolved. */
    static Path real(Path path) throws IOException {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        return existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
    }

    /** Whether a build may replace {@code folder}: it is empty, or Khatt made it. */
    static boolean mayReplace(Path folder) throws IOException {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        if (Files.isRegularFile(folder.resolve(STAMP))) {
            return true;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }
}
