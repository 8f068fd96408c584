package khatt.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import khatt.model.Event;
import khatt.model.EventKinds;

/**
 * The cards that stand for events in lists, feeds and exports, each made once per build (pages are
 * made in parallel), and the year and month groups that lists show them in.
 */
final class EventCards {

    /** Cards in a list show their first topics only, and say how many more there are. */
    static final int CARD_TOPICS = 4;

    private final ViewContext context;
    private final Map<String, Event> eventById = new HashMap<>();
    /** Cards with links from the site root. */
    private final Map<String, EventCard> atRoot = new ConcurrentHashMap<>();
    /** Cards with links from {@code ../../} (event and topic pages). */
    private final Map<String, EventCard> twoDown = new ConcurrentHashMap<>();

    EventCards(ViewContext context) {
        this.context = context;
        for (Event event : context.timeline.events()) {
            eventById.put(event.id(), event);
        }
    }

    EventCard atRoot(Event event) {
        return atRoot.computeIfAbsent(event.id(), id -> card(eventById.get(id)));
    }

    /** The card with links from a page {@code root} away from the site root. */
    EventCard from(Event event, String root) {
        if (root.equals("../../")) {
            return twoDown.computeIfAbsent(event.id(), id -> relative(atRoot(event), root));
        }
        return relative(atRoot(event), root);
    }

    /** The distinct icons of the cards of {@code events}, in a stable order. */
    List<String> icons(List<Event> events) {
        Set<String> icons = new TreeSet<>();
        for (Event event : events) {
            icons.add(atRoot(event).icon());
        }
        return List.copyOf(icons);
    }

    /** The brief cards of {@code events} grouped by year and month, with links from {@code root}. */
    List<YearGroup> years(List<Event> events, String root) {
        Map<Integer, Map<Integer, List<EventCard>>> grouped = new LinkedHashMap<>();
        for (Event event : events) {
            grouped.computeIfAbsent(event.date().getYear(), y -> new LinkedHashMap<>())
                    .computeIfAbsent(event.date().getMonthValue(), m -> new ArrayList<>())
                    .add(brief(from(event, root)));
        }
        List<YearGroup> years = new ArrayList<>();
        grouped.forEach((year, months) -> {
            List<MonthGroup> monthGroups = new ArrayList<>();
            months.forEach((month, cards) -> monthGroups.add(new MonthGroup(String.format(Locale.ROOT, "m-%04d-%02d", year, month),
                    String.format(Locale.ROOT, "%04d-%02d", year, month), context.dates.monthYear(year, month), cards)));
            years.add(new YearGroup(String.format(Locale.ROOT, "y-%04d", year), String.format(Locale.ROOT, "%04d", year),
                    context.dates.digits(year), monthGroups));
        });
        return years;
    }

    private EventCard card(Event event) {
        List<TopicChip> topics = context.chipsOf(event);
        String summary = event.summary() != null ? context.markdown.plainText(event.summary()) : event.lead();
        String icon = EventKinds.isKnown(event.kind()) ? event.kind() : "other";
        String topicIds = String.join(" ", topics.stream().map(TopicChip::id).toList());
        int articles = event.articles().size();
        int outlets = event.outlets().size();
        String sources = context.count(articles, "مقال واحد", "مقالان", "مقالات", "مقالاً")
                + (outlets == 0 ? "" : " من " + context.count(outlets, "مصدر واحد", "مصدرين", "مصادر", "مصدراً"));
        return new EventCard(event.id(), Urls.eventPath(event.id()), context.date(event.date()), event.title(), event.place(),
                event.kind(), EventKinds.label(event.kind()), icon, topics, topicIds, "", articles, outlets, sources, summary);
    }

    private EventCard brief(EventCard card) {
        int extra = card.topics().size() - CARD_TOPICS;
        if (extra <= 0) {
            return card;
        }
        return new EventCard(card.id(), card.href(), card.date(), card.title(), card.place(), card.kind(), card.kindLabel(),
                card.icon(), card.topics().subList(0, CARD_TOPICS), card.topicIds(),
                "و" + (extra == 1 ? "موضوع آخر" : extra == 2 ? "موضوعان آخران"
                        : context.count(extra, "", "", "موضوعات أخرى", "موضوعاً آخر")),
                card.articleCount(), card.outletCount(), card.sourcesLine(), card.summary());
    }

    /** The same card with links from a page {@code root} away from the site root. */
    static EventCard relative(EventCard card, String root) {
        if (root.isEmpty()) {
            return card;
        }
        return new EventCard(card.id(), root + card.href(), card.date(), card.title(), card.place(), card.kind(),
                card.kindLabel(), card.icon(), ViewContext.relativeChips(card.topics(), root),
                card.topicIds(), card.moreTopics(), card.articleCount(), card.outletCount(), card.sourcesLine(), card.summary());
    }
}
