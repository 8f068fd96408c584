package khatt.render;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The Content-Security-Policy of every page: scripts only from the site itself (and the one inline
 * script of the layout, by its hash), no plugins, no {@code <base>} elsewhere, forms only to the site.
 * Styles may be inline: the topic colours and the overview chart are style attributes. Pages carry it
 * as a {@code <meta http-equiv>}, which a static host serves as is; {@code serve} sends it as a header too.
 */
public final class ContentSecurityPolicy {

    /** The layout's only inline script: marks the page as having JavaScript before it is drawn. */
    public static final String INLINE_SCRIPT = "document.documentElement.classList.add(\"js\")";

    public static final String POLICY = "default-src 'self'; script-src 'self' '" + sha256(INLINE_SCRIPT) + "'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'";

    private ContentSecurityPolicy() {}

    static String sha256(String script) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
