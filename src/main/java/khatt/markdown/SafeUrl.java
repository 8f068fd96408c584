package khatt.markdown;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one rule for every address a page links to: web and mail schemes and relative addresses
 * pass; any other scheme ({@code javascript:}, {@code vbscript:}, {@code data:}, {@code file:} …),
 * however it is spelled, does not.
 *
 * <p>The address is read the way a browser reads it (WHATWG URL parsing): leading and trailing
 * spaces and control characters are dropped, tabs and line breaks anywhere are removed, and the
 * scheme is case-insensitive. Entities and backslash escapes must already be decoded by the caller
 * (flexmark's {@code unescape()} does it).
 */
public final class SafeUrl {

    private static final Set<String> ALLOWED_SCHEMES = Set.of("http", "https", "mailto");
    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.\\-]*):");
    private static final Pattern TABS_AND_BREAKS = Pattern.compile("[\\t\\n\\r]");

    private SafeUrl() {}

    /** True when {@code url} (already entity-decoded) may be a link's target. */
    public static boolean isAllowed(String url) {
        if (url == null) {
            return false;
        }
        String normalized = TABS_AND_BREAKS.matcher(stripControlsAndSpaces(url)).replaceAll("");
        if (normalized.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return false;
        }
        Matcher scheme = SCHEME.matcher(normalized);
        if (scheme.find()) {
            return ALLOWED_SCHEMES.contains(scheme.group(1).toLowerCase(Locale.ROOT));
        }
        // No scheme: relative, unless a colon before the first '/', '?' or '#' could still be read as one.
        int colon = normalized.indexOf(':');
        int end = firstOf(normalized, "/?#");
        return colon < 0 || colon > end;
    }

    /** True for an absolute http or https address, the only kind a source or the site's base may have. */
    public static boolean isWebAddress(String url) {
        if (url == null || !url.equals(url.strip())) {
            return false;
        }
        Matcher scheme = SCHEME.matcher(url);
        if (!scheme.find() || url.chars().anyMatch(c -> c <= 0x20 || c == 0x7f)) {
            return false;
        }
        String name = scheme.group(1).toLowerCase(Locale.ROOT);
        return (name.equals("http") || name.equals("https")) && url.startsWith("//", scheme.end())
                && url.length() > scheme.end() + 2;
    }

    private static String stripControlsAndSpaces(String url) {
        int start = 0;
        int end = url.length();
        while (start < end && url.charAt(start) <= 0x20) {
            start++;
        }
        while (end > start && url.charAt(end - 1) <= 0x20) {
            end--;
        }
        return url.substring(start, end);
    }

    private static int firstOf(String text, String characters) {
        int first = text.length();
        for (char c : characters.toCharArray()) {
            int at = text.indexOf(c);
            if (at >= 0 && at < first) {
                first = at;
            }
        }
        return first;
    }
}
