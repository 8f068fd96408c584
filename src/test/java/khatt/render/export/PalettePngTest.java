package khatt.render.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PalettePngTest {

    @Test
    void everyPixelBecomesItsNearestPaletteColour() throws IOException {
        int[] palette = {0xffffff, 0x000000, 0xa02a1b};
        int[] pixels = {0xffffff, 0xfefefe, 0x010203, 0xa02a1b, 0x9f2b1c, 0xc0c0c0};
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(PalettePng.encode(pixels, 3, 2, palette, "k", "v")));

        assertThat(image.getWidth()).isEqualTo(3);
        assertThat(image.getHeight()).isEqualTo(2);
        assertThat(rgb(image, 0, 0)).isEqualTo(0xffffff);
        assertThat(rgb(image, 1, 0)).isEqualTo(0xffffff);
        assertThat(rgb(image, 2, 0)).isEqualTo(0x000000);
        assertThat(rgb(image, 0, 1)).isEqualTo(0xa02a1b);
        assertThat(rgb(image, 1, 1)).isEqualTo(0xa02a1b);
        assertThat(rgb(image, 2, 1)).isEqualTo(0xffffff); // light grey is nearest white
    }

    @Test
    void manyColoursStillMapAndGrowTheTable() throws IOException {
        int[] pixels = new int[64 * 64];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = i * 4099 & 0xffffff; // thousands of distinct colours
        }
        int[] palette = PalettePng.ramp(0x000000, 0xffffff, 256);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(PalettePng.encode(pixels, 64, 64, palette, "k", "v")));
        assertThat(rgb(image, 0, 0)).isEqualTo(0);
        assertThat(rgb(image, 63, 63) & 0xff).isEqualTo(rgb(image, 63, 63) >> 16); // a grey of the ramp
    }

    @Test
    void rowsLikeTheRowAboveAreCopiedAndTheStreamStillInflatesToEveryPixel() throws Exception {
        int[] palette = {0xffffff, 0x000000, 0xa02a1b};
        int width = 258; // a row is 259 bytes: runs of one and two rows leave 1 and 2 after 258-byte copies
        for (int[] runs : new int[][] {{1, 1, 1}, {2, 3}, {1, 2, 5, 1}, {4}, {1, 40, 2, 2}}) {
            int height = java.util.Arrays.stream(runs).sum() + runs.length;
            int[] pixels = new int[width * height];
            int y = 0;
            for (int r = 0; r < runs.length; r++) {
                for (int x = 0; x < width; x++) {
                    pixels[y * width + x] = palette[(x * (r + 1) / 7 + r) % 3]; // a row unlike the one above
                }
                y++;
                for (int k = 0; k < runs[r]; k++, y++) {
                    System.arraycopy(pixels, (y - 1) * width, pixels, y * width, width); // then rows like it
                }
            }
            byte[] png = PalettePng.encode(pixels, width, height, palette, "k", "v");
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            for (int i = 0; i < pixels.length; i++) {
                assertThat(rgb(image, i % width, i / width)).as("pixel %d of runs %s", i, java.util.Arrays.toString(runs))
                        .isEqualTo(pixels[i]);
            }
            assertThat(inflatedIdat(png)).hasSize(height * (width + 1)); // and the zlib checksum holds
        }
    }

    @Test
    void randomPicturesOfEveryWidthComeBackPixelForPixel() throws Exception {
        java.util.Random random = new java.util.Random(11);
        int[] palette = PalettePng.ramp(0x102030, 0xf0e0d0, 40);
        for (int width : new int[] {1, 2, 3, 257, 1200, 32767, 32768}) {
            int height = width > 2000 ? 4 : 1 + random.nextInt(30);
            int[] pixels = new int[width * height];
            for (int y = 0; y < height; y++) {
                if (y > 0 && random.nextInt(3) > 0) {
                    System.arraycopy(pixels, (y - 1) * width, pixels, y * width, width); // a row like the one above
                    continue;
                }
                for (int x = 0; x < width; x++) {
                    pixels[y * width + x] = random.nextInt(4) == 0 ? palette[random.nextInt(palette.length)]
                            : x > 0 ? pixels[y * width + x - 1] : palette[0];
                }
            }
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(PalettePng.encode(pixels, width, height, palette, "k", "v")));
            for (int i = 0; i < pixels.length; i++) {
                assertThat(rgb(image, i % width, i / width)).as("width %d, pixel %d", width, i).isEqualTo(pixels[i]);
            }
        }
    }

    /** The IDAT chunk of a PNG of one IDAT, inflated; the inflater checks the stream's checksum. */
    private static byte[] inflatedIdat(byte[] png) throws Exception {
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(png, 8, png.length - 8);
        while (true) {
            int length = in.getInt();
            byte[] type = new byte[4];
            in.get(type);
            if (new String(type, java.nio.charset.StandardCharsets.ISO_8859_1).equals("IDAT")) {
                java.util.zip.Inflater inflater = new java.util.zip.Inflater();
                inflater.setInput(png, in.position(), length);
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                byte[] buffer = new byte[8192];
                while (!inflater.finished()) {
                    int n = inflater.inflate(buffer);
                    if (n == 0 && inflater.needsInput()) {
                        throw new AssertionError("the stream ends early");
                    }
                    out.write(buffer, 0, n);
                }
                inflater.end();
                return out.toByteArray();
            }
            in.position(in.position() + length + 4);
        }
    }

    @Test
    void aRampRunsFromOneColourToTheOther() {
        assertThat(PalettePng.ramp(0x000000, 0xff0000, 3)).containsExactly(0x000000, 0x800000, 0xff0000);
    }

    @Test
    void aPaletteHasAtMost256Colours() {
        assertThatThrownBy(() -> PalettePng.encode(new int[1], 1, 1, new int[257], "k", "v"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("257");
    }

    private static int rgb(BufferedImage image, int x, int y) {
        return image.getRGB(x, y) & 0xffffff;
    }
}
