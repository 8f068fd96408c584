package khatt.render.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Indented JSON written in pieces, byte for byte what Jackson writes of the whole document at once.
 * A file that lists every event is then remade by joining each event's piece, kept from the last
 * rebuild for the events that did not change, rather than by writing every event again.
 */
public final class JsonPieces {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final byte[] OPEN = utf8("[ ");
    private static final byte[] SEPARATOR = utf8(", ");

    private JsonPieces() {}

    /** {@code value} as UTF-8 JSON, indented to stand {@code depth} objects deep in a document. */
    public static byte[] piece(Object value, int depth) {
        return utf8(text(value, depth));
    }

    /** {@code value} as JSON text, indented to stand {@code depth} objects deep in a document. */
    public static String text(Object value, int depth) {
        try {
            // Jackson breaks lines only to indent (strings escape their line breaks): each break takes the deeper indent.
            return JSON.writeValueAsString(value).replace("\n", "\n" + "  ".repeat(depth));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("maps, lists and records of strings always serialize", e);
        }
    }

    /** {@code before}, then the array of {@code pieces} laid out as Jackson lays arrays out ({@code [ a, b ]}), then {@code after}. */
    public static byte[] document(String before, List<byte[]> pieces, String after) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(pieces.stream().mapToInt(piece -> piece.length + 2).sum() + 256);
        out.writeBytes(utf8(before));
        out.writeBytes(OPEN);
        for (int i = 0; i < pieces.size(); i++) {
            if (i > 0) {
                out.writeBytes(SEPARATOR);
            }
            out.writeBytes(pieces.get(i));
        }
        out.writeBytes(utf8(pieces.isEmpty() ? "]" : " ]"));
        out.writeBytes(utf8(after));
        return out.toByteArray();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
