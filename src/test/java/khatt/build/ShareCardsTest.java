package khatt.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import khatt.render.export.ShareCard;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each event page's share card is built once and reused by later builds while its event shows the same. */
class ShareCardsTest {

    @TempDir
    Path dir;

    @Test
    void eventPagesPointToTheirCardsWhichLaterBuildsReuseUntilTheEventChanges() throws IOException {
        Path content = dir.resolve("content");
        copy(Path.of("content"), content);
        Path out = dir.resolve("site");
        BuildOptions options = new BuildOptions(content, out, Path.of("templates"), "https://khatt.example.org/");
        assertThat(new SiteBuilder().build(options).failed()).isFalse();

        Path sochi = out.resolve("events/2019-05-14-sochi/card.png");
        assertThat(ImageIO.read(sochi.toFile()).getWidth()).isEqualTo(1200);
        Document page = Jsoup.parse(out.resolve("events/2019-05-14-sochi/index.html").toFile(), "UTF-8");
        assertThat(page.selectFirst("meta[property=og:image]").attr("content"))
                .isEqualTo("https://khatt.example.org/events/2019-05-14-sochi/card.png");
        assertThat(page.selectFirst("meta[name=twitter:card]").attr("content")).isEqualTo("summary_large_image");

        // Mark the built cards (bytes after IEND change no pixel): a build that reuses them keeps the mark.
        byte[] marked = append(Files.readAllBytes(sochi), "reused");
        Files.write(sochi, marked);
        Path call = out.resolve("events/2020-07-13-call/card.png");
        Files.write(call, append(Files.readAllBytes(call), "reused"));
        Path event = content.resolve("events/2020-07-13-call.yaml");
        Files.writeString(event, Files.readString(event, StandardCharsets.UTF_8)
                .replaceFirst("title: \"", "title: \"عاجل: "), StandardCharsets.UTF_8);

        assertThat(new SiteBuilder().build(options).failed()).isFalse();
        assertThat(Files.readAllBytes(sochi)).as("an unchanged event's card is reused").isEqualTo(marked);
        byte[] redrawn = Files.readAllBytes(call);
        assertThat(new String(redrawn, StandardCharsets.ISO_8859_1)).as("a changed event's card is drawn again").doesNotEndWith("reused");
        assertThat(ShareCard.keyOf(redrawn)).isNotNull();
    }

    private static byte[] append(byte[] bytes, String text) {
        byte[] tail = text.getBytes(StandardCharsets.ISO_8859_1);
        byte[] out = java.util.Arrays.copyOf(bytes, bytes.length + tail.length);
        System.arraycopy(tail, 0, out, bytes.length, tail.length);
        return out;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path file : walk.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
