package khatt.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import khatt.arabic.ArabicText;
import khatt.arabic.Places;

/**
 * Scores the importer's answers ({@code khatt import --json} objects) against an answer key: event
 * dates right, wrong or unknown, the calibration of date confidence, kinds, places, grouping
 * (pairwise), topics and headlines. Pure.
 *
 * <p>A key entry has {@code file, url, date, actual_date, kind, place, group, headline, topics}. Its
 * {@code date} is what the text and address let anyone know (null when they do not); an importer
 * answering null there is right. An answer equal to {@code actual_date} where the key says null is
 * right too: the importer learnt it elsewhere (from an event of {@code content/} it joined).
 */
public final class ImportScore {

    /** Confidence from which a date counts as asserted (see the import guide). */
    public static final double CONFIDENT = 0.8;

    private ImportScore() {}

    /** The figures, with the files behind each failure. */
    public record Report(int articles, int datesRight, int unknownRight, int rightBeyondText, int datesWrong,
            int datesMissed, int confident, int confidentRight, int kindsRight, int kindsKeyed, int placesRight,
            int placesKeyed, int truePairs, int predictedPairs, int commonPairs, int topicsCommon, int topicsPredicted,
            int topicsKeyed, int titlesFound, int titlesRight, int titlesKeyed, List<String> failures) {

        public double dateAccuracy() {
            return ratio(datesRight + unknownRight + rightBeyondText, articles);
        }

        public double confidentAccuracy() {
            return ratio(confidentRight, confident);
        }

        public double groupingPrecision() {
            return predictedPairs == 0 ? 1 : ratio(commonPairs, predictedPairs);
        }

        public double groupingRecall() {
            return truePairs == 0 ? 1 : ratio(commonPairs, truePairs);
        }

        public double groupingF1() {
            return f1(groupingPrecision(), groupingRecall());
        }

        public double topicsF1() {
            return f1(topicsPredicted == 0 ? 1 : ratio(topicsCommon, topicsPredicted),
                    topicsKeyed == 0 ? 1 : ratio(topicsCommon, topicsKeyed));
        }

        /** The report as lines of text. */
        public String text() {
            StringBuilder b = new StringBuilder();
            line(b, "articles", "%d", articles);
            line(b, "dates right", "%d of %d = %.1f%%  (%d dated right, %d unknown where none can be known, %d right from"
                    + " outside the text)", datesRight + unknownRight + rightBeyondText, articles, 100 * dateAccuracy(),
                    datesRight, unknownRight, rightBeyondText);
            line(b, "dates wrong", "%d", datesWrong);
            line(b, "dates unknown", "%d (a date could be known)", datesMissed);
            line(b, "confidence >= 0.8", "%d of %d right = %.1f%%", confidentRight, confident, 100 * confidentAccuracy());
            line(b, "kinds", "%d of %d", kindsRight, kindsKeyed);
            line(b, "places", "%d of %d", placesRight, placesKeyed);
            line(b, "grouping", "precision %.2f recall %.2f F1 %.2f (%d true pairs, %d predicted, %d common)",
                    groupingPrecision(), groupingRecall(), groupingF1(), truePairs, predictedPairs, commonPairs);
            line(b, "topics", "F1 %.2f (%d common, %d predicted, %d in the key)", topicsF1(), topicsCommon,
                    topicsPredicted, topicsKeyed);
            line(b, "headlines", "%d of %d found; %d of %d keyed headlines exact", titlesFound, articles, titlesRight,
                    titlesKeyed);
            for (String f : failures) {
                b.append("  ").append(f).append('\n');
            }
            return b.toString();
        }

        private static void line(StringBuilder b, String label, String format, Object... args) {
            b.append(String.format(Locale.ROOT, "%-18s ", label + ":")).append(String.format(Locale.ROOT, format, args))
                    .append('\n');
        }
    }

    /** Scores {@code answers} (by their {@code file}) against {@code key}; an article without an answer scores as all unknown. */
    public static Report score(JsonNode key, JsonNode answers) {
        Map<String, JsonNode> byFile = new HashMap<>();
        for (JsonNode a : answers) {
            byFile.put(text(a, "file"), a);
        }
        Counts c = new Counts();
        List<String> trueGroups = new ArrayList<>();
        List<String> predictedGroups = new ArrayList<>();
        for (JsonNode k : key) {
            String file = text(k, "file");
            JsonNode a = byFile.getOrDefault(file, com.fasterxml.jackson.databind.node.MissingNode.getInstance());
            c.articles++;
            scoreDate(file, k, a, c);
            scoreKindPlaceTitle(file, k, a, c);
            scoreTopics(k, a, c);
            trueGroups.add(text(k, "group"));
            String event = text(a, "event");
            predictedGroups.add(event == null ? "\u0000" + file : event); // no event: a group of its own
        }
        int[] pairs = pairs(trueGroups, predictedGroups);
        return new Report(c.articles, c.datesRight, c.unknownRight, c.beyondText, c.datesWrong, c.datesMissed, c.confident,
                c.confidentRight, c.kindsRight, c.kindsKeyed, c.placesRight, c.placesKeyed, pairs[0], pairs[1], pairs[2],
                c.topicsCommon, c.topicsPredicted, c.topicsKeyed, c.titlesFound, c.titlesRight, c.titlesKeyed,
                List.copyOf(c.failures));
    }

    private static final class Counts {
        int articles, datesRight, unknownRight, beyondText, datesWrong, datesMissed, confident, confidentRight;
        int kindsRight, kindsKeyed, placesRight, placesKeyed, topicsCommon, topicsPredicted, topicsKeyed;
        int titlesFound, titlesRight, titlesKeyed;
        final List<String> failures = new ArrayList<>();
    }

    private static void scoreDate(String file, JsonNode k, JsonNode a, Counts c) {
        String truth = text(k, "date");
        String actual = text(k, "actual_date");
        String given = text(a, "date");
        boolean right;
        if (given == null) {
            right = truth == null;
            if (right) {
                c.unknownRight++;
            } else {
                c.datesMissed++;
                c.failures.add(file + " date unknown, could be " + truth);
            }
        } else if (given.equals(truth)) {
            right = true;
            c.datesRight++;
        } else if (truth == null && given.equals(actual)) {
            right = true;
            c.beyondText++;
        } else {
            right = false;
            c.datesWrong++;
            c.failures.add(file + " date " + given + " (" + confidence(a) + ") wrong, is " + (truth != null ? truth
                    : "unknowable" + (actual != null ? " (" + actual + ")" : "")) + evidence(a));
        }
        if (given != null && confidence(a) >= CONFIDENT) {
            c.confident++;
            if (right) {
                c.confidentRight++;
            }
        }
    }

    private static void scoreKindPlaceTitle(String file, JsonNode k, JsonNode a, Counts c) {
        String kind = text(k, "kind");
        if (kind != null) {
            c.kindsKeyed++;
            if (kind.equals(text(a, "kind"))) {
                c.kindsRight++;
            } else {
                c.failures.add(file + " kind " + text(a, "kind") + ", is " + kind);
            }
        }
        String place = text(k, "place");
        if (place != null) {
            c.placesKeyed++;
            if (samePlace(place, text(a, "place"))) {
                c.placesRight++;
            } else {
                c.failures.add(file + " place " + text(a, "place") + ", is " + place);
            }
        }
        String title = text(a, "title");
        if (title != null) {
            c.titlesFound++;
        }
        String headline = text(k, "headline");
        if (headline != null) {
            c.titlesKeyed++;
            if (same(headline, title)) {
                c.titlesRight++;
            }
        }
    }

    private static void scoreTopics(JsonNode k, JsonNode a, Counts c) {
        Set<String> keyed = strings(k.path("topics"));
        Set<String> given = strings(a.path("topics"));
        c.topicsKeyed += keyed.size();
        c.topicsPredicted += given.size();
        given.retainAll(keyed);
        c.topicsCommon += given.size();
    }

    /** {true pairs, predicted pairs, pairs in both} over all pairs of articles. */
    static int[] pairs(List<String> truth, List<String> predicted) {
        int[] out = new int[3];
        for (int i = 0; i < truth.size(); i++) {
            for (int j = i + 1; j < truth.size(); j++) {
                boolean t = truth.get(i).equals(truth.get(j));
                boolean p = predicted.get(i).equals(predicted.get(j));
                out[0] += t ? 1 : 0;
                out[1] += p ? 1 : 0;
                out[2] += t && p ? 1 : 0;
            }
        }
        return out;
    }

    /** Whether two Arabic strings are the same once spelling variants, punctuation and spacing are set aside. */
    static boolean same(String a, String b) {
        return a != null && b != null && ArabicText.matchKeys(a).equals(ArabicText.matchKeys(b));
    }

    /** Two names of one place: the same words, or two spellings the gazetteer lists for it («بلغراد», «بلجراد»). */
    static boolean samePlace(String a, String b) {
        return same(a, b) || a != null && b != null && Places.standard().slugOf(a).equals(Places.standard().slugOf(b));
    }

    /** The confidence of the date: {@code date_confidence} when the answer has it, else {@code confidence}. */
    static double confidence(JsonNode a) {
        JsonNode d = a.path("date_confidence");
        return d.isNumber() ? d.asDouble() : a.path("confidence").asDouble(0);
    }

    private static String evidence(JsonNode a) {
        String e = text(a, "date_evidence");
        return e == null ? "" : " from «" + e + "»";
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> out = new HashSet<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.path(field);
        return v.isTextual() ? v.asText() : null;
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
