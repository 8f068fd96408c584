package khatt.render.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import khatt.arabic.ArabicText;
import khatt.content.ArticleSource;
import khatt.model.Event;

/**
 * The search index, built while event pages render (each body is read once, for its page) and
 * written when all have been added.
 *
 * <p>Terms are {@link ArabicText#matchKeys} of an event's title, place, summary and every article's
 * title, outlet and body; the browser script normalizes queries the same way. The index is inverted
 * and sharded by the first letter of the term, as scripts ({@code search/t-0627.js}) so that it loads
 * from {@code file://} too; a query loads only the shards of its words. Terms found in more than half
 * of a large timeline's events (في، من، على…) are left out and listed, so that queries skip them.
 */
public final class SearchIndex {

    /** The script the search starts from: event count, common terms and shard names. Shards are
     * {@code search/t-<hex code point>.js}; titles and addresses are in {@code search/e-<n>.js}. */
    public static final String EVENTS_FILE = "search/events.js";
    static final int COMMON_MIN_EVENTS = 100;
    /** Events per result-list script ({@code search/e-<n>.js}): a query loads only those of the results it shows. */
    static final int CHUNK = 500;

    /** Marks an index term found in an event's title («لافروف|»): titles rank first. No key contains it. */
    public static final String IN_TITLE = "|";

    /**
     * One event in the result list: its address from the root, title, date text, and the start of
     * its summary, in which the results show the words they matched.
     */
    public record Entry(String href, String title, String date, String excerpt) {

        public Entry(String href, String title, String date) {
            this(href, title, date, "");
        }
    }

    private final Entry[] entries;
    private final Map<String, Postings> postings = new ConcurrentHashMap<>();

    public SearchIndex(int events) {
        entries = new Entry[events];
    }

    /** Adds the event at {@code index}; {@code bodies} are its articles' Markdown, in article order. Thread-safe. */
    public void add(int index, Event event, Entry entry, String summary, List<String> bodies) {
        add(index, entry, terms.of(event, summary, bodies));
    }

    /** Adds the event at {@code index} with its index terms (from {@link Terms#of}). Thread-safe. */
    public void add(int index, Entry entry, Set<String> eventTerms) {
        entries[index] = entry;
        for (String term : eventTerms) {
            postings.computeIfAbsent(term, t -> new Postings()).add(index);
        }
    }

    private final Terms terms = new Terms();

    /** The index terms of a text: its matching keys, as a set. */
    Set<String> termsOf(String text) {
        return terms.of(text);
    }

    /**
     * Cuts texts into index terms, keeping the keys of each spelling seen; one per build or server,
     * shared by the threads that render event pages.
     */
    public static final class Terms {

        /**
         * Words as the browser script cuts them (letters, marks, digits and connectors, joined across a
         * single ' ’ . ·), each turned into keys by {@link ArabicText#matchKeys} once per distinct
         * spelling: Lucene's analysis of whole bodies cost three times as much, and corpora repeat words.
         */
        static final int CACHED_WORDS = 400_000;
        private final Map<String, List<String>> keysOfWord = new ConcurrentHashMap<>();

        private void addTerms(Set<String> terms, String text) {
            if (text == null || text.isEmpty()) {
                return;
            }
            int length = text.length();
            int i = 0;
            while (i < length) {
                while (i < length && !isWordAt(text, i)) {
                    i += Character.charCount(text.codePointAt(i));
                }
                int start = i;
                while (i < length) {
                    if (isWordAt(text, i)) {
                        i += Character.charCount(text.codePointAt(i));
                    } else if (isJoiner(text.charAt(i)) && i + 1 < length && isWordAt(text, i + 1)) {
                        i++;
                    } else {
                        break;
                    }
                }
                if (i > start) {
                    addKeys(terms, text.substring(start, i));
                }
            }
        }

        private void addKeys(Set<String> terms, String word) {
            List<String> keys = keysOfWord.get(word);
            if (keys == null) {
                keys = ArabicText.matchKeys(word);
                if (keysOfWord.size() < CACHED_WORDS) {
                    keysOfWord.put(word, keys);
                }
            }
            for (String key : keys) {
                if (!key.isEmpty()) {
                    terms.add(key);
                }
            }
        }

        private static boolean isJoiner(char c) {
            return c == '\'' || c == '\u2019' || c == '.' || c == '\u00b7';
        }

        /** Whether the code point at {@code i} is in \p{L}, \p{M}, \p{N} or \p{Pc}, as the script's pattern says. */
        private static boolean isWordAt(String text, int i) {
            char c = text.charAt(i);
            if (c < 128) {
                return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
            }
            if (c >= '\u0621' && c <= '\u064a') {
                return true;
            }
            return switch (Character.getType(text.codePointAt(i))) {
                case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER, Character.MODIFIER_LETTER,
                     Character.OTHER_LETTER, Character.NON_SPACING_MARK, Character.COMBINING_SPACING_MARK, Character.ENCLOSING_MARK,
                     Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER,
                     Character.CONNECTOR_PUNCTUATION -> true;
                default -> false;
            };
        }


        /**
         * The index terms of an event: of its title, place, summary, and each article's title, outlet
         * and body; and its title's terms again, marked {@link #IN_TITLE}. A compact, immutable set,
         * since rebuilds keep every event's terms.
         */
        public Set<String> of(Event event, String summary, List<String> bodies) {
            Set<String> terms = new HashSet<>();
            addTerms(terms, event.title());
            for (String term : List.copyOf(terms)) {
                terms.add(term + IN_TITLE);
            }
            addTerms(terms, event.place());
            addTerms(terms, summary);
            for (ArticleSource article : event.articles()) {
                addTerms(terms, article.title());
                addTerms(terms, article.outlet());
            }
            bodies.forEach(body -> addTerms(terms, body));
            return SortedTerms.of(terms);
        }

        Set<String> of(String text) {
            Set<String> terms = new HashSet<>();
            addTerms(terms, text);
            return terms;
        }
    }

    /** Every file of the index, by path from the site root, in a stable order. */
    public Map<String, String> files() {
        return files(null, null, Map.of());
    }

    /**
     * The files of the index, remaking only the term shards in {@code shards} and the result
     * chunks in {@code chunks} (null: all) and taking the others' text from {@code previous}.
     * A term that became common, or stopped being common, remakes its shard too.
     */
    public Map<String, String> files(Set<String> shards, Set<Integer> chunks, Map<String, String> previous) {
        int events = entries.length;
        int commonAbove = events >= COMMON_MIN_EVENTS ? events / 2 : Integer.MAX_VALUE;
        Map<String, List<String>> termsByShard = new TreeMap<>();
        Set<String> common = new java.util.TreeSet<>();
        for (String term : new TreeMap<>(postings).keySet()) {
            Postings ids = postings.get(term);
            if (ids.size() == 0) {
                continue;
            }
            if (ids.size() > commonAbove) {
                common.add(term);
            } else {
                termsByShard.computeIfAbsent(shardOf(term), k -> new ArrayList<>()).add(term);
            }
        }
        Set<String> remade = shards == null ? null : new java.util.HashSet<>(shards);
        if (remade != null) {
            Set<String> flipped = new java.util.HashSet<>(common);
            flipped.addAll(lastCommon);
            flipped.removeIf(t -> common.contains(t) && lastCommon.contains(t));
            flipped.forEach(t -> remade.add(shardOf(t)));
        }
        lastCommon = common;
        Map<String, String> files = new LinkedHashMap<>();
        Map<String, Object> head = new LinkedHashMap<>();
        head.put("count", events);
        head.put("chunk", CHUNK);
        head.put("common", new ArrayList<>(common));
        head.put("shards", new ArrayList<>(termsByShard.keySet()));
        files.put(EVENTS_FILE, "khattSearch.events(" + json(head) + ");\n");
        for (int first = 0; first < events; first += CHUNK) {
            int chunk = first / CHUNK;
            String path = "search/e-" + chunk + ".js";
            if (chunks != null && !chunks.contains(chunk) && previous.containsKey(path)) {
                files.put(path, previous.get(path));
                continue;
            }
            List<List<String>> list = new ArrayList<>(CHUNK);
            for (int i = first; i < Math.min(first + CHUNK, events); i++) {
                Entry entry = entries[i];
                list.add(entry == null ? List.of("", "", "", "") : List.of(entry.href(), entry.title(), entry.date(), entry.excerpt()));
            }
            files.put(path, "khattSearch.entries(" + chunk + "," + json(list) + ");\n");
        }
        termsByShard.forEach((shard, terms) -> {
            String path = "search/t-" + shard + ".js";
            if (remade != null && !remade.contains(shard) && previous.containsKey(path)) {
                files.put(path, previous.get(path));
                return;
            }
            Map<String, String> encoded = new TreeMap<>();
            terms.forEach(term -> encoded.put(term, encode(postings.get(term).sorted())));
            files.put(path, "khattSearch.shard(\"" + shard + "\"," + json(encoded) + ");\n");
        });
        return files;
    }

    /** The common terms of the last {@link #files} call, to tell which terms changed status. */
    private Set<String> lastCommon = Set.of();

    /**
     * Changes the event at {@code index} from {@code before} to {@code after} terms and to
     * {@code entry}; returns the shards whose terms changed. Not thread-safe.
     */
    public Set<String> replace(int index, Set<String> before, Set<String> after, Entry entry) {
        entries[index] = entry;
        Set<String> shards = new java.util.HashSet<>();
        for (String term : before) {
            if (!after.contains(term)) {
                postings.get(term).remove(index);
                shards.add(shardOf(term));
            }
        }
        for (String term : after) {
            if (!before.contains(term)) {
                postings.computeIfAbsent(term, t -> new Postings()).add(index);
                shards.add(shardOf(term));
            }
        }
        return shards;
    }

    /** The chunk of result entries that holds event {@code index}. */
    public static int chunkOf(int index) {
        return index / CHUNK;
    }

    /** The shard of a term: the hex code point of its first character, which the script computes alike. */
    public static String shardOf(String term) {
        return Integer.toHexString(term.codePointAt(0));
    }

    /** Ascending event numbers as base-36 gaps joined by dots: «3.a.1» is 3, 13, 14. */
    static String encode(int[] ids) {
        StringBuilder out = new StringBuilder(ids.length * 3);
        int previous = 0;
        for (int i = 0; i < ids.length; i++) {
            if (i > 0) {
                out.append('.');
            }
            out.append(Integer.toString(ids[i] - previous, 36));
            previous = ids[i];
        }
        return out.toString();
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value).replace("<", "\\u003c");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("maps of strings always serialize", e);
        }
    }

    /** A growing list of event numbers, added to from several threads. */
    private static final class Postings {
        private int[] ids = new int[4];
        private int size;

        synchronized void add(int id) {
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
            }
            ids[size++] = id;
        }

        synchronized void remove(int id) {
            for (int i = 0; i < size; i++) {
                if (ids[i] == id) {
                    ids[i] = ids[--size];
                    return;
                }
            }
        }

        synchronized int size() {
            return size;
        }

        synchronized int[] sorted() {
            int[] copy = Arrays.copyOf(ids, size);
            Arrays.sort(copy);
            return copy;
        }
    }
}
