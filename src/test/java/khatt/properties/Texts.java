package khatt.properties;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import java.util.stream.Collectors;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Generators of the texts the properties are checked on; each shrinks towards the empty one. */
final class Texts {

    private Texts() {}

    /** Up to {@code maxLength} characters drawn from {@code alphabet}. */
    static Gen<String> of(String alphabet, int maxLength) {
        return lists().of(integers().between(0, alphabet.length() - 1)).ofSizeBetween(0, maxLength)
                .map(indexes -> indexes.stream().map(i -> String.valueOf(alphabet.charAt(i))).collect(Collectors.joining()));
    }

    /** Any UTF-16 text, lone surrogates and controls included. */
    static Gen<String> anyUtf16(int maxLength) {
        return strings().betweenCodePoints(0, Character.MAX_VALUE).ofLengthBetween(0, maxLength);
    }

    /** Pieces joined: each drawn from {@code pieces}. */
    static Gen<String> joined(Gen<String> pieces, int maxCount, String separator) {
        return lists().of(pieces).ofSizeBetween(0, maxCount).map(list -> String.join(separator, list));
    }

    static Gen<byte[]> bytes(int maxLength) {
        return Generate.byteArrays(integers().between(0, maxLength), Generate.bytes(Byte.MIN_VALUE, Byte.MAX_VALUE, (byte) 0));
    }

    static <T> Gen<T> oneOf(List<T> values) {
        return Generate.pick(values);
    }
}
