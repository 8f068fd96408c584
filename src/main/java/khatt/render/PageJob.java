package khatt.render;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * One file of the site: where it goes, what it is made from, and how to make its bytes.
 *
 * @param path relative to the site root, e.g. {@code events/2019-05-14-sochi/index.html}
 * @param inputs what the file shows (its view model, or the data it exports); a rebuild whose
 *     inputs equal the last ones need not make the file again
 * @param sources content files read while making it (article bodies): a change to one of them
 *     makes the file again even when {@code inputs} are unchanged
 * @param output makes the bytes; called on any thread
 */
public record PageJob(String path, Object inputs, List<Path> sources, Output output) {

    /** Makes a file's bytes. */
    @FunctionalInterface
    public interface Output {
        byte[] make() throws Templates.TemplateFailure, IOException;
    }

    public PageJob {
        sources = List.copyOf(sources);
    }
}
