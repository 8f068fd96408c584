package khatt.content;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import khatt.arabic.PhraseMatcher;
import khatt.diag.Diagnostic;
import khatt.markdown.Markdown;
import khatt.markdown.MarkdownLimits;
import khatt.markdown.SafeUrl;

/** Reads one article file: YAML front matter between {@code ---} lines, then a Markdown body. */
final class ArticleReader {

    private static final Set<String> FIELDS = Set.of("title", "date", "event", "place", "kind", "outlet", "published",
            "source_url", "topics", "mentioned_dates", "draft", "review", "provisional_event");
    private static final int LEAD_LENGTH = 240;
    private static final Pattern BLANK_LINE = Pattern.compile("\n\\s*\n");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** A line defining a link reference: {@code [r]: https://…}. */
    private static final Pattern REFERENCE_DEFINITION = Pattern.compile("(?m)^ {0,3}\\[[^\\]\\n]+\\]:.*$");
    /** Characters that may start Markdown inline syntax; a paragraph without them is already plain text. */
    private static final Pattern INLINE_SYNTAX = Pattern.compile("[*_`\\[\\]<>!\\\\&]");

    private final Set<String> topicIds;
    private final PhraseMatcher<String> topicKeywords;
    private final Markdown markdown;

    ArticleReader(List<TopicDefinition> topics, Markdown markdown) {
        this.topicIds = Set.copyOf(topics.stream().map(TopicDefinition::id).toList());
        this.topicKeywords = new PhraseMatcher<>(topics.stream().collect(java.util.stream.Collectors.toMap(
                TopicDefinition::id, TopicDefinition::keywords)));
        this.markdown = markdown;
    }

    /** The article, or null when it has errors (added to {@code problems}). */
    ArticleSource read(String id, Path file, String text, List<Diagnostic> problems) {
        FrontMatter split;
        YamlNode frontMatter;
        try {
            split = FrontMatter.split(text);
            frontMatter = YamlReader.read(split.yaml(), file, FrontMatter.YAML_LINE);
        } catch (FrontMatter.Missing e) {
            problems.add(Diagnostic.error(file, 1, e.getMessage(), e.hint()));
            return null;
        } catch (YamlReader.YamlException e) {
            problems.add(e.diagnostic());
            return null;
        }
        if (!frontMatter.isMap()) {
            problems.add(Diagnostic.error(file, 2, "front matter must be fields 'name: value'", "e.g. title: \"…\""));
            return null;
        }
        int before = countErrors(problems);
        Fields fields = new Fields(file, frontMatter, problems);
        fields.warnUnknown(FIELDS);
        if (isDraft(fields)) {
            problems.addAll(waitingForReview(file, fields, split));
            return null;
        }
        String title = fields.requiredText("title", "add the article's headline: title: \"…\"");
        LocalDate date = fields.requiredDate("date");
        String event = fields.id("event");
        String kind = fields.id("kind");
        String published = published(fields, problems, file);
        String sourceUrl = fields.text("source_url");
        if (sourceUrl != null && !SafeUrl.isWebAddress(sourceUrl)) {
            problems.add(fields.error("source_url", "source_url '" + sourceUrl + "' is not a web address",
                    "write the full address, starting with https://"));
        }
        int bodyLine = split.bodyLine();
        String body = split.body();
        MarkdownLimits.Violation tooBig = MarkdownLimits.check(body);
        if (tooBig != null) {
            problems.add(Diagnostic.error(file, bodyLine + tooBig.line() - 1, tooBig.message(), tooBig.hint()));
            return null;
        }
        List<String> topics = topics(fields, file, title, body, problems);
        List<MentionedDate> mentioned = mentionedDates(fields, problems, file);
        if (countErrors(problems) > before) {
            return null;
        }
        return new ArticleSource(id, file, title, date, event, fields.text("place"), kind, fields.text("outlet"),
                published, sourceUrl, topics, mentioned, bodyLine, lead(body),
                fields.lineOf("date"), fields.lineOf("place"), fields.lineOf("kind"));
    }

    /** The topics the front matter lists (each checked against topics.yaml), else those its keywords find. */
    private List<String> topics(Fields fields, Path file, String title, String body, List<Diagnostic> problems) {
        List<String> topics = fields.texts("topics");
        if (topics == null) {
            return List.copyOf(topicKeywords.labelsIn((title == null ? "" : title) + "\n" + body));
        }
        YamlNode topicsNode = fields.node("topics");
        for (int i = 0; i < topics.size(); i++) {
            String topic = topics.get(i);
            if (!topicIds.contains(topic)) {
                YamlNode at = topicsNode.isList() && topicsNode.asList().size() == topics.size()
                        ? topicsNode.asList().get(i) : topicsNode;
                String closest = closest(topic, topicIds);
                problems.add(Fields.error(file, at, "unknown topic '" + topic + "'", closest != null
                        ? "did you mean '" + closest + "'? Or add '" + topic + "' to topics.yaml"
                        : "add it to topics.yaml or use one of its ids (" + String.join(", ", topicIds.stream().sorted().toList()) + ")"));
            }
        }
        return topics.stream().distinct().sorted().toList();
    }

    /** Whether the article waits for review ({@code draft: true}): it is left out of the site until then. */
    private static boolean isDraft(Fields fields) {
        return "true".equalsIgnoreCase(fields.text("draft"));
    }

    /**
     * The warnings that list a draft: the questions the editor must answer before it is published,
     * and a body the build would then refuse.
     */
    private static List<Diagnostic> waitingForReview(Path file, Fields fields, FrontMatter split) {
        List<String> questions = fields.texts("review");
        String asked = questions == null || questions.isEmpty() ? "" : ": " + String.join("; ", questions);
        List<Diagnostic> warnings = new ArrayList<>();
        warnings.add(Diagnostic.warning(file, fields.lineOf("draft"), "waiting for review, not published" + asked,
                "answer in the front matter, then delete the lines 'draft' and 'review'").at(fields.lineOf("draft"), 1));
        MarkdownLimits.Violation tooBig = MarkdownLimits.check(split.body());
        if (tooBig != null) {
            warnings.add(Diagnostic.warning(file, split.bodyLine() + tooBig.line() - 1,
                    "once published, this draft will be refused: " + tooBig.message(), tooBig.hint()));
        }
        return warnings;
    }

    private static String published(Fields fields, List<Diagnostic> problems, Path file) {
        String text = fields.text("published");
        if (text == null) {
            return null;
        }
        if (text.length() < 10 || Fields.dateProblem(text.substring(0, 10)) != null) {
            problems.add(fields.error("published", "bad publication date '" + text + "'",
                    "write it in ISO 8601: 2019-05-14 or 2019-05-14T18:30:00+03:00"));
            return null;
        }
        try {
            OffsetDateTime.parse(text);
        } catch (DateTimeParseException notOffset) {
            try {
                LocalDateTime.parse(text);
            } catch (DateTimeParseException notLocal) {
                try {
                    LocalDate.parse(text);
                } catch (DateTimeParseException notDate) {
                    problems.add(fields.error("published", "bad publication date '" + text + "'",
                            "write it in ISO 8601: 2019-05-14 or 2019-05-14T18:30:00+03:00"));
                    return null;
                }
            }
        }
        return text;
    }

    private static List<MentionedDate> mentionedDates(Fields fields, List<Diagnostic> problems, Path file) {
        YamlNode node = fields.node("mentioned_dates");
        List<MentionedDate> dates = new ArrayList<>();
        if (node == null || node.isNull()) {
            return dates;
        }
        if (!node.isList()) {
            problems.add(Fields.error(file, node, "'mentioned_dates' must be a list",
                    "e.g. - {text: \"في يونيو المقبل\", date: 2019-06}"));
            return dates;
        }
        for (YamlNode item : node.asList()) {
            YamlNode date = item.isMap() ? item.asMap().get("date") : null;
            if (date == null || !date.isScalar() || date.text() == null) {
                problems.add(Fields.error(file, item, "a mentioned date needs 'text' and 'date' (YYYY, YYYY-MM or YYYY-MM-DD)",
                        "e.g. - {text: \"في يونيو المقبل\", date: 2019-06}"));
                continue;
            }
            String problem = Fields.dateProblem(date.text());
            if (problem != null) {
                problems.add(Fields.error(file, date, problem + " '" + date.text() + "' in 'mentioned_dates'",
                        "write it as YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2019-06"));
                continue;
            }
            YamlNode text = item.asMap().get("text");
            dates.add(new MentionedDate(text == null || text.text() == null ? "" : khatt.arabic.ArabicText.nfc(text.text()),
                    item.asMap().get("date").text()));
        }
        return dates;
    }

    /** The first paragraph of the body as plain text, cut at a word near {@value #LEAD_LENGTH} characters. */
    private String lead(String body) {
        for (String block : BLANK_LINE.split(body)) {
            String trimmed = block.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith(">") || trimmed.startsWith("<")) {
                continue;
            }
            String plain = INLINE_SYNTAX.matcher(trimmed).find()
                    ? markdown.plainText(trimmed + referenceDefinitions(trimmed, body)) : SPACES.matcher(trimmed).replaceAll(" ").strip();
            if (plain.isEmpty()) {
                continue;
            }
            if (plain.length() <= LEAD_LENGTH) {
                return plain;
            }
            int cut = plain.lastIndexOf(' ', LEAD_LENGTH);
            return plain.substring(0, cut > 0 ? cut : LEAD_LENGTH) + "…";
        }
        return "";
    }

    /** The body's reference definitions after a blank line, when {@code block} may use one ({@code [a][r]}); else nothing. */
    private static String referenceDefinitions(String block, String body) {
        if (block.indexOf(']') < 0) {
            return "";
        }
        StringBuilder definitions = new StringBuilder("\n");
        Matcher definition = REFERENCE_DEFINITION.matcher(body);
        while (definition.find()) {
            definitions.append('\n').append(definition.group());
        }
        return definitions.toString();
    }

    /** The id nearest to a misspelt one (at most two letters apart), or null. */
    static String closest(String misspelt, Set<String> ids) {
        String best = null;
        int bestDistance = 3;
        for (String id : ids.stream().sorted().toList()) {
            int distance = editDistance(misspelt, id);
            if (distance < bestDistance) {
                best = id;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** Levenshtein distance: insertions, deletions and substitutions of one character. */
    private static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private static int countErrors(List<Diagnostic> problems) {
        return (int) problems.stream().filter(Diagnostic::isError).count();
    }
}
