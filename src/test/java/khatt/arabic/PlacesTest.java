package khatt.arabic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlacesTest {

    @Test
    void theGazetteerListsEachPlaceWithItsSpellingsDisplayedNameFirst() {
        List<Places.Place> all = Places.standard().all();
        assertThat(all).first().isEqualTo(new Places.Place("washington", List.of("واشنطن", "واشنطون", "وشنطن", "العاصمة الأمريكية", "العاصمة الأميركية"), "washington", "us"));
        assertThat(all.get(0).name()).isEqualTo("واشنطن");
        assertThat(all).extracting(Places.Place::slug).doesNotHaveDuplicates().allMatch(slug -> slug.matches("[a-z0-9]+(-[a-z0-9]+)*"));
    }

    @Test
    void aVenueIsInItsCityAndEveryCityAVenueNamesIsListed() {
        Places places = Places.standard();
        assertThat(places.cityOf("kremlin")).isEqualTo("moscow");
        assertThat(places.cityOf("moscow")).isEqualTo("moscow");
        assertThat(places.cityOf("swtshy")).isEqualTo("swtshy");
        List<String> slugs = places.all().stream().map(Places.Place::slug).toList();
        assertThat(places.all()).extracting(Places.Place::city).allMatch(slugs::contains).allMatch(city -> places.cityOf(city).equals(city));
    }

    @Test
    void townsTheGazetteerLacksAreToldApartByTheirSound() {
        Places places = Places.standard();
        assertThat(places.cityKey("الكرملين")).isEqualTo(places.cityKey("موسكو")).isEqualTo("moscow");
        assertThat(places.cityKey("غويلين")).isEqualTo(places.cityKey("قويلين")).isEqualTo(places.cityKey("جويلين"));
        assertThat(places.cityKey("غويلين")).isNotEqualTo(places.cityKey("ووشي")).isNotEqualTo(places.cityKey("غوانزو"));
    }

    @Test
    void aPlaceIsNamedByItsGazetteerSlugForAnySpellingElseTransliterated() {
        assertThat(Places.standard().slugOf("واشنطون")).isEqualTo("washington");
        assertThat(Places.standard().slugOf("سوچي")).isEqualTo("sochi");
        assertThat(Places.standard().slugOf("وشنطن")).as("a spelling outlets use").isEqualTo("washington");
        assertThat(Places.standard().slugOf("هلسينكي")).isEqualTo("helsinki");
        assertThat(Places.standard().slugOf("جينيف")).isEqualTo("geneva");
        assertThat(Places.standard().slugOf("سان بطرسبورغ")).isEqualTo("saint-petersburg");
        assertThat(Places.standard().slugOf("قرية الزيتون")).isEqualTo(Slugs.of("قرية الزيتون")).isNotEmpty();
    }

    @Test
    void slugsAreLowerCaseAsciiWordsJoinedByHyphens() {
        assertThat(Slugs.of("سوتشي")).isEqualTo("swtshy");
        assertThat(Slugs.of("  Hello, World!  ")).isEqualTo("hello-world");
        assertThat(Slugs.of("Ünïcödé 2019")).isEqualTo("unicode-2019");
        assertThat(Slugs.of("---")).isEmpty();
    }
}
