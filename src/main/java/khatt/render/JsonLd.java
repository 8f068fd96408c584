package khatt.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/** schema.org JSON-LD for a page's {@code <script type="application/ld+json">}, safe inside HTML. */
final class JsonLd {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonLd() {}

    /** An object with {@code @type} first; pairs of key and value, nulls left out. */
    static Map<String, Object> thing(String type, Object... pairs) {
        Map<String, Object> thing = new LinkedHashMap<>();
        thing.put("@type", type);
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                thing.put((String) pairs[i], pairs[i + 1]);
            }
        }
        return thing;
    }

    /** The script text: {@code <} is escaped, so no string can close the element. */
    static String script(Map<String, Object> root) {
        Map<String, Object> withContext = new LinkedHashMap<>();
        withContext.put("@context", "https://schema.org");
        withContext.putAll(root);
        try {
            return JSON.writeValueAsString(withContext).replace("<", "\\u003c");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("maps of strings always serialize", e);
        }
    }
}
