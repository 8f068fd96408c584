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
