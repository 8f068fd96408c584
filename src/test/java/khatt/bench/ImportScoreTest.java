package khatt.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportScoreTest {

    private static final Path EXAMPLE = Path.of("bench/eval-example");
    private final ObjectMapper json = new ObjectMapper();

    private JsonNode key() throws IOException {
        return json.readTree(EXAMPLE.resolve("key.json").toFile());
    }

    @Test
    void scoresEachFigureOfHandWrittenAnswers() throws IOException {
        JsonNode answers = json.readTree("""
                [{"file": "001.txt", "date": "2021-03-17", "date_confidence": 0.95, "kind": "call", "place": "عبر الهاتف",
                  "event": "e1", "topics": ["syria"], "title": "لافروف ونظيره الأمريكي يبحثان هاتفيا الوضع في سوريا"},
                 {"file": "002.txt", "date": "2021-03-18", "date_confidence": 0.9, "kind": "call", "place": null,
                  "event": "e1", "topics": ["syria", "bilateral-relations", "yemen"], "title": null},
                 {"file": "003.txt", "date": null, "date_confidence": 0, "kind": "press-conference", "place": "عمان",
                  "event": "e1", "topics": [], "title": "وزيرا خارجية مصر والأردن يلتقيان في عمان"},
                 {"file": "004.txt", "date": null, "confidence": 0.3, "kind": "meeting", "place": "طرابلس",
                  "event": null, "topics": ["libya"], "title": "وزير الخارجية"}]
                """);
        ImportScore.Report r = ImportScore.score(key(), answers);
        assertEquals(4, r.articles());
        assertEquals(1, r.datesRight());
        assertEquals(1, r.unknownRight());
        assertEquals(1, r.datesWrong());
        assertEquals(1, r.datesMissed());
        assertEquals(0.5, r.dateAccuracy(), 1e-9);
        assertEquals(2, r.confident());
        assertEquals(1, r.confidentRight());
        assertEquals(3, r.kindsRight());
        assertEquals(3, r.placesRight()); // «عمان» is «عمّان» without its shadda
        // true pairs: (1,2); predicted: (1,2) (1,3) (2,3)
        assertEquals(1, r.truePairs());
        assertEquals(3, r.predictedPairs());
        assertEquals(1, r.commonPairs());
        assertEquals(2 * (1 / 3.0) * 1 / (1 / 3.0 + 1), r.groupingF1(), 1e-9);
        // topics: 4 common of 5 predicted and 6 keyed
        assertEquals(2 * 0.8 * (4 / 6.0) / (0.8 + 4 / 6.0), r.topicsF1(), 1e-9);
        assertEquals(3, r.titlesFound());
        assertEquals(2, r.titlesRight());
        assertTrue(r.text().contains("002.txt date 2021-03-18 (0.9) wrong, is 2021-03-17"), r.text());
    }

    @Test
    void twoSpellingsOfOnePlaceAreOnePlaceButTwoPlacesAreNot() {
        assertTrue(ImportScore.samePlace("بلغراد", "بلجراد"));
        assertTrue(ImportScore.samePlace("واشنطن", "واشنطون"));
        assertFalse(ImportScore.samePlace("بلغراد", "براغ"));
        assertFalse(ImportScore.samePlace("بلغراد", null));
    }

    @Test
    void aDateMatchingTheActualDateWhereTheTextCannotTellIsRight() throws IOException {
        JsonNode key = json.readTree("""
                [{"file": "a.txt", "date": null, "actual_date": "2019-05-14", "group": "g"},
                 {"file": "b.txt", "date": null, "actual_date": "2019-05-14", "group": "g"}]""");
        JsonNode answers = json.readTree("""
                [{"file": "a.txt", "date": "2019-05-14", "date_confidence": 0.6, "event": "x"},
                 {"file": "b.txt", "date": "2019-05-15", "date_confidence": 0.85, "event": "x"}]""");
        ImportScore.Report r = ImportScore.score(key, answers);
        assertEquals(1, r.rightBeyondText());
        assertEquals(1, r.datesWrong());
        assertEquals(0.0, r.confidentAccuracy(), 1e-9);
        assertEquals(1.0, r.groupingF1(), 1e-9);
    }

    @Test
    void importsTheExampleSetOneArticleAtATimeAndScoresIt(@TempDir Path dir) throws IOException {
        JsonNode key = key();
        ImportEval.Run run = ImportEval.importAll(key, EXAMPLE.resolve("articles"), Path.of("content"), dir.resolve("content"));
        assertEquals(4, run.answers().size());
        ImportScore.Report r = ImportScore.score(key, run.answers());
        assertEquals(1.0, r.dateAccuracy(), 1e-9, r.text());
        assertEquals(1, r.commonPairs(), r.text());
        assertEquals(4, r.titlesFound(), r.text());
    }
}
