package khatt.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafeUrlTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://example.org/a?b=1#c", "HTTP://example.org", "mailto:a@example.org",
            "/events/x/", "../topics/", "#p3", "?q=1", "page.html", "a/b:c", "//example.org/x", "/a:b", "?a:b", "#a:b",
            "my page.html", "", " \t ", " https://example.org/ ", "\u0001/events/x/"})
    void allowsWebMailAndRelativeAddresses(String url) {
        assertThat(SafeUrl.isAllowed(url)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:x", "\u0001javascript:x",
            "java\tscript:x", "java\nscript:x", "jav\r\nascript:x", "vbscript:msgbox", "VBScript:x",
            "data:text/html,<script>x</script>", "DATA:image/svg+xml,x", "file:///etc/passwd", "ja\u0000vascript:x",
            "javascript\u0000:x", "x:y", ":x", "1a:b", "java script:x"})
    void refusesEveryOtherSchemeHoweverSpelled(String url) {
        assertThat(SafeUrl.isAllowed(url)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.org/", "http://example.org/khatt/"})
    void webAddressesAreAbsoluteHttp(String url) {
        assertThat(SafeUrl.isWebAddress(url)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript://example.org/", "/khatt/", "https://", "https:example.org", " https://a.org",
            "https://a.org/ x", "ftp://example.org/"})
    void anythingElseIsNotAWebAddress(String url) {
        assertThat(SafeUrl.isWebAddress(url)).isFalse();
    }

    @org.junit.jupiter.api.Test
    void noAddressIsNoLink() {
        assertThat(SafeUrl.isAllowed(null)).isFalse();
        assertThat(SafeUrl.isWebAddress(null)).isFalse();
    }
}
