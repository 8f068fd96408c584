package khatt.arabic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArabicTextTest {

    @Test
    void spellingVariantsShareAKey() {
        assertThat(ArabicText.matchKey("الأمريكية")).isEqualTo(ArabicText.matchKey("الامريكيه"));
        assertThat(ArabicText.matchKey("إيران")).isEqualTo(ArabicText.matchKey("ايران"));
        assertThat(ArabicText.matchKey("مُسْتَشْفَى")).isEqualTo(ArabicText.matchKey("مستشفي"));
        assertThat(ArabicText.matchKey("مسئول")).isEqualTo(ArabicText.matchKey("مسؤول"));
        assertThat(ArabicText.matchKey("ســوريا")).isEqualTo(ArabicText.matchKey("سوريا"));
    }

    @Test
    void attachedCliticsAreRemoved() {
        assertThat(ArabicText.matchKey("وبالاتفاق")).isEqualTo(ArabicText.matchKey("اتفاق"));
        assertThat(ArabicText.matchKey("والاتفاق")).isEqualTo(ArabicText.matchKey("الاتفاق"));
    }

    @Test
    void digitsFoldToAscii() {
        assertThat(ArabicText.matchKeys("٢٠١٩ ۲۰۲۰")).containsExactly("2019", "2020");
    }

    @Test
    void phrasesAreFoundWordByWord() {
        PhraseMatcher<String> matcher = new PhraseMatcher<>(Map.of(
                "north-korea", List.of("كوريا الشمالية", "بيونغ يانغ"),
                "syria", List.of("سورية", "سوريا")));
        assertThat(matcher.labelsIn("بحثا الوضع في كوريا الشمالية وفي سوريا")).containsExactly("north-korea", "syria");
        assertThat(matcher.labelsIn("الحوار مع بيونغ يانغ")).containsExactly("north-korea");
        assertThat(matcher.labelsIn("كوريا الجنوبية")).isEmpty();
        assertThat(matcher.labelsIn("وصل بسوريا")).containsExactly("syria");
    }
}
