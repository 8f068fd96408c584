package khatt.render.export;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A PNG encoder for flat-coloured pictures: every pixel becomes the nearest colour of a palette of
 * at most 256, written as one byte, rows unfiltered, deflated at the fastest level. A third of the
 * bytes of 24-bit RGB to compress, which is most of the cost of a share card.
 *
 * <p>An encoder keeps its buffers, its deflater and the nearest colours it has looked up for the
 * next picture: a build encodes thousands of cards of the same few hundred colours, and fresh
 * buffers of that size are garbage the collector must chase. Not thread-safe: one per thread.
 */
final class PalettePng {

    static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private final int[] palette;
    private final NearestColours nearest;
    private final Deflater deflater = new Deflater(Deflater.BEST_SPEED, true); // raw: the zlib wrapper is written here
    private byte[] raw = new byte[0];
    private byte[] deflated = new byte[64 * 1024];
    /** For each row of the last picture, whether it was the same as the row above. */
    private boolean[] sameAsAbove = new boolean[0];

    PalettePng(int[] palette) {
        if (palette.length == 0 || palette.length > 256) {
            throw new IllegalArgumentException("a PNG palette has 1 to 256 colours, not " + palette.length);
        }
        this.palette = palette.clone();
        this.nearest = new NearestColours(this.palette);
    }

    /** {@link #encode(int[], int, int, String, String)} with a one-off encoder of {@code palette}. */
    static byte[] encode(int[] pixels, int width, int height, int[] palette, String keyword, String text) {
        return new PalettePng(palette).encode(pixels, width, height, keyword, text);
    }

    /**
     * The PNG of {@code pixels} (0xRRGGBB, row after row), each mapped to its nearest colour of the
     * palette, with one {@code tEXt} chunk {@code keyword}/{@code text}.
     */
    byte[] encode(int[] pixels, int width, int height, String keyword, String text) {
        int rawLength = indices(pixels, width, height);
        byte[] idat = zlib(rawLength, width + 1, height);
        ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 3).put((byte) 0).put((byte) 0).put((byte) 0);
        ByteArrayOutputStream png = new ByteArrayOutputStream(idat.length + 1024);
        png.writeBytes(SIGNATURE);
        chunk(png, "IHDR", header.array(), header.capacity());
        byte[] triples = rgbTriples(palette);
        chunk(png, "PLTE", triples, triples.length);
        byte[] textChunk = (keyword + "\0" + text).getBytes(StandardCharsets.ISO_8859_1);
        chunk(png, "tEXt", textChunk, textChunk.length);
        chunk(png, "IDAT", idat, idat.length);
        chunk(png, "IEND", new byte[0], 0);
        return png.toByteArray();
    }

    /** Fills {@link #raw}, each row a filter byte 0 (none) and one palette index per pixel; returns its length. */
    private int indices(int[] pixels, int width, int height) {
        int length = height * (1 + width);
        if (raw.length < length) {
            raw = new byte[length];
        }
        if (sameAsAbove.length < height) {
            sameAsAbove = new boolean[height];
        }
        int at = 0;
        int last = -1;
        byte lastIndex = 0;
        for (int y = 0; y < height; y++) {
            raw[at++] = 0;
            int row = y * width;
            sameAsAbove[y] = y > 0 && java.util.Arrays.mismatch(pixels, row - width, row, pixels, row, row + width) < 0;
            if (sameAsAbove[y]) {
                System.arraycopy(raw, at - 1 - width, raw, at, width); // a row like the one above: most of a card
                at += width;
                continue;
            }
            int end = row + width;
            for (int i = row; i < end; ) {
                int pixel = pixels[i];
                int run = i + 1;
                while (run < end && pixels[run] == pixel) {
                    run++; // most of a card is runs of one colour
                }
                int rgb = pixel & 0xffffff;
                if (rgb != last) {
                    last = rgb;
                    lastIndex = nearest.indexOf(rgb);
                }
                java.util.Arrays.fill(raw, at, at + run - i, lastIndex);
                at += run - i;
                i = run;
            }
        }
        return length;
    }

    /** Each colour's nearest palette index, remembered in an open-addressing table: a card has a few hundred colours. */
    private static final class NearestColours {
        private final int[] palette;
        private int[] colours = new int[1024];
        private byte[] indices = new byte[1024];
        private int size;

        NearestColours(int[] palette) {
            this.palette = palette;
            java.util.Arrays.fill(colours, -1);
        }

        byte indexOf(int rgb) {
            int slot = slotOf(rgb);
            if (colours[slot] == -1) {
                colours[slot] = rgb;
                indices[slot] = (byte) nearestIndex(rgb, palette);
                if (++size * 2 > colours.length) {
                    grow();
                    slot = slotOf(rgb);
                }
            }
            return indices[slot];
        }

        /** Where {@code rgb} is, or the empty slot where it goes. */
        private int slotOf(int rgb) {
            int mask = colours.length - 1;
            int slot = (rgb * 0x9E3779B1) >>> 16 & mask;
            while (colours[slot] != rgb && colours[slot] != -1) {
                slot = (slot + 1) & mask;
            }
            return slot;
        }

        private void grow() {
            int[] oldColours = colours;
            byte[] oldIndices = indices;
            colours = new int[oldColours.length * 2];
            indices = new byte[colours.length];
            java.util.Arrays.fill(colours, -1);
            for (int i = 0; i < oldColours.length; i++) {
                if (oldColours[i] != -1) {
                    int slot = slotOf(oldColours[i]);
                    colours[slot] = oldColours[i];
                    indices[slot] = oldIndices[i];
                }
            }
        }
    }

    private static int nearestIndex(int rgb, int[] palette) {
        int best = 0;
        long bestDistance = Long.MAX_VALUE;
        for (int i = 0; i < palette.length; i++) {
            int dr = (rgb >> 16 & 0xff) - (palette[i] >> 16 & 0xff);
            int dg = (rgb >> 8 & 0xff) - (palette[i] >> 8 & 0xff);
            int db = (rgb & 0xff) - (palette[i] & 0xff);
            long distance = (long) dr * dr + (long) dg * dg + (long) db * db;
            if (distance < bestDistance) {
                bestDistance = distance;
                best = i;
            }
        }
        return best;
    }

    private static byte[] rgbTriples(int[] palette) {
        byte[] out = new byte[palette.length * 3];
        for (int i = 0; i < palette.length; i++) {
            out[3 * i] = (byte) (palette[i] >> 16);
            out[3 * i + 1] = (byte) (palette[i] >> 8);
            out[3 * i + 2] = (byte) palette[i];
        }
        return out;
    }

    /**
     * The zlib stream of the first {@code length} bytes of {@link #raw}, rows of {@code rowBytes}:
     * runs of rows unlike the row above are deflated, each run flushed in full; a run of rows like
     * the row above is said as one copy of the bytes a row back ({@link RepeatBlocks}).
     */
    private byte[] zlib(int length, int rowBytes, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(length / 16);
        out.write(0x78); // deflate, 32 KB window
        out.write(0x01); // fastest level; the header's check bits
        deflater.reset();
        boolean copies = rowBytes <= RepeatBlocks.MAX_DISTANCE; // a row further back than DEFLATE reaches is deflated
        int y = 0;
        while (y < height) {
            int first = y;
            while (y < height && (!sameAsAbove[y] || !copies)) {
                y++;
            }
            if (y > first) {
                deflateRows(out, first * rowBytes, (y - first) * rowBytes);
            }
            int repeated = y;
            while (y < height && sameAsAbove[y]) {
                y++;
            }
            if (y > repeated) {
                RepeatBlocks.copy(out, (y - repeated) * rowBytes, rowBytes);
            }
        }
        deflater.finish();
        while (!deflater.finished()) {
            out.write(deflated, 0, deflater.deflate(deflated));
        }
        java.util.zip.Adler32 adler = new java.util.zip.Adler32();
        adler.update(raw, 0, length);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) adler.getValue()).array());
        return out.toByteArray();
    }

    /** Deflates {@code length} bytes of {@link #raw} from {@code offset}, flushed to a byte boundary with no history kept. */
    private void deflateRows(ByteArrayOutputStream out, int offset, int length) {
        deflater.setInput(raw, offset, length);
        int written;
        do {
            written = deflater.deflate(deflated, 0, deflated.length, Deflater.FULL_FLUSH);
            out.write(deflated, 0, written);
        } while (written == deflated.length);
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data, int length) {
        byte[] name = type.getBytes(StandardCharsets.ISO_8859_1);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data, 0, length);
        png.writeBytes(ByteBuffer.allocate(4).putInt(length).array());
        png.writeBytes(name);
        png.write(data, 0, length);
        png.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    /** The colours from {@code from} to {@code to} in {@code steps} even steps, both ends included. */
    static int[] ramp(int from, int to, int steps) {
        int[] out = new int[steps];
        for (int i = 0; i < steps; i++) {
            int r = mix(from >> 16 & 0xff, to >> 16 & 0xff, i, steps - 1);
            int g = mix(from >> 8 & 0xff, to >> 8 & 0xff, i, steps - 1);
            int b = mix(from & 0xff, to & 0xff, i, steps - 1);
            out[i] = r << 16 | g << 8 | b;
        }
        return out;
    }

    private static int mix(int a, int b, int i, int n) {
        return Math.round(a + (b - a) * (float) i / n);
    }
}
