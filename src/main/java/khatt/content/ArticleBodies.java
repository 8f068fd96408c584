package khatt.content;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

/** Reads an article's Markdown body from its file when its page is rendered, so bodies are never all in memory. */
public final class ArticleBodies {

    private ArticleBodies() {}

    public static String read(ArticleSource article) throws IOException {
        StringBuilder body = new StringBuilder(4096);
        try (BufferedReader reader = Files.newBufferedReader(article.file(), StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                if (++number >= article.bodyLine()) {
                    body.append(line).append('\n');
                }
            }
        }
        return khatt.arabic.ArabicText.nfc(BidiControls.strip(body.toString()));
    }
}
