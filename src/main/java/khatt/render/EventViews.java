package khatt.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import khatt.content.ArticleSource;
import khatt.content.MentionedDate;
import khatt.content.SiteConfig;
import khatt.model.Event;
import khatt.render.export.Citations;

/** An event's page and its embed: its articles, sources, citations, neighbours and the dates it mentions. */
final class EventViews {

    /** Event pages are two folders down: {@code events/<id>/}. */
    private static final String ROOT = "../../";

    private final ViewContext context;
    private final EventCards cards;
    private final List<Event> events;
    private final Map<LocalDate, Event> eventByDate = new HashMap<>();

    EventViews(ViewContext context, EventCards cards) {
        this.context = context;
        this.cards = cards;
        this.events = context.timeline.events();
        for (Event event : events) {
            eventByDate.putIfAbsent(event.date(), event);
        }
    }

    /** The page of the event at {@code index} without its articles' bodies, which are read only to render it. */
    EventPage page(int index) {
        Event event = events.get(index);
        EventCard card = cards.from(event, ROOT);
        String description = card.summary();
        String path = Urls.eventPath(event.id());
        PageMeta meta = context.meta(event.title(), description, ROOT, path, "event", "article",
                JsonLd.script(jsonLd(event, description)), "feed.xml", List.of(card.icon()))
                .withEmbed(context.absolute(Urls.embedPath(path)));
        List<ArticleView> articles = new ArrayList<>();
        for (ArticleSource article : event.articles()) {
            articles.add(new ArticleView(article.id(), article.title(), article.outlet(), publishedDate(article.published()),
                    article.sourceUrl(), null));
        }
        String summaryHtml = event.summary() == null ? "" : context.markdown.toHtml(event.summary(), "", 3);
        String url = context.absolute(path);
        List<ArticleCitation> articleCitations = event.articles().stream()
                .map(a -> new ArticleCitation(articleCitation(a, event), a.sourceUrl(), Citations.articleCoins(a, event))).toList();
        return new EventPage(meta, card, summaryHtml, articles, event.outlets(), mentions(event), previous(index), next(index),
                citation(event), url, articleCitations, Citations.downloads(event), event.date().toString().replace('-', '/'),
                Citations.pageCoins(event, url, context.config.title(), context.config.language()));
    }

    /** The embed view of the event at {@code index}: its card. */
    EmbedPage embed(int index) {
        Event event = events.get(index);
        String pagePath = Urls.eventPath(event.id());
        String root = Urls.rootOf(Urls.embedPath(pagePath));
        EventCard card = EventCards.relative(cards.atRoot(event), root);
        PageMeta meta = context.meta(event.title(), card.summary(), root, pagePath, "embed", "article", "", "feed.xml",
                List.of(card.icon()));
        return new EmbedPage(meta, event.title(), new Link(card.href(), "المصادر كاملة والاستشهاد"), List.of(), card);
    }

    /**
     * Everything the page of the event at {@code index} shows, cheaper to compare than the page
     * itself: the event, its neighbours' links, the events its mentioned dates link to, its topic
     * chips and the site settings. Equal inputs make an equal page (bodies aside).
     */
    Object inputs(int index) {
        Event event = events.get(index);
        return new Inputs(event, previous(index), next(index), mentions(event), context.chipsOf(event), context.config);
    }

    private record Inputs(Event event, Link previous, Link next, List<MentionView> mentions, List<TopicChip> topics,
                          SiteConfig config) {}

    private Link previous(int index) {
        return index > 0 ? link(events.get(index - 1)) : null;
    }

    private Link next(int index) {
        return index + 1 < events.size() ? link(events.get(index + 1)) : null;
    }

    private Link link(Event event) {
        return new Link(ROOT + Urls.eventPath(event.id()), event.title());
    }

    private List<MentionView> mentions(Event event) {
        return event.mentionedDates().isEmpty() ? List.of()
                : event.mentionedDates().stream().map(m -> mention(m, event)).toList();
    }

    /** A date the event's articles mention, linked to the site's event of that day when there is one. */
    private MentionView mention(MentionedDate mentioned, Event from) {
        Link link = null;
        if (mentioned.date().length() == 10) {
            Event target = eventByDate.get(LocalDate.parse(mentioned.date()));
            if (target != null && !target.id().equals(from.id())) {
                link = link(target);
            }
        }
        return new MentionView(mentioned.text(), mentioned.date(), mentionLabel(mentioned.date()), link);
    }

    private String mentionLabel(String isoPrecision) {
        String[] parts = isoPrecision.split("-");
        int year = Integer.parseInt(parts[0]);
        return switch (parts.length) {
            case 1 -> context.dates.digits(year);
            case 2 -> context.dates.monthYear(year, Integer.parseInt(parts[1]));
            default -> context.dates.dayMonthYear(LocalDate.parse(isoPrecision));
        };
    }

    private Map<String, Object> jsonLd(Event event, String description) {
        String url = context.absolute(Urls.eventPath(event.id()));
        List<Object> articles = new ArrayList<>();
        for (ArticleSource article : event.articles()) {
            articles.add(JsonLd.thing("NewsArticle", "headline", article.title(), "datePublished", article.published(),
                    "url", article.sourceUrl(), "inLanguage", "ar",
                    "publisher", article.outlet() == null ? null : JsonLd.thing("Organization", "name", article.outlet()),
                    "mainEntityOfPage", url + "#" + article.id()));
        }
        return JsonLd.thing("Event", "name", event.title(), "startDate", event.date().toString(),
                "description", ViewContext.emptyToNull(description), "url", url,
                "eventStatus", "https://schema.org/EventScheduled",
                "location", event.place() == null ? null : JsonLd.thing("Place", "name", event.place()),
                "about", context.chipsOf(event).stream().map(TopicChip::label).toList(),
                "subjectOf", articles);
    }

    private DateView publishedDate(String published) {
        if (published == null) {
            return null;
        }
        // The outlet's own calendar day, as it printed it: the offset is kept, not converted.
        LocalDate day = LocalDate.parse(published.substring(0, 10));
        return new DateView(published, context.dates.dayMonthYear(day), "");
    }

    /** A source article in the same style: outlet. (date). title. (The template adds its URL.) */
    private String articleCitation(ArticleSource article, Event event) {
        LocalDate day = article.published() != null ? LocalDate.parse(article.published().substring(0, 10)) : event.date();
        return (article.outlet() != null ? article.outlet() : "مصدر غير مسمى") + ". (" + citedDay(day) + "). "
                + article.title() + ".";
    }

    /** A recognised citation style (APA 7, Arabic wording) for the event page; its URL follows in the template. */
    private String citation(Event event) {
        return context.config.title() + ". (" + citedDay(event.date()) + "). " + event.title() + ".";
    }

    /** «٢٠١٩، ١٤ مايو»: year first, as APA has it. */
    private String citedDay(LocalDate day) {
        return context.dates.digits(day.getYear()) + "، " + context.dates.digits(day.getDayOfMonth()) + " "
                + context.dates.month(day.getMonthValue());
    }
}
