package khatt.importer;

import java.util.List;

/**
 * A page as saved by an editor: its lines of text (copied text, or the blocks of a saved HTML
 * page) and whatever metadata the page carried.
 *
 * @param name the input's file name, for messages
 * @param lines the text, one line per block, clutter included
 * @param meta metadata of an HTML page (or from the page's address); {@link PageMetadata#NONE} for text
 * @param cutOff whether the file ends in the middle of a character: it was probably saved incompletely
 */
public record RawPage(String name, List<String> lines, PageMetadata meta, boolean cutOff) {

    public RawPage {
        lines = List.copyOf(lines);
    }

    /** A page of copied text. */
    public static RawPage ofText(String name, String text) {
        return new RawPage(name, text.lines().toList(), PageMetadata.NONE, false);
    }
}
