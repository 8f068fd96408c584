package khatt.render.export;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.AttributedCharacterIterator;
import java.text.AttributedString;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * An event's share card: the 1200×630 PNG that Open Graph and Twitter show for its page, drawn in
 * Java2D with the site's Arabic font (Noto Naskh Arabic, the same subset as the web font). Arabic is
 * shaped and laid out right to left by {@link TextLayout}; characters the subset lacks (spaces, Latin
 * letters, Western digits, «») are drawn in the platform's sans-serif.
 *
 * <p>The PNG carries the {@link #key} of what it shows in a text chunk, so a build can reuse the
 * card of the last build when the key is the same instead of drawing it again.
 */
public final class ShareCard {

    /** Its name beside the event page. */
    public static final String FILE = "card.png";
    public static final int WIDTH = 1200;
    public static final int HEIGHT = 630;
    /** Changes whenever the drawing changes, so that older cards are drawn again. */
    private static final String DESIGN = "2";
    private static final String KEY_CHUNK = "khatt-card";

    /** The colours, 0xRRGGBB (ints, not {@link Color}s: its class loads AWT's native library). */
    private static final int PAPER = 0xf8f6f1;
    private static final int INK = 0x1b2129;
    private static final int MUTED = 0x545e6b;
    private static final int ACCENT = 0xa02a1b;
    private static final int RULE = 0xddd6c8;
    private static final int MARGIN = 80;
    private static final int TITLE_LINES = 3;
    private static final float TITLE_GAP = 6;
    /** The rule between the title and the date; the title must end above it. */
    private static final int RULE_Y = HEIGHT - 170;

    /** What a card shows: the event's title, its dates (Gregorian and Hijri), kind and place, and the site's title. */
    public record Text(String title, String dates, String kindAndPlace, String siteTitle) {

        /** A digest of everything drawn: equal keys, equal cards. */
        public String key() {
            try {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                for (String part : List.of(DESIGN, title, dates, kindAndPlace, siteTitle)) {
                    sha.update(part.getBytes(StandardCharsets.UTF_8));
                    sha.update((byte) 0);
                }
                return HexFormat.of().formatHex(sha.digest(), 0, 16);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java has SHA-256", e);
            }
        }
    }

    private ShareCard() {}

    /**
     * Each thread's picture and encoder, drawn over for every card: a card's 3 MB of pixels would
     * otherwise be a fresh allocation too large for the collector's young generation, thousands
     * of times a build.
     */
    private static final ThreadLocal<Canvas> CANVAS = ThreadLocal.withInitial(Canvas::new);

    private record Canvas(BufferedImage image, PalettePng encoder) {
        Canvas() {
            this(new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB), new PalettePng(palette()));
        }
    }

    /** The card of {@code text} as PNG bytes, with its key inside. */
    public static byte[] png(Text text) {
        Canvas canvas = CANVAS.get();
        Graphics2D g = canvas.image().createGraphics();
        try {
            draw(g, text); // paints every pixel, the paper first
        } finally {
            g.dispose();
        }
        // the image's own pixels: getRGB converts each through the colour model, slower than the rest together
        int[] pixels = ((java.awt.image.DataBufferInt) canvas.image().getRaster().getDataBuffer()).getData();
        return canvas.encoder().encode(pixels, WIDTH, HEIGHT, KEY_CHUNK, text.key());
    }

    private static void draw(Graphics2D g, Text text) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setColor(new Color(PAPER));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setColor(new Color(ACCENT));
        g.fillRect(WIDTH - 24, 0, 24, HEIGHT); // the rail of the timeline, on the right
        int right = WIDTH - MARGIN;
        int width = WIDTH - 2 * MARGIN;
        float y = MARGIN + 10;
        y = drawLines(g, List.of(line(g, text.siteTitle(), Fonts.BOLD, 34f, width)), right, y, ACCENT, 0);
        y += 24;
        drawLines(g, title(g, text.title(), width, RULE_Y - 20 - y), right, y, INK, TITLE_GAP);
        g.setColor(new Color(RULE));
        g.fillRect(MARGIN, RULE_Y, width, 2);
        drawLines(g, List.of(line(g, text.dates(), Fonts.REGULAR, 34f, width)), right, HEIGHT - 150, MUTED, 0);
        if (!text.kindAndPlace().isEmpty()) {
            drawLines(g, List.of(line(g, text.kindAndPlace(), Fonts.BOLD, 34f, width)), right, HEIGHT - 90, INK, 0);
        }
    }

    /**
     * The title in the largest size at which it fits in three lines of {@code height}; at the
     * smallest, the third line ends in «…» when the title is longer still.
     */
    private static List<TextLayout> title(Graphics2D g, String title, int width, float height) {
        List<TextLayout> lines = List.of();
        for (float size : new float[] {72f, 62f, 54f, 48f}) {
            lines = wrap(g, title, Fonts.BOLD, size, width);
            if (lines.size() <= TITLE_LINES && height(lines) <= height) {
                return lines;
            }
        }
        List<TextLayout> kept = new ArrayList<>(lines.subList(0, TITLE_LINES - 1));
        String rest = rest(g, title, Fonts.BOLD, 48f, width, TITLE_LINES - 1);
        kept.add(line(g, shorten(g, rest, width), Fonts.BOLD, 48f, width));
        return kept;
    }

    private static float height(List<TextLayout> lines) {
        float height = 0;
        for (TextLayout line : lines) {
            height += line.getAscent() + line.getDescent() + line.getLeading() + TITLE_GAP;
        }
        return height;
    }

    /** The text after the first {@code skip} wrapped lines. */
    private static String rest(Graphics2D g, String text, Font font, float size, int width, int skip) {
        LineBreakMeasurer measurer = new LineBreakMeasurer(styled(text, font, size).getIterator(), g.getFontRenderContext());
        for (int i = 0; i < skip; i++) {
            measurer.nextLayout(width);
        }
        return text.substring(measurer.getPosition()).strip();
    }

    /** {@code text} cut at a space, with «…», so that it fits on one line of 48 px. */
    private static String shorten(Graphics2D g, String text, int width) {
        String cut = text;
        while (cut.contains(" ") && line(g, cut + "…", Fonts.BOLD, 48f, Integer.MAX_VALUE).getAdvance() > width) {
            cut = cut.substring(0, cut.lastIndexOf(' '));
        }
        return cut + "…";
    }

    private static List<TextLayout> wrap(Graphics2D g, String text, Font font, float size, int width) {
        AttributedCharacterIterator chars = styled(text, font, size).getIterator();
        LineBreakMeasurer measurer = new LineBreakMeasurer(chars, g.getFontRenderContext());
        List<TextLayout> lines = new ArrayList<>();
        while (measurer.getPosition() < chars.getEndIndex()) {
            lines.add(measurer.nextLayout(width));
        }
        return lines;
    }

    /** One line; shrunk to {@code width} when longer. */
    private static TextLayout line(Graphics2D g, String text, Font font, float size, int width) {
        TextLayout layout = new TextLayout(styled(text, font, size).getIterator(), g.getFontRenderContext());
        if (layout.getAdvance() > width && size > 20f) {
            return line(g, text, font, size * width / layout.getAdvance() - 0.5f, width);
        }
        return layout;
    }

    /** Lines right-aligned at {@code right}, from baseline-to-be {@code top}; returns the y below them. */
    private static float drawLines(Graphics2D g, List<TextLayout> lines, int right, float top, int colour, float gap) {
        g.setColor(new Color(colour));
        float y = top;
        for (TextLayout line : lines) {
            y += line.getAscent();
            line.draw(g, right - line.getAdvance(), y); // right to left: a line's trailing space is on its left
            y += line.getDescent() + line.getLeading() + gap;
        }
        return y;
    }

    /**
     * The text in {@code font}, right to left, each run of characters the font lacks in the
     * platform's sans-serif (Bidi reorders the runs; TextLayout shapes the Arabic ones).
     */
    private static AttributedString styled(String text, Font font, float size) {
        AttributedString styled = new AttributedString(text);
        styled.addAttribute(TextAttribute.RUN_DIRECTION, TextAttribute.RUN_DIRECTION_RTL);
        Font main = font.deriveFont(size);
        Font fallback = new Font(Font.SANS_SERIF, font.getStyle(), Math.round(size * 0.86f));
        int i = 0;
        while (i < text.length()) {
            boolean has = main.canDisplay(text.codePointAt(i));
            int end = i;
            while (end < text.length() && main.canDisplay(text.codePointAt(end)) == has) {
                end += Character.charCount(text.codePointAt(end));
            }
            styled.addAttribute(TextAttribute.FONT, has ? main : fallback, i, end);
            i = end;
        }
        return styled;
    }

    /** The key a card's PNG carries, or null when it carries none (or is no PNG). */
    public static String keyOf(byte[] png) {
        if (png.length < 8 || !java.util.Arrays.equals(png, 0, 8, PalettePng.SIGNATURE, 0, 8)) {
            return null;
        }
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(png, 8, png.length - 8);
        while (in.remaining() >= 12) {
            int length = in.getInt();
            byte[] type = new byte[4];
            in.get(type);
            if (length < 0 || length + 4 > in.remaining()) {
                return null;
            }
            if (new String(type, StandardCharsets.ISO_8859_1).equals("tEXt")) {
                String text = new String(png, in.position(), length, StandardCharsets.ISO_8859_1);
                if (text.startsWith(KEY_CHUNK + "\0")) {
                    return text.substring(KEY_CHUNK.length() + 1);
                }
            }
            in.position(in.position() + length + 4);
        }
        return null;
    }

    /**
     * The card's palette: the paper, the rule, and the anti-aliased edges of each ink on the paper
     * in 64 steps; any pixel outside it (a fallback glyph's edge) takes its nearest colour.
     */
    private static int[] palette() {
        java.util.stream.IntStream.Builder colours = java.util.stream.IntStream.builder();
        colours.add(RULE);
        for (int ink : new int[] {INK, MUTED, ACCENT}) {
            for (int c : PalettePng.ramp(PAPER, ink, 64)) {
                colours.add(c);
            }
        }
        return colours.build().distinct().toArray();
    }

    /** Loaded on the first card drawn: a build that reuses every card (reading only their keys) never pays for them. */
    private static final class Fonts {
        static final Font REGULAR = font("naskh-400.ttf");
        static final Font BOLD = font("naskh-700.ttf");
    }

    private static Font font(String file) {
        try (InputStream in = ShareCard.class.getResourceAsStream("/khatt/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("the card font " + file + " is missing from the jar");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("cannot read the card font " + file, e);
        }
    }
}
