package khatt.render.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import khatt.content.ArticleSource;
import khatt.model.Event;

/**
 * How reference managers read an event page and its source articles: three citation files beside
 * the page ({@code cite.ris} for EndNote, Zotero and Mendeley; {@code cite.bib}, biblatex fields;
 * {@code cite.json}, CSL-JSON for Zotero, Pandoc and citeproc), and the COinS (OpenURL) spans that
 * Zotero reads from the page itself.
 */
public final class Citations {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** A citation file: its name beside the event page, the format's name, and its text. */
    public enum Format {
        RIS("cite.ris", "RIS"), BIBTEX("cite.bib", "BibTeX"), CSL_JSON("cite.json", "CSL-JSON");

        public final String fileName;
        public final String label;

        Format(String fileName, String label) {
            this.fileName = fileName;
            this.label = label;
        }

        /** The file's text for an event whose page is at {@code url}. */
        public String text(Event event, String url, String siteTitle) {
            return switch (this) {
                case RIS -> ris(event, url, siteTitle);
                case BIBTEX -> bibtex(event, url, siteTitle);
                case CSL_JSON -> csl(event, url, siteTitle);
            };
        }
    }

    private Citations() {}

    /** A link to one citation file: its address from the event page, the name to save it as, the format's name. */
    public record Download(String href, String fileName, String format) {}

    /** The links to an event's citation files, saved under the event's id. */
    public static List<Download> downloads(Event event) {
        List<Download> links = new ArrayList<>();
        for (Format format : Format.values()) {
            String extension = format.fileName.substring(format.fileName.indexOf('.'));
            links.add(new Download(format.fileName, event.id() + extension, format.label));
        }
        return links;
    }

    /**
     * The COinS title (an OpenURL ContextObject in Dublin Core terms) of the event page: the
     * reference Zotero offers to save when it finds a {@code span.Z3988} carrying it.
     */
    public static String pageCoins(Event event, String url, String siteTitle, String language) {
        return kev("ctx_ver", "Z39.88-2004", "rft_val_fmt", "info:ofi/fmt:kev:mtx:dc", "rft.type", "webpage",
                "rft.title", event.title(), "rft.creator", siteTitle, "rft.publisher", siteTitle,
                "rft.date", event.date().toString(), "rft.language", language, "rft.identifier", url, "rft_id", url);
    }

    /** The COinS title of one source article, as a newspaper article of its outlet. */
    public static String articleCoins(ArticleSource article, Event event) {
        return kev("ctx_ver", "Z39.88-2004", "rft_val_fmt", "info:ofi/fmt:kev:mtx:journal", "rft.genre", "article",
                "rft.atitle", article.title(), "rft.jtitle", article.outlet(), "rft.date", articleDay(article, event),
                "rft.language", "ar", "rft_id", article.sourceUrl());
    }

    /** Key-encoded values (RFC 3986 percent-encoding of UTF-8), skipping absent ones. */
    private static String kev(String... pairs) {
        StringBuilder out = new StringBuilder(256);
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] == null || pairs[i + 1].isEmpty()) {
                continue;
            }
            if (out.length() > 0) {
                out.append('&');
            }
            out.append(pairs[i]).append('=')
                    .append(java.net.URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return out.toString();
    }

    static String csl(Event event, String url, String siteTitle) {
        List<Map<String, Object>> items = new ArrayList<>();
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("id", event.id());
        page.put("type", "webpage");
        page.put("title", event.title());
        page.put("container-title", siteTitle);
        page.put("author", List.of(Map.of("literal", siteTitle)));
        page.put("issued", Map.of("date-parts", List.of(dateParts(event.date().toString()))));
        page.put("URL", url);
        page.put("language", "ar");
        items.add(page);
        for (ArticleSource article : event.articles()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", article.id());
            item.put("type", "article-newspaper");
            item.put("title", article.title());
            if (article.outlet() != null) {
                item.put("container-title", article.outlet());
            }
            String day = articleDay(article, event);
            item.put("issued", Map.of("date-parts", List.of(dateParts(day))));
            if (article.sourceUrl() != null) {
                item.put("URL", article.sourceUrl());
            }
            item.put("language", "ar");
            items.add(item);
        }
        try {
            return JSON.writeValueAsString(items) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("maps of strings always serialize", e);
        }
    }

    static String bibtex(Event event, String url, String siteTitle) {
        StringBuilder out = new StringBuilder(1024);
        out.append("@online{").append(key(event.id())).append(",\n");
        field(out, "author", "{" + bib(siteTitle) + "}");
        field(out, "title", bib(event.title()));
        field(out, "organization", bib(siteTitle));
        field(out, "date", event.date().toString());
        field(out, "url", bibUrl(url));
        field(out, "langid", "arabic");
        out.append("}\n");
        for (ArticleSource article : event.articles()) {
            out.append("\n@article{").append(key(article.id())).append(",\n");
            if (article.outlet() != null) {
                field(out, "journaltitle", bib(article.outlet()));
            }
            field(out, "title", bib(article.title()));
            field(out, "date", articleDay(article, event));
            if (article.sourceUrl() != null) {
                field(out, "url", bibUrl(article.sourceUrl()));
            }
            field(out, "langid", "arabic");
            out.append("}\n");
        }
        return out.toString();
    }

    static String ris(Event event, String url, String siteTitle) {
        StringBuilder out = new StringBuilder(1024);
        line(out, "TY", "ELEC");
        line(out, "AU", siteTitle);
        line(out, "TI", event.title());
        line(out, "T2", siteTitle);
        line(out, "PY", Integer.toString(event.date().getYear()));
        line(out, "DA", event.date().toString().replace('-', '/'));
        line(out, "UR", url);
        line(out, "LA", "ar");
        line(out, "ER", "");
        for (ArticleSource article : event.articles()) {
            line(out, "TY", "NEWS");
            line(out, "TI", article.title());
            if (article.outlet() != null) {
                line(out, "T2", article.outlet());
            }
            String day = articleDay(article, event);
            line(out, "PY", day.substring(0, 4));
            line(out, "DA", day.replace('-', '/'));
            if (article.sourceUrl() != null) {
                line(out, "UR", article.sourceUrl());
            }
            line(out, "LA", "ar");
            line(out, "ER", "");
        }
        return out.toString();
    }

    /** The article's own calendar day when it has a publication date, else the event's. */
    private static String articleDay(ArticleSource article, Event event) {
        if (article.published() != null && article.published().length() >= 10) {
            return article.published().substring(0, 10);
        }
        return event.date().toString();
    }

    private static List<Integer> dateParts(String isoDay) {
        String[] parts = isoDay.split("-");
        List<Integer> numbers = new ArrayList<>(parts.length);
        for (String part : parts) {
            numbers.add(Integer.parseInt(part));
        }
        return numbers;
    }

    /** A BibTeX key: ids are ASCII slugs already; anything else becomes a hyphen. */
    private static String key(String id) {
        return id.replaceAll("[^A-Za-z0-9_:-]", "-");
    }

    private static void field(StringBuilder out, String name, String value) {
        out.append("  ").append(name).append(" = {").append(value).append("},\n");
    }

    /** Escapes the characters TeX treats specially; Arabic needs nothing. */
    static String bib(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\textbackslash{}");
                case '{', '}', '%', '&', '$', '#', '_' -> out.append('\\').append(c);
                case '~' -> out.append("\\textasciitilde{}");
                case '^' -> out.append("\\textasciicircum{}");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A URL in a BibTeX field: the braces and backslash that would end or break the field, percent-encoded. */
    static String bibUrl(String url) {
        return url.replace("\\", "%5C").replace("{", "%7B").replace("}", "%7D");
    }

    private static void line(StringBuilder out, String tag, String value) {
        out.append(tag).append("  - ").append(value.replace('\n', ' ')).append("\r\n");
    }
}
