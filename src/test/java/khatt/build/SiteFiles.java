package khatt.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Helpers to compare generated site trees in tests. */
final class SiteFiles {

    private SiteFiles() {}

    /** The files under {@code root}, as sorted relative paths with '/' separators. */
    static List<String> list(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }

    /** Replaces {@code target}'s files with {@code source}'s. */
    static void replace(Path source, Path target) throws IOException {
        for (String file : list(target)) {
            Files.delete(target.resolve(file));
        }
        for (String file : list(source)) {
            Files.createDirectories(target.resolve(file).getParent());
            Files.copy(source.resolve(file), target.resolve(file));
        }
    }

    /** "file:line" of the first differing line, with both lines. */
    static String firstDifference(String name, String want, String got) {
        String[] a = want.split("\n", -1);
        String[] b = got.split("\n", -1);
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            String x = i < a.length ? a[i] : "<end of file>";
            String y = i < b.length ? b[i] : "<end of file>";
            if (!x.equals(y)) {
                return name + ":" + (i + 1) + ": differs\n  expected: " + x + "\n  actual:   " + y;
            }
        }
        return name + ": differs";
    }
}
