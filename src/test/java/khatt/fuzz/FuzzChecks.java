package khatt.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.function.ThrowingSupplier;

/** The invariants the fuzz tests share, written apart from the code they check. */
final class FuzzChecks {

    /**
     * How long one fuzzing run lasts ({@code maxDuration}); bench/fuzz.sh runs as many as its time
     * allows, each going on from the corpus the last one left. {@code mvn test} only replays the
     * seed inputs, where Jazzer ignores it.
     */
    static final String ROUND = "30s";
    /** Longest one input may take: far above any real input (instrumented), far below a hang. */
    static final Duration SLOW = Duration.ofSeconds(3);

    /** The elements Markdown may make. */
    private static final Set<String> MARKDOWN_ELEMENTS = Set.of("p", "em", "strong", "code", "pre", "blockquote", "ul", "ol",
            "li", "a", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "br", "img");
    private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto");
    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.\\-]*):");

    private FuzzChecks() {}

    static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** A fresh folder for one fuzz test's files, removed when the JVM ends. */
    static Path scratchFolder(String name) {
        try {
            Path dir = Files.createTempDirectory("khatt-fuzz-" + name);
            dir.toFile().deleteOnExit();
            return dir;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** {@code work}'s result; fails, without waiting for it, when it takes longer than {@link #SLOW}. */
    static <T> T inTime(String what, ThrowingSupplier<T> work) {
        return assertTimeoutPreemptively(SLOW, work, what + " took longer than " + SLOW.toSeconds() + " s");
    }

    /**
     * HTML as Markdown makes it: only Markdown's elements, no event handler or style, and every link
     * or image address relative or of an allowed scheme, read as a browser reads it.
     */
    static void isSafeMarkdownHtml(String html, String source) {
        for (Element element : Jsoup.parseBodyFragment(html).body().getAllElements()) {
            if (element.tagName().equals("body")) {
                continue;
            }
            assertThat(element.tagName()).as(source).isIn(MARKDOWN_ELEMENTS);
            element.attributes().forEach(a -> assertThat(a.getKey()).as(source).doesNotStartWith("on").isNotEqualTo("style"));
            for (String attribute : List.of("href", "src")) {
                if (element.hasAttr(attribute)) {
                    assertThat(schemeOf(element.attr(attribute))).as("%s of %s", attribute, source)
                            .satisfiesAnyOf(s -> assertThat(s).isNull(), s -> assertThat(s).isIn(LINK_SCHEMES));
                }
            }
        }
    }

    /**
     * The scheme a browser reads in an (entity-decoded) address, lower case, or null for a relative
     * one: leading and trailing controls and spaces dropped, tabs and line breaks removed anywhere.
     */
    static String schemeOf(String address) {
        String trimmed = address.replaceAll("^[\\x00-\\x20]+|[\\x00-\\x20]+$", "").replaceAll("[\\t\\n\\r]", "");
        Matcher scheme = SCHEME.matcher(trimmed);
        return scheme.find() ? scheme.group(1).toLowerCase(Locale.ROOT) : null;
    }
}
