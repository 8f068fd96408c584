package khatt.render.export;

import java.io.ByteArrayOutputStream;

/**
 * DEFLATE blocks (RFC 1951) that repeat earlier bytes without compressing them again: a
 * fixed-Huffman block of back-references «copy {@code length} bytes from {@code distance} back»,
 * closed by an empty stored block so that the stream is on a byte boundary again. A card's rows of
 * bare paper are each the row above; zlib spends as long on those as on the rows with text.
 */
final class RepeatBlocks {

    /** The furthest back DEFLATE can copy from. */
    static final int MAX_DISTANCE = 32768;
    /** The longest match DEFLATE can say at once. */
    private static final int MAX_MATCH = 258;
    private static final int[] LENGTH_BASE = {3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59,
        67, 83, 99, 115, 131, 163, 195, 227, 258};
    private static final int[] LENGTH_EXTRA = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4,
        5, 5, 5, 5, 0};
    private static final int[] DISTANCE_BASE = {1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513,
        769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577};
    private static final int[] DISTANCE_EXTRA = {0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10,
        11, 11, 12, 12, 13, 13};

    private final ByteArrayOutputStream out;
    private int bits;
    private int count;

    private RepeatBlocks(ByteArrayOutputStream out) {
        this.out = out;
    }

    /**
     * Writes, at a byte boundary of a raw DEFLATE stream, a block that copies {@code length} bytes
     * (3 or more) from {@code distance} back (1 to 32768), and an empty stored block after it.
     */
    static void copy(ByteArrayOutputStream out, int length, int distance) {
        if (length < 3 || distance < 1 || distance > MAX_DISTANCE) {
            throw new IllegalArgumentException("cannot copy " + length + " bytes from " + distance + " back");
        }
        RepeatBlocks w = new RepeatBlocks(out);
        w.write(0, 1); // not the last block
        w.write(1, 2); // fixed Huffman codes
        int left = length;
        while (left > 0) {
            int match = Math.min(left, MAX_MATCH);
            if (left - match > 0 && left - match < 3) {
                match = left - 3; // leave at least a match of three for the end
            }
            w.match(match, distance);
            left -= match;
        }
        w.huffman(0, 7); // end of block: symbol 256
        w.write(0, 3); // an empty stored block, not the last
        w.flushToByte();
        out.write(0);
        out.write(0);
        out.write(0xff);
        out.write(0xff);
    }

    private void match(int length, int distance) {
        int l = index(LENGTH_BASE, length);
        int symbol = 257 + l;
        if (symbol <= 279) {
            huffman(symbol - 256, 7);
        } else {
            huffman(0xc0 + symbol - 280, 8);
        }
        write(length - LENGTH_BASE[l], LENGTH_EXTRA[l]);
        int d = index(DISTANCE_BASE, distance);
        huffman(d, 5);
        write(distance - DISTANCE_BASE[d], DISTANCE_EXTRA[d]);
    }

    /** The last entry of the ascending {@code bases} at most {@code value}. */
    private static int index(int[] bases, int value) {
        int i = bases.length - 1;
        while (bases[i] > value) {
            i--;
        }
        return i;
    }

    /** A Huffman code: its bits go most significant first. */
    private void huffman(int code, int length) {
        write(Integer.reverse(code) >>> (32 - length), length);
    }

    /** {@code length} bits of {@code value}, least significant first. */
    private void write(int value, int length) {
        bits |= value << count;
        count += length;
        while (count >= 8) {
            out.write(bits & 0xff);
            bits >>>= 8;
            count -= 8;
        }
    }

    private void flushToByte() {
        if (count > 0) {
            out.write(bits & 0xff);
        }
        bits = 0;
        count = 0;
    }
}
