package khatt.content;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(error(key,
                    (text.matches("\\d{4}-\\d{2}-\\d{2}") ? "impossible date" : "bad date") + " '" + text + "' in '" + key + "'",
                    "write the date as YYYY-MM-DD, e.g. 2019-05-14"));
            return null;
        }
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
