package khatt.content;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import khatt.arabic.ArabicText;
import khatt.diag.Diagnostic;

/** Typed access to the fields of one YAML mapping, reporting every problem against its line. */
final class Fields {

    /** Lower-case ASCII words joined by hyphens: safe in URLs and file names on every system. */
    static final Pattern SAFE_ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private static final Pattern ISO_DATE = Pattern.compile("[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?");

    private final Path file;
    private final Map<String, YamlNode> map;
    private final int mapLine;
    private final List<Diagnostic> problems;

    Fields(Path file, YamlNode node, List<Diagnostic> problems) {
        this.file = file;
        this.map = node.asMap();
        this.mapLine = node.line();
        this.problems = problems;
    }

    /** A problem placed at a node: its line, and its column when known. */
    static Diagnostic error(Path file, YamlNode node, String message, String hint) {
        return Diagnostic.error(file, node.line(), message, hint).at(node.line(), Math.max(node.column(), 1));
    }

    /** A problem with the value of {@code key}, placed at the value (or at the mapping when the key is absent). */
    Diagnostic error(String key, String message, String hint) {
        YamlNode node = map.get(key);
        return node == null ? Diagnostic.error(file, mapLine, message, hint) : error(file, node, message, hint);
    }

    void report(Diagnostic problem) {
        problems.add(problem);
    }

    int lineOf(String key) {
        YamlNode node = map.get(key);
        return node == null ? mapLine : node.line();
    }

    void warnUnknown(Set<String> known) {
        map.forEach((key, node) -> {
            if (!known.contains(key)) {
                problems.add(Diagnostic.warning(file, node.line(), "unknown field '" + key + "' is ignored",
                        "known fields: " + String.join(", ", known.stream().sorted().toList())).at(node.line(), 1));
            }
        });
    }

    /** A text field, NFC-normalized and trimmed; null when absent or empty. */
    String text(String key) {
        YamlNode node = map.get(key);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isScalar()) {
            problems.add(error(file, node, "'" + key + "' must be text", "write it on one line: " + key + ": \"…\""));
            return null;
        }
        String text = ArabicText.nfc(node.text()).strip();
        return text.isEmpty() ? null : text;
    }

    String requiredText(String key, String hint) {
        String text = text(key);
        if (text == null && !hasError(key)) {
            problems.add(error(key, "missing '" + key + "'", hint));
        }
        return text;
    }

    LocalDate date(String key) {
        String text = text(key);
        if (text == null) {
            return null;
        }
        String problem = text.length() == "YYYY-MM-DD".length() ? dateProblem(text) : "bad date";
        if (problem != null) {
            problems.add(error(key, problem + " '" + text + "' in '" + key + "'", "write the date as YYYY-MM-DD, e.g. 2019-05-14"));
            return null;
        }
        return LocalDate.parse(text);
    }

    /**
     * Null when {@code text} is a real date written {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}
     * with a year from 0001 to 9999 (ISO parsing alone would take {@code -0001-01-01} and {@code +12019-05-14});
     * else "bad date" or "impossible date".
     */
    static String dateProblem(String text) {
        if (!ISO_DATE.matcher(text).matches()) {
            return "bad date";
        }
        String[] parts = text.split("-");
        int year = Integer.parseInt(parts[0]);
        int month = parts.length > 1 ? Integer.parseInt(parts[1]) : 1;
        int day = parts.length > 2 ? Integer.parseInt(parts[2]) : 1;
        if (year == 0 || month < 1 || month > 12 || day < 1 || day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
            return "impossible date";
        }
        return null;
    }

    LocalDate requiredDate(String key) {
        if (map.get(key) == null || map.get(key).isNull()) {
            problems.add(error(key, "missing '" + key + "'",
                    "add the date of the event the article reports, e.g. " + key + ": 2019-05-14"));
            return null;
        }
        return date(key);
    }

    /** An id field that must be {@link #SAFE_ID}; null when absent or unsafe. */
    String id(String key) {
        String text = text(key);
        if (text != null && !SAFE_ID.matcher(text).matches()) {
            problems.add(error(key, "unsafe id '" + text + "' in '" + key + "'",
                    "use lower-case ASCII letters, digits and hyphens, e.g. 2019-05-14-sochi"));
            return null;
        }
        return text;
    }

    /** A list of texts; a single text counts as a list of one. Null when absent. */
    List<String> texts(String key) {
        YamlNode node = map.get(key);
        if (node == null || node.isNull()) {
            return null;
        }
        List<String> texts = new ArrayList<>();
        if (node.isScalar()) {
            texts.add(ArabicText.nfc(node.text()).strip());
        } else if (node.isList()) {
            for (YamlNode item : node.asList()) {
                if (item.isScalar() && item.text() != null) {
                    texts.add(ArabicText.nfc(item.text()).strip());
                } else {
                    problems.add(error(file, item, "'" + key + "' must be a list of texts", "e.g. " + key + ": [a, b]"));
                }
            }
        } else {
            problems.add(error(file, node, "'" + key + "' must be a list", "e.g. " + key + ": [a, b]"));
        }
        return texts;
    }

    YamlNode node(String key) {
        return map.get(key);
    }

    private boolean hasError(String key) {
        YamlNode node = map.get(key);
        return node != null && !node.isNull() && !node.isScalar();
    }
}
