package khatt.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Reads an input file into a {@link RawPage}: {@code .html}/{@code .htm} through jsoup (metadata
 * and the text of its blocks), anything else as copied text.
 */
public final class PageReader {

    private static final Pattern LD_PUBLISHED = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]+)\"");

    private static final Pattern WEB_ADDRESS = Pattern.compile("(?i)https?://[^\\s/?#]+\\S*");

    private PageReader() {}

    public static RawPage read(Path file) throws IOException {
        String name = file.getFileName().toString();
        byte[] bytes = Files.readAllBytes(file);
        int cut = cutOffCharacter(bytes);
        if (cut >= 0) {
            bytes = java.util.Arrays.copyOf(bytes, cut);
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) {
            // jsoup finds the page's charset (BOM, <meta charset>), UTF-8 otherwise
            Document doc = Jsoup.parse(new java.io.ByteArrayInputStream(bytes), null, "");
            if (doc.charset().equals(StandardCharsets.UTF_8) && !isUtf8(bytes)) {
                doc = Jsoup.parse(new java.io.ByteArrayInputStream(bytes), arabicCharset(bytes), "");
            }
            RawPage page = html(name, doc);
            return new RawPage(name, page.lines(), page.meta(), cut >= 0);
        }
        String text = decode(bytes);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        RawPage page = RawPage.ofText(name, text);
        return new RawPage(name, page.lines(), page.meta(), cut >= 0);
    }

    /**
     * Where the UTF-8 character the bytes end in the middle of starts, or -1 when they end on a
     * whole character (or are not UTF-8 before it).
     */
    static int cutOffCharacter(byte[] bytes) {
        for (int i = bytes.length - 1; i >= Math.max(0, bytes.length - 4); i--) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80 || b >= 0xC0) { // an ASCII byte or the first byte of a sequence
                int length = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
                return bytes.length - i < length && isUtf8(java.util.Arrays.copyOf(bytes, i)) ? i : -1;
            }
        }
        return -1;
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }

    /**
     * The charset of an HTML page that is not UTF-8 and does not say what it is: ICU's guess when it
     * is an Arabic one (windows-1256 or ISO-8859-6), else windows-1256, what older Arabic sites used.
     */
    static String arabicCharset(byte[] bytes) {
        com.ibm.icu.text.CharsetDetector detector = new com.ibm.icu.text.CharsetDetector();
        detector.enableInputFilter(true); // ignore the markup
        for (com.ibm.icu.text.CharsetMatch match : detector.setText(bytes).detectAll()) {
            if ("ar".equals(match.getLanguage())) {
                return match.getName();
            }
        }
        return "windows-1256";
    }

    /** UTF-8, or Windows-1256 (older Arabic sites' text) when the bytes are not UTF-8. */
    static String decode(byte[] bytes) throws IOException {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            try {
                return java.nio.charset.Charset.forName("windows-1256").newDecoder()
                        .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            } catch (java.nio.charset.CharacterCodingException | java.nio.charset.UnsupportedCharsetException e2) {
                throw new IOException("neither UTF-8 nor Windows-1256 text", e);
            }
        }
    }

    /** A saved HTML page: metadata from og:, article: and time elements; lines from its blocks. */
    public static RawPage html(String name, String html) {
        return html(name, Jsoup.parse(html));
    }

    private static RawPage html(String name, Document doc) {
        String siteName = meta(doc, "og:site_name");
        String published = firstNonNull(meta(doc, "article:published_time"), meta(doc, "og:published_time"),
                meta(doc, "datePublished"), meta(doc, "pubdate"), meta(doc, "publish-date"), meta(doc, "date"),
                ldPublished(doc), timeDatetime(doc));
        String url = firstNonNull(attr(doc, "link[rel=canonical]", "href"), meta(doc, "og:url"));
        doc.select("script, style, noscript, nav, footer, aside, form, iframe, svg, button, select, template").remove();
        Element root = doc.selectFirst("article");
        if (root == null) {
            root = doc.selectFirst("[itemprop=articleBody]");
        }
        if (root == null) {
            root = doc.body();
        }
        String title = null;
        Element h1 = root.selectFirst("h1");
        if (h1 == null) {
            h1 = doc.selectFirst("h1");
        }
        if (h1 != null && !h1.text().isBlank()) {
            title = h1.text().strip();
        } else {
            title = stripSiteName(meta(doc, "og:title"), siteName);
            if (title == null && !doc.title().isBlank()) {
                title = stripSiteName(doc.title(), siteName);
            }
        }
        List<String> lines = new ArrayList<>();
        if (title != null && root.selectFirst("h1") == null) {
            lines.add(title);
        }
        lines.addAll(blockLines(root));
        return new RawPage(name, lines, new PageMetadata(title, siteName, published, webAddress(url)), false);
    }

    /** {@code url} when it is an http(s) address (its scheme in lower case), else null: never a script link. */
    static String webAddress(String url) {
        if (url == null || !WEB_ADDRESS.matcher(url).matches()) {
            return null;
        }
        int colon = url.indexOf(':');
        return url.substring(0, colon).toLowerCase(Locale.ROOT) + url.substring(colon);
    }

    /** The text of a subtree, a line per block element, <br> breaking lines. */
    static List<String> blockLines(Element root) {
        StringBuilder sb = new StringBuilder();
        root.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    sb.append(t.text());
                } else if (node instanceof Element e && (e.isBlock() || e.normalName().equals("br"))) {
                    sb.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e.isBlock()) {
                    sb.append('\n');
                }
            }
        });
        List<String> lines = new ArrayList<>();
        for (String line : sb.toString().split("\n")) {
            if (!line.isBlank()) {
                lines.add(line.strip());
            }
        }
        return lines;
    }

    private static String meta(Document doc, String key) {
        for (Element e : doc.select("meta[property=" + key + "], meta[name=" + key + "], meta[itemprop=" + key + "]")) {
            String c = e.attr("content");
            if (!c.isBlank()) {
                return c.strip();
            }
        }
        return null;
    }

    private static String attr(Document doc, String css, String attr) {
        Element e = doc.selectFirst(css);
        return e == null || e.attr(attr).isBlank() ? null : e.attr(attr).strip();
    }

    private static String ldPublished(Document doc) {
        for (Element e : doc.select("script[type=application/ld+json]")) {
            Matcher m = LD_PUBLISHED.matcher(e.data());
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    private static String timeDatetime(Document doc) {
        Element t = doc.selectFirst("article time[datetime], time[pubdate][datetime], time[datetime]");
        return t == null || t.attr("datetime").isBlank() ? null : t.attr("datetime").strip();
    }

    /** «العنوان - اسم الموقع» → «العنوان». */
    static String stripSiteName(String title, String siteName) {
        if (title == null || title.isBlank()) {
            return null;
        }
        String t = title.strip();
        if (siteName != null) {
            for (String sep : new String[] {" | ", " - ", " – ", " — "}) {
                if (t.endsWith(sep + siteName)) {
                    return t.substring(0, t.length() - sep.length() - siteName.length()).strip();
                }
                if (t.startsWith(siteName + sep)) {
                    return t.substring(siteName.length() + sep.length()).strip();
                }
            }
        }
        return t;
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
