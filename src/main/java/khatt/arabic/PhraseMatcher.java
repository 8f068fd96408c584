package khatt.arabic;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds which of a set of labelled phrases occur in a text, comparing matching keys
 * ({@link ArabicText#matchKeys}) word by word. Built once, used from many threads.
 */
public final class PhraseMatcher<L extends Comparable<L>> {

    private record Phrase<L>(List<String> keys, L label) {}

    /** One-letter proclitics a word may carry before a phrase: «بسوريا», «لليبيا» after stemming. */
    private static final String PROCLITICS = "بلكفو";

    /** Phrases indexed by their first word's key. */
    private final Map<String, List<Phrase<L>>> byFirstKey = new HashMap<>();

    public PhraseMatcher(Map<L, ? extends Collection<String>> phrasesByLabel) {
        phrasesByLabel.forEach((label, phrases) -> {
            for (String phrase : phrases) {
                List<String> keys = ArabicText.matchKeys(phrase);
                if (!keys.isEmpty()) {
                    byFirstKey.computeIfAbsent(keys.get(0), k -> new ArrayList<>()).add(new Phrase<>(keys, label));
                }
            }
        });
    }

    /** The labels whose phrases occur in {@code text}, sorted. */
    public Set<L> labelsIn(String text) {
        return labelsIn(ArabicText.matchKeys(text));
    }

    /** The labels whose phrases occur in text whose matching keys are {@code words}, sorted. */
    public Set<L> labelsIn(List<String> words) {
        Set<L> found = new TreeSet<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            collect(words, i, word, found);
            for (String rest : withoutProclitic(word)) {
                collect(words, i, rest, found);
            }
        }
        return found;
    }

    /**
     * The keys {@code word} may have without a one-letter proclitic: the rest as it is, and without the
     * prefix keying strips from a word («بوزير»: «وزير», whose key is «زير»).
     */
    private static List<String> withoutProclitic(String word) {
        if (word.length() <= 3 || PROCLITICS.indexOf(word.charAt(0)) < 0) {
            return List.of();
        }
        String rest = word.substring(1);
        String again = ArabicText.withoutPrefix(rest);
        return again.length() == rest.length() ? List.of(rest) : List.of(rest, again);
    }

    private void collect(List<String> words, int at, String firstKey, Set<L> found) {
        for (Phrase<L> phrase : byFirstKey.getOrDefault(firstKey, List.of())) {
            if (restMatches(words, at, phrase.keys())) {
                found.add(phrase.label());
            }
        }
    }

    /**
     * Where a phrase occurs: its label, the index of its first and one past its last word in
     * {@link ArabicText#matchKeys} of the text, and the one-letter proclitic its first word carried
     * (0 if none).
     */
    public record Match<L>(L label, int start, int end, char proclitic) {}

    /** Every occurrence of a phrase in {@code text}, in order of position (longer first, then by label). */
    public List<Match<L>> matchesIn(String text) {
        return matchesIn(ArabicText.matchKeys(text));
    }

    /** Every occurrence of a phrase in text whose matching keys are {@code words}. */
    public List<Match<L>> matchesIn(List<String> words) {
        List<Match<L>> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            addMatches(words, i, word, (char) 0, out);
            for (String rest : withoutProclitic(word)) {
                addMatches(words, i, rest, word.charAt(0), out);
            }
        }
        out.sort(java.util.Comparator.comparingInt((Match<L> m) -> m.start())
                .thenComparing(java.util.Comparator.comparingInt((Match<L> m) -> m.end()).reversed())
                .thenComparing(m -> m.label()));
        return out;
    }

    private void addMatches(List<String> words, int at, String firstKey, char proclitic, List<Match<L>> out) {
        for (Phrase<L> phrase : byFirstKey.getOrDefault(firstKey, List.of())) {
            if (restMatches(words, at, phrase.keys())) {
                out.add(new Match<>(phrase.label(), at, at + phrase.keys().size(), proclitic));
            }
        }
    }

    /** Whether the words after {@code start} continue the phrase (its first word has matched). */
    private static boolean restMatches(List<String> words, int start, List<String> keys) {
        if (start + keys.size() > words.size()) {
            return false;
        }
        for (int j = 1; j < keys.size(); j++) {
            if (!words.get(start + j).equals(keys.get(j))) {
                return false;
            }
        }
        return true;
    }
}
