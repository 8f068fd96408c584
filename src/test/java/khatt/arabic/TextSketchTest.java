package khatt.arabic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class TextSketchTest {

    /** {@code count} distinct made-up words, from {@code from} on. */
    private static String words(int from, int count) {
        return IntStream.range(from, from + count).mapToObj(i -> "w" + i).collect(Collectors.joining(" "));
    }

    private static long[] range(long from, long toExclusive) {
        return LongStream.range(from, toExclusive).toArray();
    }

    @Test
    void theHashesAreFixedSoThatEveryBuildFindsTheSameCopies() {
        assertThat(TextSketch.of("one two three").minima()).containsExactly(4373683839990142312L);
        TextSketch sketch = TextSketch.of("one two three four five six seven eight nine ten eleven twelve thirteen"
                + " fourteen fifteen sixteen seventeen eighteen");
        assertThat(sketch.minima()).hasSize(16).startsWith(-9197572534646226810L, -6314021350645050503L)
                .endsWith(8571583583213998617L);
        assertThat(sketch.bands()).containsExactly(-2181418362087903957L, -447021942503918156L,
                -1021884800770749655L, -4251725586418207686L);
    }

    @Test
    void oneHashPerThreeWordPhraseSortedAndWithoutRepeats() {
        assertThat(TextSketch.of("").isEmpty()).isTrue();
        assertThat(TextSketch.of("كلمتان فقط").minima()).as("no three-word phrase").isEmpty();
        assertThat(TextSketch.of("  ثلاث ،  كلمات  هنا ").minima()).as("spaces and punctuation only separate").hasSize(1);
        assertThat(TextSketch.of(words(0, 12)).minima()).hasSize(10).isSorted();
        assertThat(TextSketch.of("a b c a b c a b c").minima()).as("abc, bca, cab, each once").hasSize(3);
        assertThat(TextSketch.of("a b c a b c").minima()).as("a repeat at the end").hasSize(3);
        assertThat(TextSketch.of("a b c")).isNotEqualTo(TextSketch.of("c b a")).isNotEqualTo(TextSketch.of("b a c"));
        assertThat(TextSketch.of("ab cd ef")).as("every letter of a word counts").isNotEqualTo(TextSketch.of("xb xd xf"));
    }

    @Test
    void aLongTextKeepsTheSmallestHashesOfAllItsPhrases() {
        // Words 0–59 and 58–119 overlap by two words, so together they have every phrase of 0–119.
        long[] first = TextSketch.of(words(0, 60)).minima();
        long[] second = TextSketch.of(words(58, 62)).minima();
        TreeSet<Long> union = new TreeSet<>();
        LongStream.concat(Arrays.stream(first), Arrays.stream(second)).forEach(union::add);
        List<Long> smallest = union.stream().limit(TextSketch.SIZE).toList();

        TextSketch whole = TextSketch.of(words(0, 120));

        assertThat(whole.minima()).hasSize(TextSketch.SIZE);
        assertThat(Arrays.stream(whole.minima()).boxed().toList()).isEqualTo(smallest);
    }

    @Test
    void otherSpellingsOfTheSameLettersGiveTheSameSketch() {
        TextSketch plain = TextSketch.of("اعلن الوزير الى مستشفي المدينه");
        assertThat(TextSketch.of("أعلن الوزير إلى مستشفى المدينة")).isEqualTo(plain);
        assertThat(TextSketch.of("آعلن الوزير ٱلى مستشفى المدينة")).isEqualTo(plain);
        assertThat(TextSketch.of("أعلَنَ الوزيـــر إلىً مُسْتَشْفَى المدينةٰ")).as("diacritics, tatweel, dagger alef").isEqualTo(plain);
        assertThat(TextSketch.of("أع\u064Bلن الوز\u065Fير إلى مستشفى المدينة")).as("the ends of the diacritics block").isEqualTo(plain);
        assertThat(TextSketch.of("The Minister SAID so")).isEqualTo(TextSketch.of("the minister said so"));
        assertThat(TextSketch.of("أعلن الوزير أمس")).isNotEqualTo(TextSketch.of("أعلن الوزير اليوم"));
    }

    @Test
    void bandsAreKeysOfFourHashesEachOfTheFirstSixteen() {
        assertThat(new TextSketch(range(1, 4)).bandCount()).isZero();
        assertThat(new TextSketch(range(1, 11)).bandCount()).isEqualTo(2);
        assertThat(new TextSketch(range(1, 49)).bandCount()).isEqualTo(4);

        TextSketch sketch = new TextSketch(range(1, 17));
        TextSketch sameStart = new TextSketch(new long[] {1, 2, 3, 4, 50, 60, 70, 80, 90, 100, 110, 120, 130, 140, 150, 160});
        TextSketch sameSecondBand = new TextSketch(new long[] {0, 0, 0, 0, 5, 6, 7, 8, 90, 100, 110, 120, 130, 140, 150, 160});
        assertThat(sameStart.band(0)).isEqualTo(sketch.band(0));
        assertThat(sameStart.band(1)).isNotEqualTo(sketch.band(1));
        assertThat(sameSecondBand.band(0)).isNotEqualTo(sketch.band(0));
        assertThat(sameSecondBand.band(1)).isEqualTo(sketch.band(1));
        assertThat(sketch.band(0)).as("a band's number is part of its key").isNotEqualTo(new TextSketch(
                new long[] {9, 9, 9, 9, 1, 2, 3, 4}).band(1));
        assertThat(sketch.bands()).containsExactly(sketch.band(0), sketch.band(1), sketch.band(2), sketch.band(3));

        long[] copy = sketch.bands();
        copy[0] = 0;
        assertThat(sketch.band(0)).as("bands() is a copy").isNotZero();
    }

    @Test
    void similarityIsTheShareOfHashesInCommonAmongTheSmallest() {
        TextSketch a = new TextSketch(new long[] {1, 2, 3, 4});
        assertThat(a.similarity(a)).isEqualTo(1.0);
        assertThat(a.similarity(new TextSketch(new long[] {1, 2, 5, 6}))).isEqualTo(0.5);
        assertThat(a.similarity(new TextSketch(new long[] {3, 4, 5, 6}))).isEqualTo(0.5);
        assertThat(a.similarity(new TextSketch(new long[] {5, 6, 7, 8}))).isZero();
        assertThat(new TextSketch(new long[] {1, 2, 3}).similarity(new TextSketch(new long[] {3}))).isEqualTo(1.0 / 3);
        assertThat(new TextSketch(new long[] {3}).similarity(new TextSketch(new long[] {1, 2, 3}))).isEqualTo(1.0 / 3);
        assertThat(new TextSketch(new long[] {1, 2}).similarity(new TextSketch(range(1, 6)))).isEqualTo(0.4);
        assertThat(new TextSketch(new long[] {1, 5, 6}).similarity(new TextSketch(new long[] {1, 2}))).as("one runs out first")
                .isEqualTo(1.0 / 3);

        long[] fifty = range(1, 51);
        long[] sameFirst48 = Arrays.copyOf(fifty, 50);
        sameFirst48[48] = 100;
        sameFirst48[49] = 101;
        assertThat(new TextSketch(fifty).similarity(new TextSketch(sameFirst48))).as("only the 48 smallest count").isEqualTo(1.0);
    }

    @Test
    void anEmptySketchIsLikeNothing() {
        assertThat(TextSketch.EMPTY.isEmpty()).isTrue();
        assertThat(new TextSketch(new long[] {1}).isEmpty()).isFalse();
        assertThat(TextSketch.EMPTY.similarity(TextSketch.EMPTY)).isZero();
        assertThat(TextSketch.EMPTY.similarity(new TextSketch(new long[] {1}))).isZero();
        assertThat(new TextSketch(new long[] {1}).similarity(TextSketch.EMPTY)).isZero();
    }

    @Test
    void sketchesAreValuesOfTheirHashes() {
        TextSketch sketch = new TextSketch(new long[] {1, 2});
        assertThat(sketch).isEqualTo(new TextSketch(new long[] {1, 2})).hasSameHashCodeAs(new TextSketch(new long[] {1, 2}))
                .isNotEqualTo(new TextSketch(new long[] {1, 3})).isNotEqualTo("TextSketch[1, 2]");
        assertThat(sketch.hashCode()).isEqualTo(Arrays.hashCode(new long[] {1, 2}));
        assertThat(sketch).hasToString("TextSketch[1, 2]");
    }
}
