package khatt.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.Test;

/** The Nu HTML Checker, in-process, reports no error on any generated page of the seed site. */
class GeneratedHtmlIsValidTest {

    @Test
    void everyGeneratedPageIsValidHtml() throws Exception {
        SeedSite.get();
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
        ObjectMapper json = new ObjectMapper();
        List<String> errors = new ArrayList<>();
        List<String> pages = SeedSite.htmlPages();
        assertThat(pages).hasSizeGreaterThan(5);
        for (String page : pages) {
            JsonNode result = json.readTree(validator.validate(SeedSite.DIR.resolve(page)));
            for (JsonNode message : result.path("messages")) {
                String type = message.path("type").asText();
                if (type.equals("error") || type.equals("non-document-error")) {
                    errors.add(page + ":" + message.path("lastLine").asText() + ": " + message.path("message").asText()
                            + " «" + message.path("extract").asText() + "»");
                }
            }
        }
        assertThat(errors).isEmpty();
    }
}
