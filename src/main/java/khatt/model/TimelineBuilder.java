package khatt.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import khatt.arabic.ArabicText;
import khatt.content.ArticleSource;
import khatt.content.Content;
import khatt.content.EventFacts;
import khatt.content.EventIds;
import khatt.content.MentionedDate;
import khatt.content.TopicDefinition;
import khatt.diag.Diagnostic;
import khatt.diag.Diagnostics;

/**
 * Understands the content as a timeline: groups articles into events (by their {@code event} id,
 * or else by date, place and kind), settles each event's facts, checks that articles agree with
 * them, and orders everything deterministically.
 */
public final class TimelineBuilder {

    static final Comparator<Event> EVENT_ORDER = Comparator.comparing(Event::date).thenComparing(Event::id);

    /** Matching keys of place names, by name: a site names few places, and a key takes Lucene's analysis. */
    private final Map<String, String> placeKeys = new HashMap<>();

    /**
     * The events of the last build, with what each was made from. An event whose articles and facts
     * are the very same objects (the content snapshot re-reads only changed files) is reused with
     * its warnings, which keeps a rebuild after one edit from redoing every event.
     */
    private Map<String, Made> lastEvents = Map.of();
    private List<TopicDefinition> lastTopics = List.of();

    private record Made(List<ArticleSource> articles, EventFacts facts, Event event, List<Diagnostic> warnings) {

        boolean madeFrom(List<ArticleSource> others, EventFacts otherFacts) {
            if (facts != otherFacts || articles.size() != others.size()) {
                return false;
            }
            for (int i = 0; i < articles.size(); i++) {
                if (articles.get(i) != others.get(i)) {
                    return false;
                }
            }
            return true;
        }
    }

    public Timeline build(Content content, Diagnostics diagnostics) {
        Map<String, EventFacts> facts = new HashMap<>();
        content.eventFacts().forEach(f -> facts.put(f.id(), f));

        Map<String, Integer> taxonomyOrder = new HashMap<>();
        content.topics().forEach(t -> taxonomyOrder.put(t.id(), taxonomyOrder.size()));

        Map<String, List<ArticleSource>> groups = group(content.articles());
        List<Event> events = new ArrayList<>();
        Map<String, Made> made = new HashMap<>();
        boolean sameTopics = lastTopics.equals(content.topics());
        groups.forEach((id, articles) -> {
            Made last = lastEvents.get(id);
            if (last == null || !sameTopics || !last.madeFrom(articles, facts.get(id))) {
                Diagnostics warnings = new Diagnostics();
                last = new Made(articles, facts.get(id), event(id, articles, facts.get(id), taxonomyOrder, warnings), warnings.sorted());
            }
            made.put(id, last);
            events.add(last.event());
            diagnostics.addAll(last.warnings());
        });
        lastEvents = made;
        lastTopics = content.topics();
        // An article with errors is left out, and it may be the one naming an event: report event
        // files no article names only once every article could be read, rather than a false alarm.
        boolean allArticlesRead = !diagnostics.hasErrors();
        for (EventFacts unused : content.eventFacts()) {
            if (allArticlesRead && !groups.containsKey(unused.id())) {
                diagnostics.add(Diagnostic.error(unused.file(), 0, "unknown event '" + unused.id() + "': no article reports it",
                        "set 'event: " + unused.id() + "' in an article's front matter, or remove this file"));
            }
        }
        events.sort(EVENT_ORDER);

        List<Topic> topics = new ArrayList<>();
        for (TopicDefinition definition : content.topics()) {
            List<Event> tagged = events.stream().filter(e -> e.topics().contains(definition.id())).toList();
            topics.add(new Topic(definition.id(), definition.label(), definition.description(), tagged));
        }
        return new Timeline(content.config(), events, topics);
    }

    /**
     * Articles by event id. Those without one are grouped by date, place and kind under an id made
     * from the date and the place (or kind) by {@link EventIds}, which stays the same as long as
     * those facts do; where an article names that id as its event, they join it.
     */
    private Map<String, List<ArticleSource>> group(List<ArticleSource> articles) {
        Map<String, List<ArticleSource>> byId = new TreeMap<>();
        Map<String, List<ArticleSource>> byFacts = new TreeMap<>();
        for (ArticleSource article : articles) {
            if (article.event() != null) {
                byId.computeIfAbsent(article.event(), k -> new ArrayList<>()).add(article);
            } else {
                String key = article.date() + "|" + placeKey(Objects.requireNonNullElse(article.place(), ""))
                        + "|" + Objects.requireNonNullElse(article.kind(), "");
                byFacts.computeIfAbsent(key, k -> new ArrayList<>()).add(article);
            }
        }
        Set<String> named = Set.copyOf(byId.keySet());
        for (List<ArticleSource> group : byFacts.values()) {
            ArticleSource first = group.get(0);
            String base = EventIds.derive(first.date(), first.place(), first.kind());
            if (named.contains(base)) {
                byId.get(base).addAll(group);
                continue;
            }
            String id = base;
            for (int n = 2; byId.containsKey(id); n++) {
                id = base + "-" + n;
            }
            byId.put(id, group);
        }
        return byId;
    }

    private String placeKey(String place) {
        return placeKeys.computeIfAbsent(place, ArabicText::matchKey);
    }

    private Event event(String id, List<ArticleSource> unordered, EventFacts facts,
                               Map<String, Integer> taxonomyOrder, Diagnostics diagnostics) {
        List<ArticleSource> articles = inPublicationOrder(unordered);
        LocalDate date = settle(facts == null ? null : facts.date(), articles, ArticleSource::date);
        String place = settle(facts == null ? null : facts.place(), articles, ArticleSource::place);
        String kind = settle(facts == null ? null : facts.kind(), articles, ArticleSource::kind);
        String where = facts != null ? "its event file " + facts.file().getFileName() : "the other articles of event '" + id + "'";
        for (ArticleSource article : articles) {
            if (article.date() != null && !article.date().equals(date)) {
                diagnostics.add(Diagnostic.warning(article.file(), article.dateLine(),
                        "date " + article.date() + " contradicts " + where + " (" + date + ")",
                        "give every article of an event the event's date, or move it to another event"));
            }
            if (article.place() != null && place != null && !placeKey(article.place()).equals(placeKey(place))) {
                diagnostics.add(Diagnostic.warning(article.file(), article.placeLine(),
                        "place '" + article.place() + "' contradicts " + where + " ('" + place + "')", "correct one of them"));
            }
            if (article.kind() != null && kind != null && !EventKinds.compatible(article.kind(), kind)) {
                diagnostics.add(Diagnostic.warning(article.file(), article.kindLine(),
                        "kind '" + article.kind() + "' contradicts " + where + " ('" + kind + "')", "correct one of them"));
            }
        }
        if (kind != null && !EventKinds.isKnown(kind)) {
            ArticleSource first = articles.get(0);
            diagnostics.add(Diagnostic.warning(facts != null ? facts.file() : first.file(), facts != null ? facts.kindLine() : first.kindLine(),
                    "kind '" + kind + "' has no Arabic name and is shown as written", "known kinds: " + String.join(", ", EventKinds.known())));
        }
        String title = facts != null && facts.title() != null ? facts.title() : articles.get(0).title();
        Set<String> topics = new LinkedHashSet<>();
        Set<String> outlets = new LinkedHashSet<>();
        Map<String, MentionedDate> mentioned = new TreeMap<>();
        for (ArticleSource article : articles) {
            topics.addAll(article.topics());
            if (article.outlet() != null) {
                outlets.add(article.outlet());
            }
            article.mentionedDates().forEach(m -> mentioned.putIfAbsent(m.date() + "|" + m.text(), m));
        }
        List<String> topicsInTaxonomyOrder = topics.stream()
                .sorted(Comparator.comparing(t -> taxonomyOrder.getOrDefault(t, Integer.MAX_VALUE))).toList();
        return new Event(id, date, title, place, kind, facts == null ? null : facts.summary(), articles,
                topicsInTaxonomyOrder, List.copyOf(outlets), List.copyOf(mentioned.values()));
    }

    /** The curated value when there is one, else the value most articles give (the earliest on a tie). */
    private static <T> T settle(T curated, List<ArticleSource> articles, Function<ArticleSource, T> field) {
        if (curated != null) {
            return curated;
        }
        T best = null;
        int bestCount = 0;
        for (ArticleSource article : articles) { // events have few articles: counting in place allocates nothing
            T value = field.apply(article);
            if (value == null || value.equals(best)) {
                continue;
            }
            int count = 0;
            for (ArticleSource other : articles) {
                if (value.equals(field.apply(other))) {
                    count++;
                }
            }
            if (count > bestCount) {
                best = value;
                bestCount = count;
            }
        }
        return best;
    }

    /**
     * Oldest publication first, undated articles last, ties by id; each publication time parsed once
     * rather than at every comparison.
     */
    private static List<ArticleSource> inPublicationOrder(List<ArticleSource> articles) {
        if (articles.size() == 1) {
            return List.copyOf(articles);
        }
        record Keyed(Instant published, ArticleSource article) {}
        return articles.stream().map(a -> new Keyed(publicationInstant(a.published()), a))
                .sorted(Comparator.comparing(Keyed::published, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(k -> k.article().id()))
                .map(Keyed::article).toList();
    }

    /** A publication time as an instant: dates and local times count as UTC. Null when absent. */
    public static Instant publicationInstant(String published) {
        if (published == null) {
            return null;
        }
        Instant common = offsetDateTime(published);
        if (common != null) {
            return common;
        }
        try {
            return OffsetDateTime.parse(published).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(published).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException notLocal) {
                return LocalDate.parse(published).atStartOfDay().toInstant(ZoneOffset.UTC);
            }
        }
    }

    /**
     * The common form {@code 2019-05-14T18:30:00+03:00} read without a formatter (a rebuild reads
     * every article's), or null for any other form, left to the full ISO parsers.
     */
    private static Instant offsetDateTime(String text) {
        if (text.length() != 25 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
                || text.charAt(13) != ':' || text.charAt(16) != ':' || text.charAt(22) != ':'
                || (text.charAt(19) != '+' && text.charAt(19) != '-')) {
            return null;
        }
        try {
            int sign = text.charAt(19) == '-' ? -1 : 1;
            ZoneOffset offset = ZoneOffset.ofHoursMinutes(sign * number(text, 20, 22), sign * number(text, 23, 25));
            return LocalDateTime.of(number(text, 0, 4), number(text, 5, 7), number(text, 8, 10),
                    number(text, 11, 13), number(text, 14, 16), number(text, 17, 19)).toInstant(offset);
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static int number(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw new NumberFormatException(text);
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
