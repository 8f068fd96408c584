package khatt.markdown;

import com.vladsch.flexmark.ast.DelimitedLinkNode;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.html.MutableAttributes;
import com.vladsch.flexmark.util.sequence.LineAppendable;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;

/**
 * Markdown to HTML with flexmark: one parser and renderer for the whole build, shared by all threads.
 * Raw HTML in the Markdown is escaped, never passed through; every paragraph gets an id
 * ({@code <prefix>-p<n>}) so readers can link to it. Links and images whose address {@link SafeUrl}
 * refuses are shown as their text, not as links.
 */
public final class Markdown {

    private static final DataKey<String> ID_PREFIX = new DataKey<>("KHATT_ID_PREFIX", "");
    private static final Pattern STRAY_BOLD = Pattern.compile("\\*{2,}|_{2,}");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final Parser parser;
    private final HtmlRenderer renderer;

    public Markdown() {
        MutableDataSet options = new MutableDataSet()
                .set(HtmlRenderer.ESCAPE_HTML, true)
                .set(HtmlRenderer.SOFT_BREAK, " ")
                .set(HtmlRenderer.INDENT_SIZE, 0)
                // Skips flexmark's line re-formatting of the HTML it writes: same output, a quarter faster.
                .set(HtmlRenderer.FORMAT_FLAGS, LineAppendable.F_PASS_THROUGH);
        // flexmark adds its reference-definition reader only with its own inline parser: ours needs it named.
        parser = Parser.builder(options).customInlineParserFactory(LinearInlineParser.FACTORY)
                .paragraphPreProcessorFactory(new ReferencePreProcessorFactory()).build();
        renderer = HtmlRenderer.builder(options).attributeProviderFactory(new ParagraphIds()).build();
    }

    public Node parse(String markdown) {
        return parser.parse(markdown);
    }

    /**
     * The words of {@code markdown} as a reader sees them on the page, markup gone and spaces collapsed:
     * for leads and summaries. Bold marks Markdown leaves as text (unclosed, or closing before a letter
     * as in «**دمشق:**قال») are dropped too: in a page's prose they are visible slips, in a one-line
     * summary only noise. Taken from the rendered HTML: flexmark's own text collector decodes entities
     * inside code, keeps code fences and, on a tab from an entity, breaks its own invariants.
     */
    public String plainText(String markdown) {
        String text = Jsoup.parseBodyFragment(toHtml(markdown, "", 2)).body().text();
        return SPACES.matcher(STRAY_BOLD.matcher(text).replaceAll("")).replaceAll(" ").strip();
    }

    /**
     * The HTML of {@code markdown}; paragraph ids start with {@code idPrefix} unless it is empty.
     * Headings are moved so that the document's highest becomes {@code topHeading}, nesting them
     * under the page's own headings without gaps.
     */
    public String toHtml(String markdown, String idPrefix, int topHeading) {
        String plain = PlainBlocks.toHtml(markdown, idPrefix, topHeading);
        return plain != null ? plain : flexmarkHtml(markdown, idPrefix, topHeading);
    }

    /** {@link #toHtml} by flexmark, whatever the Markdown. */
    String flexmarkHtml(String markdown, String idPrefix, int topHeading) {
        Document document = parser.parse(markdown);
        document.set(ID_PREFIX, idPrefix);
        List<Heading> headings = new ArrayList<>();
        List<Node> unsafeLinks = new ArrayList<>();
        document.getDescendants().forEach(node -> {
            if (node instanceof Heading heading) {
                headings.add(heading);
            } else if (isUnsafeLink(node, document)) {
                unsafeLinks.add(node);
            }
        });
        unsafeLinks.forEach(Markdown::unlink);
        int highest = headings.stream().mapToInt(Heading::getLevel).min().orElse(topHeading);
        headings.forEach(h -> h.setLevel(Math.min(6, h.getLevel() - highest + topHeading)));
        return renderer.render(document);
    }

    /** A link, autolink, reference link or image whose decoded address is not allowed. */
    private static boolean isUnsafeLink(Node node, Document document) {
        if (node instanceof LinkNodeBase link) {
            return !SafeUrl.isAllowed(link.getUrl().unescape());
        }
        if (node instanceof RefNode ref) {
            Reference reference = ref.getReferenceNode(document);
            return reference != null && !SafeUrl.isAllowed(reference.getUrl().unescape());
        }
        return false;
    }

    /** Replaces a link by what it shows: its children, or for an autolink the address as written. */
    private static void unlink(Node link) {
        if (link instanceof DelimitedLinkNode) {
            link.insertBefore(new Text(link.getChars()));
        } else {
            while (link.getFirstChild() != null) {
                link.insertBefore(link.getFirstChild());
            }
        }
        link.unlink();
    }

    private static final class ParagraphIds extends IndependentAttributeProviderFactory {
        @Override
        public AttributeProvider apply(LinkResolverContext context) {
            return new AttributeProvider() {
                private int paragraphs;

                @Override
                public void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
                    // Only a paragraph asks for its document: a reference link inside a link is rendered
                    // from a node outside the tree, whose getDocument() fails flexmark's assertion.
                    if (!(node instanceof Paragraph) || part != AttributablePart.NODE) {
                        return;
                    }
                    String prefix = ID_PREFIX.get(node.getDocument());
                    if (!prefix.isEmpty()) {
                        attributes.addValue("id", prefix + "-p" + (++paragraphs));
                    }
                }
            };
        }
    }
}
