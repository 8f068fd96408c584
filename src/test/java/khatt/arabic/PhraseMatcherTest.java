package khatt.arabic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import khatt.arabic.PhraseMatcher.Match;
import org.junit.jupiter.api.Test;

class PhraseMatcherTest {

    /** Built from a sorted map, so that the shorter phrase «كوريا» is indexed before the longer one. */
    private static final PhraseMatcher<String> MATCHER = new PhraseMatcher<>(new TreeMap<>(Map.of(
            "north-korea", List.of("كوريا الشمالية"),
            "korea", List.of("كوريا"),
            "syria", List.of("سوريا"),
            "hand", List.of("يد"),
            "nothing", List.of("، ؛"))));

    @Test
    void everyOccurrenceWithItsWordsLongerPhrasesFirst() {
        // Keys: زار وفد كوريا شمال ثم بسوريا بيد يد
        assertThat(MATCHER.matchesIn("زار وفد كوريا الشمالية ثم بسوريا وبيد يد")).containsExactly(
                new Match<>("north-korea", 2, 4, (char) 0),
                new Match<>("korea", 2, 3, (char) 0),
                new Match<>("syria", 5, 6, 'ب'),
                new Match<>("hand", 7, 8, (char) 0));
    }

    @Test
    void matchesAreInTextOrder() {
        assertThat(MATCHER.matchesIn("سوريا ثم كوريا")).extracting(Match::label).containsExactly("syria", "korea");
        assertThat(MATCHER.matchesIn(List.of("يد", "كوريا", "شمال")))
                .containsExactly(new Match<>("hand", 0, 1, (char) 0), new Match<>("north-korea", 1, 3, (char) 0),
                        new Match<>("korea", 1, 2, (char) 0));
    }

    @Test
    void aThreeLetterWordKeepsItsFirstLetter() {
        assertThat(MATCHER.matchesIn("بيد")).as("ب here may be a root letter").isEmpty();
        assertThat(MATCHER.labelsIn("بيد")).isEmpty();
        assertThat(MATCHER.matchesIn("بسوريا")).containsExactly(new Match<>("syria", 0, 1, 'ب'));
    }

    @Test
    void aPhraseCutOffByTheEndOfTheTextDoesNotMatch() {
        assertThat(MATCHER.matchesIn("الحوار مع كوريا")).extracting(Match::label).containsExactly("korea");
        assertThat(MATCHER.labelsIn("الحوار مع كوريا")).containsExactly("korea");
        assertThat(MATCHER.matchesIn("كوريا الجنوبية")).extracting(Match::label).containsExactly("korea");
    }
}
