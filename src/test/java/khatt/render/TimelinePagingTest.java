package khatt.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import khatt.model.Event;
import org.junit.jupiter.api.Test;

/** Which events land on which page of a paged timeline, and where a month's link leads. */
class TimelinePagingTest {

    @Test
    void aYearOfAFullPageOfEventsKeepsOnePage() {
        List<Event> events = events(LocalDate.of(2019, 1, 1), TimelinePaging.PAGE_EVENTS);
        TimelinePaging paging = new TimelinePaging(events);

        assertThat(paging.parts()).singleElement().satisfies(part -> {
            assertThat(part.path()).isEqualTo("2019/");
            assertThat(part.month()).isZero();
            assertThat(part.events()).isEqualTo(events);
        });
        assertThat(paging.years()).singleElement().satisfies(year -> assertThat(year.split()).isFalse());
        assertThat(paging.monthHref(YearMonth.of(2019, 2))).isEqualTo("2019/#m-2019-02");
    }

    @Test
    void oneEventMoreSplitsTheYearIntoAPagePerMonthInDateOrder() {
        List<Event> events = events(LocalDate.of(2019, 1, 1), TimelinePaging.PAGE_EVENTS + 1);
        TimelinePaging paging = new TimelinePaging(events);

        assertThat(paging.parts()).extracting(TimelinePaging.Part::path).containsExactly("2019/01/", "2019/02/", "2019/03/");
        assertThat(paging.parts()).allSatisfy(part -> assertThat(part.events())
                .allSatisfy(e -> assertThat(e.date().getMonthValue()).isEqualTo(part.month())));
        assertThat(paging.parts().stream().flatMap(part -> part.events().stream()).toList()).isEqualTo(events);
        assertThat(paging.years()).singleElement().satisfies(year -> {
            assertThat(year.split()).isTrue();
            assertThat(year.path()).isEqualTo("2019/");
            assertThat(year.count()).isEqualTo(TimelinePaging.PAGE_EVENTS + 1);
            assertThat(year.months()).isEqualTo(paging.parts());
        });
        assertThat(paging.monthHref(YearMonth.of(2019, 2))).isEqualTo("2019/02/#m-2019-02");
    }

    @Test
    void wholeYearsAndTheMonthsOfSplitOnesFollowInReadingOrder() {
        List<Event> events = new ArrayList<>(events(LocalDate.of(2018, 12, 1), 1));
        events.addAll(events(LocalDate.of(2019, 11, 1), TimelinePaging.PAGE_EVENTS + 1));
        events.addAll(events(LocalDate.of(2021, 3, 1), 2));
        TimelinePaging paging = new TimelinePaging(events);

        assertThat(paging.parts()).extracting(TimelinePaging.Part::path)
                .containsExactly("2018/", "2019/11/", "2019/12/", "2021/");
        assertThat(paging.years()).extracting(TimelinePaging.Year::split).containsExactly(false, true, false);
        assertThat(paging.monthHref(YearMonth.of(2018, 12))).isEqualTo("2018/#m-2018-12");
        assertThat(paging.monthHref(YearMonth.of(2021, 3))).isEqualTo("2021/#m-2021-03");
        assertThat(paging.monthHref(YearMonth.of(2022, 1))).as("a year without events").isEqualTo("2021/#m-2022-01");
    }

    @Test
    void theFirstPageShowsAtMostAPageOfTheLatestEvents() {
        List<Event> events = events(LocalDate.of(2019, 1, 1), TimelinePaging.PAGE_EVENTS + 5);

        assertThat(TimelinePaging.latest(events)).hasSize(TimelinePaging.PAGE_EVENTS).isEqualTo(events.subList(5, events.size()));
        assertThat(TimelinePaging.latest(events.subList(0, 3))).hasSize(3);
    }

    /** {@code count} events a day apart from {@code first}. */
    private static List<Event> events(LocalDate first, int count) {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LocalDate date = first.plusDays(i);
            events.add(new Event(date + "-e" + i, date, "حدث", "موسكو", "call", null, List.of(), List.of(), List.of(), List.of()));
        }
        return events;
    }
}
