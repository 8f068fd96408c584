package khatt.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonLdTest {

    @Test
    void aThingHasItsTypeFirstAndLeavesOutNullsAndAKeyWithoutValue() {
        assertThat(JsonLd.thing("Event", "name", "لقاء", "location", null, "orphan"))
                .containsExactly(Map.entry("@type", "Event"), Map.entry("name", "لقاء"));
    }

    @Test
    void noTextCanCloseTheScriptElement() {
        String script = JsonLd.script(JsonLd.thing("NewsArticle", "headline", "</script><script>alert(1)</script> & \"q\""));
        assertThat(script).isEqualTo("{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
                + "\"headline\":\"\\u003c/script>\\u003cscript>alert(1)\\u003c/script> & \\\"q\\\"\"}");
    }
}
