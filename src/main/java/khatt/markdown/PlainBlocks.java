package khatt.markdown;

import java.util.ArrayList;
import java.util.List;

/**
 * The Markdown most article bodies are written in, rendered without a parser: paragraphs, ATX
 * headings and one-paragraph block quotes of plain text. Any other syntax, or any character that
 * could start one, and the body goes to flexmark; the output is then byte for byte what flexmark
 * makes (a test compares the two). Bodies are a third of a build's CPU, and flexmark's set-up per
 * document alone is a sixth of that.
 */
final class PlainBlocks {

    /** Characters that may start inline syntax (escapes, code, emphasis, links, HTML, entities) or a hard break. */
    private static final String INLINE_SYNTAX = "\\`*_[]!<&\r\t\0";

    private PlainBlocks() {}

    /** A block of the body: a heading (level 1–6), a paragraph (0) or a quoted paragraph (-1). */
    private record Block(int level, String text) {}

    /** The HTML of {@code markdown} as {@link Markdown#toHtml} makes it, or null when it is not plain. */
    static String toHtml(String markdown, String idPrefix, int topHeading) {
        if (!plainInline(markdown)) {
            return null;
        }
        List<Block> blocks = blocks(markdown);
        if (blocks == null) {
            return null;
        }
        int highest = blocks.stream().filter(b -> b.level() > 0).mapToInt(Block::level).min().orElse(topHeading);
        StringBuilder html = new StringBuilder(markdown.length() + markdown.length() / 4);
        int paragraphs = 0;
        for (Block block : blocks) {
            if (block.level() > 0) {
                int level = Math.min(6, block.level() - highest + topHeading);
                html.append("<h").append(level).append('>');
                escape(block.text(), html).append("</h").append(level).append(">\n");
                continue;
            }
            if (block.level() < 0) {
                html.append("<blockquote>\n");
            }
            html.append("<p");
            if (!idPrefix.isEmpty()) {
                html.append(" id=\"").append(idPrefix).append("-p").append(++paragraphs).append('"');
            }
            html.append('>');
            escape(block.text(), html).append("</p>\n");
            if (block.level() < 0) {
                html.append("</blockquote>\n");
            }
        }
        return html.toString();
    }

    private static boolean plainInline(String markdown) {
        for (int i = 0; i < markdown.length(); i++) {
            if (INLINE_SYNTAX.indexOf(markdown.charAt(i)) >= 0) {
                return false;
            }
        }
        return !markdown.contains("  \n") && !markdown.endsWith("  ");
    }

    /** The blocks between blank lines, or null when one is not a plain paragraph, heading or quote. */
    private static List<Block> blocks(String markdown) {
        List<Block> blocks = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (String line : (markdown + "\n").split("\n", -1)) {
            if (!spacesOnly(line)) {
                lines.add(line);
                continue;
            }
            if (!lines.isEmpty()) {
                Block block = block(lines);
                if (block == null) {
                    return null;
                }
                blocks.add(block);
                lines.clear();
            }
        }
        return blocks;
    }

    private static Block block(List<String> lines) {
        String first = lines.get(0);
        if (first.startsWith("#")) {
            return lines.size() == 1 ? heading(first) : null;
        }
        boolean quoted = first.startsWith("> ");
        List<String> texts = new ArrayList<>(lines.size());
        for (String line : lines) {
            if (quoted != line.startsWith("> ")) {
                return null;
            }
            String text = quoted ? line.substring(2) : line;
            if (!plainLine(text)) {
                return null;
            }
            texts.add(stripSpaces(text));
        }
        return new Block(quoted ? -1 : 0, String.join(" ", texts));
    }

    private static Block heading(String line) {
        int level = 0;
        while (level < line.length() && line.charAt(level) == '#') {
            level++;
        }
        if (level > 6 || level >= line.length() || line.charAt(level) != ' ') {
            return null;
        }
        String text = stripSpaces(line.substring(level));
        return text.isEmpty() || text.endsWith("#") ? null : new Block(level, text);
    }

    /** A line that cannot start a block of its own: no indent, list, quote, heading, rule, fence or table mark. */
    private static boolean plainLine(String line) {
        return !line.isEmpty() && !Character.isWhitespace(line.charAt(0)) && !Character.isSpaceChar(line.charAt(0))
                && "#>-+*=_~`|<0123456789".indexOf(line.charAt(0)) < 0;
    }

    /** Markdown's blank line and trimming know the space only, not other Unicode white space. */
    private static boolean spacesOnly(String line) {
        return stripSpaces(line).isEmpty();
    }

    private static String stripSpaces(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && text.charAt(start) == ' ') {
            start++;
        }
        while (end > start && text.charAt(end - 1) == ' ') {
            end--;
        }
        return text.substring(start, end);
    }

    private static StringBuilder escape(String text, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("&quot;");
                case '>' -> out.append("&gt;");
                default -> out.append(c);
            }
        }
        return out;
    }
}
