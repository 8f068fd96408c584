package khatt.render.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import khatt.arabic.ArabicText;
import khatt.model.Event;
import org.junit.jupiter.api.Test;

class SearchIndexTest {

    @Test
    void termsAreTheMatchingKeysOfTheText() throws IOException {
        SearchIndex index = new SearchIndex(1);
        List<String> texts = new java.util.ArrayList<>(List.of("وبالسورية «ستارت» U.S. COVID-19 ٢٠١٩ مسئول ذي\u200cالقعدة",
                "لافروف–بومبيو، it's 3.5 km_h"));
        try (Stream<Path> articles = Files.list(Path.of("content", "articles"))) {
            for (Path article : articles.sorted().toList()) {
                texts.add(Files.readString(article, StandardCharsets.UTF_8));
            }
        }
        for (String text : texts) {
            Set<String> keys = new HashSet<>(ArabicText.matchKeys(text));
            keys.remove("");
            assertThat(index.termsOf(text)).as(text.substring(0, Math.min(30, text.length()))).isEqualTo(keys);
        }
    }

    @Test
    void theIndexIsShardedByFirstLetterWithGapEncodedEventNumbers() {
        SearchIndex index = new SearchIndex(3);
        for (int i = 0; i < 3; i++) {
            index.add(i, event("e" + i, i == 1 ? "مسؤول أمريكي" : "لقاء"), new SearchIndex.Entry("events/e" + i + "/", "t" + i, "d"),
                    "", List.of(i == 2 ? "قال المسئولون" : "نص"));
        }
        Map<String, String> files = index.files();
        assertThat(files.get(SearchIndex.EVENTS_FILE)).startsWith("khattSearch.events(").contains("\"count\":3");
        assertThat(files.get("search/e-0.js")).startsWith("khattSearch.entries(0,").contains("events/e1/");
        String key = ArabicText.matchKey("مسؤول");
        assertThat(files.get("search/t-" + SearchIndex.shardOf(key) + ".js")).contains("\"" + key + "\":\"1.1\"");
        assertThat(SearchIndex.encode(new int[] {3, 13, 14})).isEqualTo("3.a.1");
    }

    @Test
    void replacingOneEventsTermsGivesTheFilesOfAFreshIndex() {
        int events = SearchIndex.COMMON_MIN_EVENTS + 20;
        SearchIndex.Terms terms = new SearchIndex.Terms();
        List<Set<String>> before = new java.util.ArrayList<>();
        List<SearchIndex.Entry> entries = new java.util.ArrayList<>();
        SearchIndex updated = new SearchIndex(events);
        for (int i = 0; i < events; i++) {
            // "لقاء" is in just over half of the events: the edit below makes it stop being common.
            before.add(terms.of(event("e" + i, i % 2 == 0 || i == 1 ? "لقاء في سوتشي" : "اتصال هاتفي"), "", List.of("نص رقم " + i)));
            entries.add(new SearchIndex.Entry("events/e" + i + "/", "t" + i, "d"));
            updated.add(i, entries.get(i), before.get(i));
        }
        Map<String, String> old = updated.files();

        Set<String> after = terms.of(event("e1", "اتصال مع بيونغ يانغ"), "", List.of("نص جديد"));
        SearchIndex.Entry entry = new SearchIndex.Entry("events/e1/", "عنوان جديد", "d");
        Set<String> shards = updated.replace(1, before.get(1), after, entry);
        Map<String, String> incremental = updated.files(shards, Set.of(SearchIndex.chunkOf(1)), old);

        SearchIndex fresh = new SearchIndex(events);
        for (int i = 0; i < events; i++) {
            fresh.add(i, i == 1 ? entry : entries.get(i), i == 1 ? after : before.get(i));
        }
        assertThat(incremental).isEqualTo(fresh.files());
        assertThat(incremental).isNotEqualTo(old);
    }

    @Test
    void wordsInMostEventsOfALargeTimelineAreListedAsCommonNotIndexed() {
        int events = SearchIndex.COMMON_MIN_EVENTS;
        SearchIndex index = new SearchIndex(events);
        for (int i = 0; i < events; i++) {
            index.add(i, event("e" + i, "في لقاء"), new SearchIndex.Entry("e/", "t", "d"), "", List.of(i == 0 ? "سوتشي" : ""));
        }
        Map<String, String> files = index.files();
        assertThat(files.get(SearchIndex.EVENTS_FILE)).contains("\"common\":[\"" + ArabicText.matchKey("في"));
        assertThat(files.keySet()).contains("search/t-" + SearchIndex.shardOf(ArabicText.matchKey("سوتشي")) + ".js");
    }

    private static Event event(String id, String title) {
        return new Event(id, LocalDate.of(2020, 1, 1), title, null, "meeting", null, List.of(), List.of(), List.of(), List.of());
    }
}
