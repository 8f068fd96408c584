package khatt.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import khatt.arabic.ArabicText;
import khatt.arabic.DateStyle;
import khatt.arabic.TextSketch;
import khatt.diag.Diagnostic;
import khatt.diag.Diagnostics;
import khatt.markdown.Markdown;
import khatt.markdown.MarkdownLimits;

/**
 * Reads a content folder: {@code site.yaml}, {@code topics.yaml}, {@code events/*.yaml} and
 * {@code articles/**}{@code /*.md}. Never writes to it. Every problem goes to the diagnostics;
 * what could be read is returned all the same, so that one run reports every error.
 */
public final class ContentLoader {

    private final Markdown markdown;

    public ContentLoader(Markdown markdown) {
        this.markdown = markdown;
    }

    /** Reads the whole folder; every problem goes to {@code diagnostics}. */
    public Content load(Path contentDir, Diagnostics diagnostics) {
        ContentSnapshot snapshot = snapshot(contentDir);
        diagnostics.addAll(snapshot.problems());
        return snapshot.content();
    }

    /** Reads the whole folder, keeping each file's problems with it so that a change re-reads only that file. */
    public ContentSnapshot snapshot(Path contentDir) {
        return ContentSnapshot.read(contentDir, this);
    }

    static SiteConfig readConfig(Path file, Diagnostics diagnostics) {
        YamlNode root = readYaml(file, diagnostics);
        if (root == null || root.isNull()) {
            return SiteConfig.DEFAULT;
        }
        if (!root.isMap()) {
            diagnostics.add(Diagnostic.error(file, root.line(), "site.yaml must be fields 'name: value'", "e.g. title: \"…\""));
            return SiteConfig.DEFAULT;
        }
        List<Diagnostic> problems = new ArrayList<>();
        Fields fields = new Fields(file, root, problems);
        fields.warnUnknown(Set.of("title", "description", "language", "base_url", "date_style"));
        SiteConfig defaults = SiteConfig.DEFAULT;
        DateStyle style = DateStyle.DEFAULT;
        YamlNode styleNode = fields.node("date_style");
        if (styleNode != null && styleNode.isMap()) {
            Fields styleFields = new Fields(file, styleNode, problems);
            styleFields.warnUnknown(Set.of("months", "digits"));
            style = new DateStyle(
                    choice(styleFields, "months", DateStyle.Months.class, style.months(), problems, file),
                    choice(styleFields, "digits", DateStyle.Digits.class, style.digits(), problems, file));
        } else if (styleNode != null && !styleNode.isNull()) {
            problems.add(Diagnostic.error(file, styleNode.line(), "'date_style' must have 'months' and 'digits'",
                    "e.g. date_style: {months: both, digits: arabic}"));
        }
        String language = validated(fields, "language", SiteConfig::languageProblem, "e.g. language: ar, or ar-EG");
        String baseUrl = validated(fields, "base_url", SiteConfig::baseUrlProblem, "e.g. base_url: https://example.org/timeline/");
        diagnostics.addAll(problems);
        return new SiteConfig(
                Objects.requireNonNullElse(fields.text("title"), defaults.title()),
                Objects.requireNonNullElse(fields.text("description"), defaults.description()),
                Objects.requireNonNullElse(language, defaults.language()),
                Objects.requireNonNullElse(baseUrl, defaults.baseUrl()),
                style);
    }

    /** A text field, or null when absent or when {@code check} finds a problem (reported at its line). */
    private static String validated(Fields fields, String key, java.util.function.UnaryOperator<String> check, String hint) {
        String text = fields.text(key);
        String problem = text == null ? null : check.apply(text);
        if (problem != null) {
            fields.report(fields.error(key, problem, hint));
            return null;
        }
        return text;
    }

    private static <E extends Enum<E>> E choice(Fields fields, String key, Class<E> type, E fallback,
                                                List<Diagnostic> problems, Path file) {
        String text = fields.text(key);
        if (text == null) {
            return fallback;
        }
        for (E value : type.getEnumConstants()) {
            if (value.name().equalsIgnoreCase(text)) {
                return value;
            }
        }
        List<String> names = Stream.of(type.getEnumConstants()).map(e -> e.name().toLowerCase(java.util.Locale.ROOT)).toList();
        problems.add(Diagnostic.error(file, fields.lineOf(key), "unknown " + key + " '" + text + "'", "use one of: " + String.join(", ", names)));
        return fallback;
    }

    /** The topics of a {@code topics.yaml}; an absent file has none. Problems go to {@code diagnostics}. */
    public static List<TopicDefinition> readTopics(Path file, Diagnostics diagnostics) {
        YamlNode root = readYaml(file, diagnostics);
        List<TopicDefinition> topics = new ArrayList<>();
        if (root == null || root.isNull()) {
            return topics;
        }
        if (!root.isList()) {
            diagnostics.add(Diagnostic.error(file, root.line(), "topics.yaml must be a list of topics",
                    "start each topic with '- id: …'"));
            return topics;
        }
        List<Diagnostic> problems = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (YamlNode item : root.asList()) {
            if (!item.isMap()) {
                problems.add(Diagnostic.error(file, item.line(), "a topic must have 'id' and 'label'", "e.g. - id: syria"));
                continue;
            }
            Fields fields = new Fields(file, item, problems);
            fields.warnUnknown(Set.of("id", "label", "description", "keywords", "between", "between_keywords"));
            String id = fields.id("id");
            if (id == null && fields.text("id") == null) {
                problems.add(Diagnostic.error(file, item.line(), "topic without 'id'", "add id: an-ascii-slug"));
            }
            String label = fields.requiredText("label", "add the topic's Arabic name: label: \"…\"");
            List<String> keywords = Objects.requireNonNullElse(fields.texts("keywords"), List.of());
            if (id != null && seen.putIfAbsent(id, item.line()) != null) {
                problems.add(Diagnostic.error(file, fields.lineOf("id"), "duplicate topic id '" + id + "'",
                        "already defined on line " + seen.get(id)));
                continue;
            }
            List<String> between = Objects.requireNonNullElse(fields.texts("between"), List.of());
            List<String> betweenKeywords = Objects.requireNonNullElse(fields.texts("between_keywords"), List.of());
            if (!betweenProblem(file, fields, between, betweenKeywords, problems) && id != null && label != null) {
                topics.add(new TopicDefinition(id, label, fields.text("description"), keywords, between, betweenKeywords));
            }
        }
        diagnostics.addAll(problems);
        return topics;
    }

    /** Whether a topic's {@code between} and {@code between_keywords} are wrong, each problem added to {@code problems}. */
    private static boolean betweenProblem(Path file, Fields fields, List<String> between, List<String> betweenKeywords,
            List<Diagnostic> problems) {
        if (between.isEmpty() != betweenKeywords.isEmpty()) {
            String missing = between.isEmpty() ? "between" : "between_keywords";
            problems.add(Diagnostic.error(file, fields.lineOf(between.isEmpty() ? "between_keywords" : "between"),
                    "'between' and 'between_keywords' go together: '" + missing + "' is missing",
                    "e.g. between: [\"ru\", \"us\"] and between_keywords: [\"العلاقات الثنائية\"]"));
            return true;
        }
        for (String country : between) {
            if (!country.matches("[a-z]{2}")) {
                problems.add(Diagnostic.error(file, fields.lineOf("between"), "'" + country + "' is not a two-letter country code",
                        "write countries as the list of officials does: ru, us, eg…"));
                return true;
            }
        }
        return false;
    }

    /** The curated events of a content folder, by id, read as the build reads them; problems go to {@code diagnostics}. */
    public static java.util.SortedMap<String, EventFacts> readEvents(Path contentDir, Diagnostics diagnostics) {
        java.util.SortedMap<String, EventFacts> events = new java.util.TreeMap<>();
        for (Path file : listFiles(contentDir, contentDir.resolve("events"), ".yaml", diagnostics)) {
            EventFacts event = readEvent(file, diagnostics);
            if (event != null) {
                events.put(event.id(), event);
            }
        }
        return events;
    }

    /** The article files of a content folder, as the build lists them (links out of it skipped, with a warning). */
    public static List<Path> articleFiles(Path contentDir, Diagnostics diagnostics) {
        return listFiles(contentDir, contentDir.resolve("articles"), ".md", diagnostics);
    }

    /** One {@code events/<id>.yaml} file, or null when it cannot be read. */
    static EventFacts readEvent(Path file, Diagnostics diagnostics) {
        String id = stem(file);
        List<Diagnostic> problems = new ArrayList<>();
        if (!Fields.SAFE_ID.matcher(id).matches()) {
            problems.add(Diagnostic.error(file, 0, "unsafe event id '" + id + "'",
                    "rename the file with lower-case ASCII letters, digits and hyphens, e.g. 2019-05-14-sochi.yaml"));
        }
        YamlNode root = readYaml(file, diagnostics);
        EventFacts event = null;
        if (root != null && !root.isNull() && !root.isMap()) {
            problems.add(Diagnostic.error(file, root.line(), "an event file must be fields 'name: value'", "e.g. title: \"…\""));
        } else if (root != null && !root.isNull()) {
            Fields fields = new Fields(file, root, problems);
            fields.warnUnknown(Set.of("title", "summary", "place", "kind", "date"));
            String summary = fields.text("summary");
            MarkdownLimits.Violation tooBig = summary == null ? null : MarkdownLimits.check(summary);
            if (tooBig != null) {
                problems.add(fields.error("summary", "summary: " + tooBig.message(), tooBig.hint()));
                summary = null;
            }
            event = new EventFacts(id, file, fields.text("title"), summary, fields.text("place"),
                    fields.id("kind"), fields.date("date"), fields.lineOf("date"), fields.lineOf("place"), fields.lineOf("kind"));
        } else if (root != null) {
            event = new EventFacts(id, file, null, null, null, null, null, 0, 0, 0);
        }
        diagnostics.addAll(problems);
        return event;
    }

    ArticleReader articleReader(List<TopicDefinition> topics) {
        return new ArticleReader(topics, markdown);
    }

    /** An article as read: null when it has errors; the sketch of its text, or null when unreadable. */
    record ReadArticle(ArticleSource article, TextSketch sketch) {}

    /** One article file. */
    static ReadArticle readArticle(Path file, ArticleReader reader, Diagnostics diagnostics) {
        String text = readText(file, diagnostics);
        if (text == null) {
            return new ReadArticle(null, null);
        }
        List<Diagnostic> problems = new ArrayList<>();
        if (!Fields.SAFE_ID.matcher(stem(file)).matches()) {
            problems.add(Diagnostic.error(file, 0, "unsafe article file name '" + file.getFileName() + "'",
                    "rename it with lower-case ASCII letters, digits and hyphens: the name is the article's permanent id"));
        }
        ArticleSource article = reader.read(stem(file), file, text, problems);
        diagnostics.addAll(problems);
        return new ReadArticle(article, article == null ? null : TextSketch.of(FrontMatter.bodyOf(text)));
    }

    /**
     * The files under {@code dir} ending in {@code suffix}, in a stable order. Symbolic links are
     * followed only to files inside {@code root} (the content folder); the others are skipped with a
     * warning, so that nothing outside it is published.
     */
    static List<Path> listFiles(Path root, Path dir, String suffix, Diagnostics diagnostics) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            List<Path> files = new ArrayList<>();
            for (Path path : walk.sorted(Comparator.comparing(Path::toString)).toList()) {
                String skipped = skippedLink(root, path);
                if (skipped != null) {
                    diagnostics.add(Diagnostic.warning(path, 0, skipped, "copy the file into the content folder instead"));
                } else if (skipped == null && path.getFileName().toString().endsWith(suffix) && Files.isRegularFile(path)) {
                    files.add(path);
                }
            }
            return files;
        } catch (IOException | UncheckedIOException e) {
            diagnostics.add(Diagnostic.error(dir, 0, "cannot list folder: " + e.getMessage(), ""));
            return List.of();
        }
    }

    /** Why the symbolic link {@code path} is not followed, or null when it is no link or leads to a file inside {@code root}. */
    static String skippedLink(Path root, Path path) {
        if (!Files.isSymbolicLink(path)) {
            return null;
        }
        try {
            Path target = path.toRealPath();
            if (Files.isDirectory(target)) {
                return "symbolic link to a folder skipped";
            }
            return target.startsWith(root.toRealPath()) ? null : "symbolic link to a file outside the content folder skipped";
        } catch (IOException e) {
            return "broken symbolic link skipped";
        }
    }

    private static YamlNode readYaml(Path file, Diagnostics diagnostics) {
        String skipped = skippedLink(file.getParent(), file);
        if (skipped != null) {
            diagnostics.add(Diagnostic.warning(file, 0, skipped, "copy the file into the content folder instead"));
            return null;
        }
        if (!Files.exists(file)) {
            return null;
        }
        String text = readText(file, diagnostics);
        if (text == null) {
            return null;
        }
        try {
            return YamlReader.read(text, file, 1);
        } catch (YamlReader.YamlException e) {
            diagnostics.add(e.diagnostic());
            return null;
        }
    }

    /**
     * The file as NFC text with Unix line ends, no byte-order mark and no direction controls (each
     * file that had some gets a warning), or null after reporting why not.
     */
    static String readText(Path file, Diagnostics diagnostics) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            CharBuffer decoded = CharBuffer.allocate(bytes.length);
            ByteBuffer input = ByteBuffer.wrap(bytes);
            CoderResult result = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(input, decoded, true);
            if (result.isError()) {
                int line = lineAt(bytes, input.position());
                diagnostics.add(Diagnostic.error(file, line, String.format(java.util.Locale.ROOT,
                        "not UTF-8 text: byte 0x%02X at offset %d", bytes[input.position()] & 0xFF, input.position()),
                        "save the file as UTF-8"));
                return null;
            }
            String text = decoded.flip().toString();
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            if (text.indexOf('\r') >= 0) {
                text = text.replace("\r\n", "\n").replace('\r', '\n');
            }
            int control = BidiControls.first(text);
            if (control >= 0) {
                int line = (int) text.substring(0, control).chars().filter(c -> c == '\n').count() + 1;
                diagnostics.add(Diagnostic.warning(file, line, String.format(java.util.Locale.ROOT,
                        "direction control U+%04X removed (it would reverse the text around it on the site)", (int) text.charAt(control)),
                        "delete the invisible direction characters (U+202A-U+202E, U+2066-U+2069) from the file"));
                text = BidiControls.strip(text);
            }
            return ArabicText.nfc(text);
        } catch (IOException | UncheckedIOException e) {
            diagnostics.add(Diagnostic.error(file, 0, "cannot read: " + e.getMessage(), ""));
        }
        return null;
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
