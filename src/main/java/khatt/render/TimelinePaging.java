package khatt.render;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import khatt.model.Event;

/**
 * How a list of events (the whole timeline, or one topic's) is split into pages a phone can open:
 * one page per year, and one per month in a year with more than {@link #PAGE_EVENTS} events. Page
 * addresses come from dates only, so adding events never moves a month to another address, except
 * when its year grows past the limit and is split.
 */
final class TimelinePaging {

    /**
     * The most events a page holds. Each card costs about 1.1 KB of HTML and 24 elements, and the time
     * a phone takes to show a page grows with them: on Lighthouse's mobile preset a page of 60 cards
     * still scores 95 or more in performance, one of 100 about 90.
     */
    static final int PAGE_EVENTS = 60;
    /** The events a timeline's first page shows before pointing to the year pages: a full page. */
    static final int LATEST_EVENTS = PAGE_EVENTS;

    /**
     * One page of events, from the list's base address.
     *
     * @param path {@code 2019/} or, for a month of a split year, {@code 2019/05/}
     * @param month 0 for a whole year
     */
    record Part(String path, int year, int month, List<Event> events) {}

    /** One year: its page's address, its event count, and its month pages when it is split (else empty). */
    record Year(int year, String path, int count, List<Part> months, Part whole) {
        boolean split() {
            return !months.isEmpty();
        }
    }

    private final List<Year> years;
    private final List<Part> parts;

    TimelinePaging(List<Event> events) {
        Map<Integer, List<Event>> byYear = new LinkedHashMap<>();
        for (Event event : events) {
            byYear.computeIfAbsent(event.date().getYear(), y -> new ArrayList<>()).add(event);
        }
        List<Year> years = new ArrayList<>();
        List<Part> parts = new ArrayList<>();
        byYear.forEach((year, inYear) -> {
            String path = String.format(Locale.ROOT, "%04d/", year);
            if (inYear.size() <= PAGE_EVENTS) {
                Part whole = new Part(path, year, 0, List.copyOf(inYear));
                years.add(new Year(year, path, inYear.size(), List.of(), whole));
                parts.add(whole);
            } else {
                List<Part> months = months(year, path, inYear);
                years.add(new Year(year, path, inYear.size(), months, null));
                parts.addAll(months);
            }
        });
        this.years = List.copyOf(years);
        this.parts = List.copyOf(parts);
    }

    private static List<Part> months(int year, String yearPath, List<Event> inYear) {
        Map<Integer, List<Event>> byMonth = new LinkedHashMap<>();
        for (Event event : inYear) {
            byMonth.computeIfAbsent(event.date().getMonthValue(), m -> new ArrayList<>()).add(event);
        }
        List<Part> months = new ArrayList<>();
        byMonth.forEach((month, events) -> months.add(new Part(yearPath + String.format(Locale.ROOT, "%02d/", month),
                year, month, List.copyOf(events))));
        return months;
    }

    /** The years that have events, oldest first. */
    List<Year> years() {
        return years;
    }

    /** Every page of events in reading order: whole years and the months of split years. */
    List<Part> parts() {
        return parts;
    }

    /** The address, from the list's base, of the page showing {@code month}, with the month's anchor. */
    String monthHref(YearMonth month) {
        String anchor = "#m-" + month;
        for (Year year : years) {
            if (year.year() == month.getYear()) {
                return year.split()
                        ? year.path() + String.format(Locale.ROOT, "%02d/", month.getMonthValue()) + anchor
                        : year.path() + anchor;
            }
        }
        return years.isEmpty() ? anchor : years.get(years.size() - 1).path() + anchor;
    }

    /** The latest events, oldest first: at most {@link #LATEST_EVENTS}. */
    static List<Event> latest(List<Event> events) {
        return events.subList(Math.max(0, events.size() - LATEST_EVENTS), events.size());
    }
}
