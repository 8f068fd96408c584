package khatt.content;

import java.util.List;
import java.util.Map;

/**
 * A YAML value with the line and column it starts on, so that every content error can name its place.
 * For a mapping's entry, {@code line} is the key's line and {@code column} the value's column (0 when
 * the value is empty), which is where an editor wants the cursor for a bad value.
 * {@code value} is a String, Number, Boolean or null for scalars, a {@code List<YamlNode>} for
 * sequences and a {@code Map<String, YamlNode>} (in file order) for mappings.
 */
public record YamlNode(Object value, int line, int column) {

    public YamlNode(Object value, int line) {
        this(value, line, 0);
    }

    public boolean isNull() {
        return value == null;
    }

    public boolean isMap() {
        return value instanceof Map;
    }

    public boolean isList() {
        return value instanceof List;
    }

    public boolean isScalar() {
        return !isMap() && !isList();
    }

    @SuppressWarnings("unchecked")
    public Map<String, YamlNode> asMap() {
        return (Map<String, YamlNode>) value;
    }

    @SuppressWarnings("unchecked")
    public List<YamlNode> asList() {
        return (List<YamlNode>) value;
    }

    /** A scalar as text (numbers and booleans as YAML wrote them), or null. */
    public String text() {
        return isScalar() && value != null ? value.toString() : null;
    }
}
