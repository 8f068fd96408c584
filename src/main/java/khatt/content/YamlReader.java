package khatt.content;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import khatt.diag.Diagnostic;

/** Reads YAML with Jackson's streaming parser into {@link YamlNode}s that keep their line numbers. */
public final class YamlReader {

    private static final YAMLFactory FACTORY = new YAMLFactory();

    /** A YAML syntax error, already placed in its file. */
    public static final class YamlException extends Exception {
        private final transient Diagnostic diagnostic;

        YamlException(Diagnostic diagnostic) {
            super(diagnostic.message());
            this.diagnostic = diagnostic;
        }

        public Diagnostic diagnostic() {
            return diagnostic;
        }
    }

    private YamlReader() {}

    /**
     * Parses {@code yaml}, which starts on line {@code firstLine} of {@code file}.
     * An empty document reads as a null node.
     */
    public static YamlNode read(String yaml, Path file, int firstLine) throws YamlException {
        try (JsonParser parser = FACTORY.createParser(yaml)) {
            JsonToken token = parser.nextToken();
            if (token == null) {
                return new YamlNode(null, firstLine);
            }
            return readValue(parser, file, firstLine - 1);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? firstLine : e.getLocation().getLineNr() + firstLine - 1;
            int column = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getColumnNr());
            throw new YamlException(Diagnostic.error(file, line, "invalid YAML: " + summary(e.getOriginalMessage()),
                    "check the indentation and quote values that contain ':' or '#'").at(line, column));
        } catch (IOException e) {
            throw new YamlException(Diagnostic.error(file, firstLine, "cannot read YAML: " + e.getMessage(), ""));
        }
    }

    /** SnakeYAML's message without its location and excerpt lines: "while parsing …: expected …". */
    private static String summary(String message) {
        List<String> lines = message.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        if (lines.isEmpty()) {
            return "";
        }
        String problem = lines.stream().skip(1)
                .filter(l -> l.startsWith("expected") || l.startsWith("found") || l.startsWith("could not") || l.startsWith("did not"))
                .findFirst().orElse(null);
        return problem == null ? lines.get(0) : lines.get(0) + ": " + problem;
    }

    private static YamlNode readValue(JsonParser parser, Path file, int lineOffset) throws IOException, YamlException {
        int line = parser.currentTokenLocation().getLineNr() + lineOffset;
        int column = Math.max(parser.currentTokenLocation().getColumnNr(), 0);
        if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
            // Jackson gives an alias as the text of its name: "title: *p" would read as "p".
            throw new YamlException(Diagnostic.error(file, line, "YAML alias '*" + parser.getText() + "' is not supported",
                    "write the value itself; quote it if it starts with '*' or '&'").at(line, Math.max(column, 1)));
        }
        switch (parser.currentToken()) {
            case START_OBJECT -> {
                Map<String, YamlNode> map = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    int keyLine = parser.currentTokenLocation().getLineNr() + lineOffset;
                    int keyColumn = Math.max(parser.currentTokenLocation().getColumnNr(), 1);
                    parser.nextToken();
                    YamlNode value = readValue(parser, file, lineOffset);
                    if (map.containsKey(key)) {
                        throw new YamlException(Diagnostic.error(file, keyLine, "duplicate key '" + key + "'",
                                "keep one '" + key + ":' line").at(keyLine, keyColumn));
                    }
                    map.put(key, new YamlNode(value.value(), keyLine, value.isNull() ? 0 : value.column()));
                }
                return new YamlNode(map, line, column);
            }
            case START_ARRAY -> {
                List<YamlNode> list = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    list.add(readValue(parser, file, lineOffset));
                }
                return new YamlNode(list, line, column);
            }
            case VALUE_NULL -> {
                return new YamlNode(null, line, column);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new YamlNode(parser.getBooleanValue(), line, column);
            }
            default -> {
                return new YamlNode(parser.getText(), line, column);
            }
        }
    }
}
