package khatt.render.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ShareCardTest {

    private static final ShareCard.Text SOCHI = new ShareCard.Text("لافروف وبومبيو في سوتشي: اتفاق على استعادة قنوات الاتصال",
            "الثلاثاء ١٤ أيار/مايو ٢٠١٩ (٩ رمضان ١٤٤٠ هـ)", "لقاء — سوتشي", "خط لافروف–بومبيو");

    @Test
    void aCardIsA1200By630PngThatImageIoReadsAndThatCarriesItsKey() throws Exception {
        byte[] png = ShareCard.png(SOCHI);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(1200);
        assertThat(image.getHeight()).isEqualTo(630);
        assertThat(ShareCard.keyOf(png)).isEqualTo(SOCHI.key());
        assertThat(image.getRGB(1190, 300)).as("the rail on the right").isEqualTo(0xffa02a1b);
        assertThat(inkRight(image, 200, 420)).as("the title is set from the right margin").isBetween(1080, 1125);
    }

    @Test
    void theKeyChangesWithWhatTheCardShowsAndTheSameTextDrawsTheSameBytes() {
        ShareCard.Text moved = new ShareCard.Text(SOCHI.title(), SOCHI.dates(), "لقاء — موسكو", SOCHI.siteTitle());
        assertThat(moved.key()).isNotEqualTo(SOCHI.key());
        assertThat(ShareCard.png(SOCHI)).isEqualTo(ShareCard.png(SOCHI));
        assertThat(ShareCard.keyOf(new byte[] {1, 2, 3})).isNull();
    }

    @Test
    void aTitleTooLongForThreeLinesEndsInAnEllipsisAndStaysInsideTheCard() throws Exception {
        String longTitle = "لافروف وبومبيو في واشنطن: مباحثات ومؤتمر صحفي مشترك ".repeat(6).strip();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(ShareCard.png(
                new ShareCard.Text(longTitle, SOCHI.dates(), SOCHI.kindAndPlace(), SOCHI.siteTitle()))));
        for (int x = 0; x < 60; x++) {
            for (int y = 0; y < 630; y++) {
                assertThat(image.getRGB(x, y)).as("left margin at %d,%d", x, y).isEqualTo(0xfff8f6f1);
            }
        }
    }

    /** The rightmost column with dark ink between rows {@code top} and {@code bottom}, left of the rail. */
    private static int inkRight(BufferedImage image, int top, int bottom) {
        for (int x = 1170; x > 0; x--) {
            for (int y = top; y < bottom; y++) {
                int rgb = image.getRGB(x, y);
                if (((rgb >> 16) & 0xff) < 100 && ((rgb >> 8) & 0xff) < 100) {
                    return x;
                }
            }
        }
        return -1;
    }
}
