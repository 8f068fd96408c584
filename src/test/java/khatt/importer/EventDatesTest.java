package khatt.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One made-up text per phenomenon of the event date: what it is read as, and how sure that is. */
class EventDatesTest {

    private static EventDates.Choice choose(String title, LocalDate published, String... paragraphs) {
        List<DateAnchor> anchors = published == null ? List.of() : List.of(new DateAnchor(published, null, "byline", ""));
        return choose(title, anchors, paragraphs);
    }

    private static EventDates.Choice choose(String title, List<DateAnchor> anchors, String... paragraphs) {
        List<String> ps = List.of(paragraphs);
        return EventDates.choose(title, ps, ps.stream().map(DateFinder::find).toList(), anchors);
    }

    @Test
    void aRelativeDayWhoseWeekdayAgreesWithTheBylineIsSure() {
        EventDates.Choice c = choose(null, LocalDate.of(2019, 5, 14),
                "التقى وزير الخارجية اليوم الثلاثاء نظيره الضيف في العاصمة وبحثا العلاقات بين البلدين.");
        assertThat(c.date()).isEqualTo(LocalDate.of(2019, 5, 14));
        assertThat(c.evidence()).isEqualTo("اليوم الثلاثاء");
        assertThat(c.confidence()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void theDayAVisitBeginsIsNotSureToBeTheDayOfItsTalks() {
        EventDates.Choice visit = choose("الوزير في زيارة رسمية إلى العاصمة اليوم", LocalDate.of(2022, 6, 22),
                "أعلن المتحدث أن وزير الخارجية سيقوم بزيارة رسمية إلى العاصمة اليوم يبحث خلالها العلاقات الثنائية.");
        EventDates.Choice talks = choose("الوزير يبحث العلاقات الثنائية اليوم", LocalDate.of(2022, 6, 22),
                "بحث وزير الخارجية مع نظيره اليوم العلاقات الثنائية في العاصمة.");

        assertThat(visit.date()).isEqualTo(LocalDate.of(2022, 6, 22));
        assertThat(visit.confidence()).isLessThan(0.8);
        assertThat(talks.date()).isEqualTo(LocalDate.of(2022, 6, 22));
        assertThat(talks.confidence()).isGreaterThanOrEqualTo(0.8);
    }

    @Test
    void anArrivalNamedAfterALongSubjectIsStillAJourneysDay() {
        EventDates.Choice c = choose(null, LocalDate.of(2022, 6, 8),
                "وصل وزير الخارجية الروسي سيرغي لافروف إلى العاصمة أمس مساء الثلاثاء لمناقشة ممرات الحبوب.");
        assertThat(c.date()).isEqualTo(LocalDate.of(2022, 6, 7));
        assertThat(c.confidence()).isLessThan(0.8);
    }

    @Test
    void aTextThatNamesTwoWeekdaysIsNotSureWhichIsTheEvents() {
        EventDates.Choice c = choose(null, (LocalDate) null,
                "أعلن الوزيران أمس الأربعاء (20 أبريل/ نيسان 2016) إحراز تقدم خلال لقاء عقد بينهما الثلاثاء في نيويورك.");
        assertThat(c.notes()).anyMatch(n -> n.startsWith("the text names two weekdays"));
        assertThat(c.confidence()).isLessThan(0.8);
    }

    @Test
    void aWeekdayAloneIsTheNearestOnOrBeforeTheAnchorButNotSure() {
        EventDates.Choice c = choose(null, LocalDate.of(2023, 8, 23),
                "بحث الوزيران في اتصال هاتفي العلاقات الثنائية.", "وقالت الوزارة في بيان إن الاتصال جرى بمبادرة من الجانب الآخر.",
                "وأضاف البيان أن الوزيرين اتفقا على مواصلة التشاور.", "وكانت الوزارة قالت، الاثنين، إن الوزير أجرى الاتصال.");
        assertThat(c.date()).isEqualTo(LocalDate.of(2023, 8, 21));
        assertThat(c.confidence()).isLessThan(0.8);
    }

    @Test
    void aFullDateWhoseWeekdayAgreesNeedsNoByline() {
        EventDates.Choice c = choose(null, (LocalDate) null,
                "انتقد الوزير أمس الاثنين (6 فبراير 2012) موقف الدول الغربية من مشروع القرار.");
        assertThat(c.date()).isEqualTo(LocalDate.of(2012, 2, 6));
        assertThat(c.confidence()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void withoutAnyAnchorARelativeDayOrAWeekdayIsUnknown() {
        EventDates.Choice c = choose(null, (LocalDate) null, "تلقى الوزير اليوم الخميس اتصالا هاتفيا من نظيره.");
        assertThat(c.date()).isNull();
        assertThat(c.weekday()).isEqualTo(java.time.DayOfWeek.THURSDAY);
        assertThat(c.notes()).containsExactly("found «اليوم الخميس» but no publication date to read them against");
        c = choose(null, (LocalDate) null, "تلقى الوزير يوم 16 نوفمبر الجاري اتصالا هاتفيا من نظيره.");
        assertThat(c.date()).isNull();
        assertThat(c.notes()).containsExactly("found «16 نوفمبر الجاري» but no publication date to read them against");
    }

    @Test
    void aPairOfMonthsThatDisagreeIsSettledByTheWeekday() {
        EventDates.Choice c = choose(null, (LocalDate) null, "التقى الوزيران يوم الأحد 5 يوليو/ حزيران 2020 في العاصمة.");
        assertThat(c.date()).isEqualTo(LocalDate.of(2020, 7, 5)); // 5 July 2020 was a Sunday, 5 June a Friday
        c = choose(null, (LocalDate) null, "التقى الوزيران يوم الجمعة 5 يوليو/ حزيران 2020 في العاصمة.");
        assertThat(c.date()).isEqualTo(LocalDate.of(2020, 6, 5));
    }

    @Test
    void aNumericDateReadingBothWaysIsSettledByTheWeekdayOrLeftUnknown() {
        DateAnchor both = new DateAnchor(LocalDate.of(2023, 8, 10), LocalDate.of(2023, 10, 8), "byline", "10/8/2023");
        EventDates.Choice sunday = choose(null, List.of(both), "تلقى الوزير اليوم الأحد اتصالا هاتفيا من نظيره.");
        assertThat(sunday.date()).isEqualTo(LocalDate.of(2023, 10, 8)); // 8 October 2023 was a Sunday
        assertThat(sunday.reference()).isEqualTo(LocalDate.of(2023, 10, 8));
        EventDates.Choice today = choose(null, List.of(both), "تلقى الوزير اليوم اتصالا هاتفيا من نظيره.");
        assertThat(today.date()).isNull();
        assertThat(today.notes()).anyMatch(n -> n.contains("10/8/2023") && n.contains("2023-10-08"));
        DateAnchor address = new DateAnchor(LocalDate.of(2023, 8, 10), null, "address", "/2023/08/10/");
        assertThat(choose(null, List.of(both, address), "تلقى الوزير اليوم اتصالا هاتفيا من نظيره.").date())
                .isEqualTo(LocalDate.of(2023, 8, 10));
    }

    @Test
    void aMeetingThatRanPastMidnightIsDatedByTheDayItBegan() {
        EventDates.Choice c = choose(null, LocalDate.of(2016, 9, 10),
                "أعلن الوزيران التوصل إلى اتفاق في ختام محادثات استمرت حتى فجر السبت في جنيف.");
        assertThat(c.date()).isEqualTo(LocalDate.of(2016, 9, 9));
        c = choose(null, LocalDate.of(2016, 9, 10), "أعلن الوزيران الاتفاق بعد مباحثات استمرت حتى ساعة متأخرة من مساء أمس الجمعة.");
        assertThat(c.date()).isEqualTo(LocalDate.of(2016, 9, 9));
    }

    @Test
    void anAnnouncedMeetingIsDatedByTheDayAnnounced() {
        EventDates.Choice c = choose(null, LocalDate.of(2019, 12, 7),
                "أعلنت الوكالة أن الوزير سيزور العاصمة الثلثاء القادم للقاء نظيره.",
                "وأوضحت أن الوزير سيستقبل ضيفه يوم الثلثاء للتباحث في الملفات الخلافية.");
        assertThat(c.date()).isEqualTo(LocalDate.of(2019, 12, 10));
        assertThat(c.confidence()).isLessThan(0.8);
        c = choose("الوزير يلتقي نظيره 4 مايو المقبل", LocalDate.of(2021, 4, 22),
                "أعلنت المتحدثة باسم الوزارة، اليوم الخميس، أن الوزير سيجري محادثات مع نظيره يوم 4 مايو المقبل.");
        assertThat(c.date()).isEqualTo(LocalDate.of(2021, 5, 4));
        assertThat(c.confidence()).isLessThan(0.8);
        assertThat(c.notes()).anyMatch(n -> n.contains("2021-04-22"));
    }

    @Test
    void aHeadlineAnnouncingTheMeetingForNextWeekLeavesItsDayUnknown() {
        EventDates.Choice c = choose("الوزيران يلتقيان الأسبوع المقبل في العاصمة", LocalDate.of(2015, 3, 12),
                "أعلنت الوزارة الخميس 12 مارس/آذار أن الوزيرين سيلتقيان الأسبوع المقبل في العاصمة لبحث الملفات العالقة.");
        assertThat(c.date()).isNull();
        assertThat(c.weekday()).isNull(); // Thursday is the announcement's, not the meeting's
        assertThat(c.notes()).anyMatch(n -> n.contains("الأسبوع المقبل"));

        c = choose("الوزير يلتقي نظيره في العاصمة الأسبوع المقبل", (LocalDate) null,
                "أعلن المتحدث اليوم الخميس أن الوزير سيعقد جلسة مباحثات مع نظيره يوم 23 آب/أغسطس الجاري.");
        assertThat(c.date()).isNull();
        assertThat(c.weekday()).isNull();
        assertThat(c.dayMonth()).isEqualTo(java.time.MonthDay.of(8, 23)); // the day it announces still ties it to that day's event

        c = choose("الوزيران يلتقيان الأسبوع المقبل", LocalDate.of(2015, 3, 12),
                "أعلنت الوزارة اليوم الخميس أن الوزيرين سيلتقيان الثلاثاء المقبل في العاصمة.");
        assertThat(c.date()).isEqualTo(LocalDate.of(2015, 3, 17));
        assertThat(c.confidence()).isLessThan(0.8);
    }

    @Test
    void aLeadAnnouncingTheMeetingForNextWeekLeavesItsDayUnknownButASummitNextWeekDoesNot() {
        EventDates.Choice c = choose("الوزيران يبحثان الاستقرار الاستراتيجي", LocalDate.of(2020, 6, 11),
                "أعلنت الوزارة اليوم الخميس أن الوزير سيلتقي نظيره الأمريكي الأسبوع المقبل في العاصمة.");
        assertThat(c.date()).isNull();
        assertThat(c.notes()).anyMatch(n -> n.contains("الأسبوع المقبل"));

        c = choose(null, LocalDate.of(2020, 6, 11),
                "التقى الوزير اليوم الخميس نظيره في العاصمة، وبحثا التحضير لقمة الأسبوع المقبل.");
        assertThat(c.date()).isEqualTo(LocalDate.of(2020, 6, 11));
        assertThat(c.confidence()).isGreaterThanOrEqualTo(0.8);
    }

    @Test
    void aLeadThatSpeaksOfTheEventOnlyInTheFutureIsNotSureOfItsDay() {
        EventDates.Choice c = choose("الوزيران يبحثان الاستقرار الاستراتيجي", LocalDate.of(2020, 6, 11),
                "أعلنت الوزارة اليوم الخميس أن الوزير سيلتقي نظيره الأمريكي في العاصمة لبحث الاستقرار الاستراتيجي.");
        assertThat(c.date()).isEqualTo(LocalDate.of(2020, 6, 11));
        assertThat(c.confidence()).isLessThan(0.8);
        assertThat(c.notes()).anyMatch(n -> n.contains("may be the day it was announced"));

        c = choose(null, LocalDate.of(2020, 6, 11),
                "قال موفد القناة إن الوزيرين سيعقدان مؤتمرا صحفيا عقب المباحثات التي جمعتهما اليوم الخميس.");
        assertThat(c.date()).isEqualTo(LocalDate.of(2020, 6, 11));
        assertThat(c.confidence()).as("the talks are told of as done").isGreaterThanOrEqualTo(0.8);
    }

    @Test
    void theWeekdayOfAnAnnouncementOfAComingDayIsNotTheEventsWeekday() {
        EventDates.Choice c = choose("الوزيران يجريان محادثات في العاصمة", (LocalDate) null,
                "أعلنت الوزارة، اليوم الجمعة، أن الوزيرين سيجريان محادثات في الأول من أبريل المقبل في العاصمة.");
        assertThat(c.date()).isNull();
        assertThat(c.weekday()).isNull();
        assertThat(c.dayMonth()).isEqualTo(java.time.MonthDay.of(4, 1));
    }

    @Test
    void theDateOfAProposalOrAgreementIsNotTheEventsDay() {
        EventDates.Choice c = choose(null, LocalDate.of(2016, 12, 8),
                "انتهت محادثات الوزيرين مساء الأربعاء دون تقدم.",
                "وقال الوزير إنه يدعم المقترح المقدم في الثاني من ديسمبر/كانون الأول الجاري.");
        assertThat(c.date()).as("2 December is the proposal's").isNotEqualTo(LocalDate.of(2016, 12, 2));
        c = choose(null, LocalDate.of(2019, 5, 14),
                "بحث الوزيران اليوم تنفيذ الاتفاق الموقع في 5 مايو بين البلدين.");
        assertThat(c.date()).isEqualTo(LocalDate.of(2019, 5, 14));
        assertThat(c.notes()).noneMatch(n -> n.contains("2019-05-05"));
    }

    @Test
    void aNextMeetingAnnouncedInTheReportDoesNotShakeTodaysDate() {
        EventDates.Choice c = choose(null, LocalDate.of(2016, 9, 20),
                "أكد الوزير اليوم الثلاثاء أن الاتفاق لم يمت، مشيرا إلى أن الوزراء سيجتمعون مرة أخرى الجمعة القادمة.");
        assertThat(c.date()).isEqualTo(LocalDate.of(2016, 9, 20));
        assertThat(c.confidence()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void aComingEventNamedBesideTodaysIsNotTheEventsDay() {
        EventDates.Choice c = choose(null, LocalDate.of(2018, 7, 10),
                "أجرى الوزير اليوم مكالمة هاتفية مع نظيره، بحثا خلالها التحضيرات للقمة المقررة يوم 16 يوليو الجاري.");
        assertThat(c.date()).isEqualTo(LocalDate.of(2018, 7, 10));
        assertThat(c.confidence()).isEqualTo(0.85); // the summit is to come: no contradiction
    }

    @Test
    void datesOfEarlierEventsAndDateLinesAreNotTheEventsDay() {
        EventDates.Choice c = choose(null, LocalDate.of(2024, 4, 3),
                "2024-04-03 التقى الوزير نظيره اليوم في العاصمة وبحثا تطورات المنطقة.",
                "وكان آخر لقاء بين الوزيرين في 19 كانون الثاني الماضي.");
        assertThat(c.date()).isEqualTo(LocalDate.of(2024, 4, 3));
        assertThat(c.evidence()).isEqualTo("اليوم");
        c = choose(null, (LocalDate) null, "أجرى الوزير اتصالا هاتفيا بنظيره، وثمن تصويت بلاده على القرار الصادر يوم الجمعة بتاريخ (27 أكتوبر 2023م).");
        assertThat(c.date()).isNull();
    }

    @Test
    void contradictoryWeekdaysAreReported() {
        EventDates.Choice c = choose(null, LocalDate.of(2024, 9, 20),
                "أجرى الوزير اليوم الثلاثاء اتصالا هاتفيا مع نظيره.", "وبحث الوزيران الخميس سبل التعاون.");
        assertThat(c.date()).isEqualTo(LocalDate.of(2024, 9, 17)); // the Tuesday on or before the Friday byline
        assertThat(c.confidence()).isLessThan(0.8);
        assertThat(new ArrayList<>(c.notes())).anyMatch(n -> n.contains("two weekdays"));
    }

    @Test
    void addressesGiveAnchors() {
        CleanText none = new CleanText(null, List.of(), List.of(), List.of(), List.of());
        assertThat(DateAnchor.of(PageMetadata.NONE, none, List.of(), "https://a.dz/31/05/2024/call-x/"))
                .extracting(DateAnchor::day).containsExactly(LocalDate.of(2024, 5, 31));
        assertThat(DateAnchor.of(PageMetadata.NONE, none, List.of(), "https://b.com/news/20180716/story.html"))
                .extracting(DateAnchor::day).containsExactly(LocalDate.of(2018, 7, 16));
        assertThat(DateAnchor.of(PageMetadata.NONE, none, List.of(), "https://d.org/news/item/11914-2015-01-25-17-39-02"))
                .extracting(DateAnchor::day).containsExactly(LocalDate.of(2015, 1, 25));
        assertThat(DateAnchor.monthOfAddress("https://e.com/Web/News/2018/08/1215406.html")).hasToString("2018-08");
        assertThat(DateAnchor.bylineKind("تاريخ النشر: 9th, August 2024 GMT")).isEqualTo("published line");
        assertThat(DateAnchor.bylineKind("آخر تحديث: الأحد 5 مايو 2024")).isEqualTo("updated line");
        assertThat(DateAnchor.of(PageMetadata.NONE, none, List.of(), "https://c.net/story?id=7&date=2019-05-14"))
                .extracting(DateAnchor::day).containsExactly(LocalDate.of(2019, 5, 14));
        assertThat(DateAnchor.of(PageMetadata.NONE, none, List.of("date 2025-08-13 نعرض لكم تفاصيل الخبر"), null))
                .extracting(DateAnchor::source).containsExactly("first line");
        assertThat(DateAnchor.of(PageMetadata.NONE, none, List.of("الوزيران يؤكدان أهمية القمة 28/3/2017", "نص الخبر"), null))
                .extracting(DateAnchor::day).containsExactly(LocalDate.of(2017, 3, 28));
    }

    @Test
    void whenThePageShowsTwoDatesTheOneTheTextAgreesWithWins() {
        List<DateAnchor> anchors = List.of(new DateAnchor(LocalDate.of(2024, 9, 12), null, "byline", "الخميس 12 سبتمبر 2024"),
                new DateAnchor(LocalDate.of(2024, 3, 14), null, "byline", "14-3-2024 | 18:05"));
        EventDates.Choice c = choose(null, anchors,
                "بحث وزير الخارجية اليوم الخميس في اتصال هاتفي مع نظيره الضيف الأوضاع في المنطقة.",
                "وقالت الوزارة في بيانها: «جرى في 14 مارس اتصال بين الوزيرين».");
        assertThat(c.date()).isEqualTo(LocalDate.of(2024, 3, 14));
        assertThat(c.reference()).isEqualTo(LocalDate.of(2024, 3, 14));
        assertThat(c.confidence()).isBetween(0.8, 0.9);
        assertThat(c.notes()).anySatisfy(n -> assertThat(n).startsWith("the page gives two publication dates, 2024-03-14 and 2024-09-12"));
    }

    @Test
    void twoPublicationDatesNothingTellsApartLeaveTheDateUnknown() {
        List<DateAnchor> anchors = List.of(new DateAnchor(LocalDate.of(2024, 9, 12), null, "byline", "الخميس 12 سبتمبر 2024"),
                new DateAnchor(LocalDate.of(2024, 3, 14), null, "byline", "14-3-2024 | 18:05"));
        EventDates.Choice c = choose(null, anchors, "بحث وزير الخارجية اليوم الخميس في اتصال هاتفي مع نظيره الأوضاع في المنطقة.");
        assertThat(c.date()).isNull();
        assertThat(c.notes()).contains("nothing in the text tells which");
    }

    @Test
    void aStrongerAnchorAloneDecidesOnlyAtLowConfidence() {
        List<DateAnchor> anchors = List.of(new DateAnchor(LocalDate.of(2024, 3, 14), null, "metadata", "2024-03-14T18:05:00+03:00"),
                new DateAnchor(LocalDate.of(2024, 9, 12), null, "first line", "الخميس 12 سبتمبر 2024"));
        EventDates.Choice c = choose(null, anchors, "بحث وزير الخارجية اليوم الخميس في اتصال هاتفي مع نظيره الأوضاع في المنطقة.");
        assertThat(c.date()).isEqualTo(LocalDate.of(2024, 3, 14));
        assertThat(c.confidence()).isLessThan(0.8);
    }

    @Test
    void theDayTheCallTookPlaceOutweighsTheDayTheStatementWasMade() {
        EventDates.Choice c = choose(null, LocalDate.of(2018, 3, 11),
                "قالت الوزارة اليوم الأحد 11 مارس إن الوزير ونظيره بحثا الأوضاع في المنطقة خلال مكالمة هاتفية.",
                "وأضافت أن المكالمة الهاتفية جرت أمس السبت بطلب من الجانب الآخر.");
        assertThat(c.date()).isEqualTo(LocalDate.of(2018, 3, 10));
        assertThat(c.evidence()).isEqualTo("أمس السبت");
    }

    @Test
    void aPastWeekdayOfAnotherEventDoesNotVote() {
        EventDates.Choice c = choose(null, LocalDate.of(2017, 4, 12),
                "أكد الوزير خلال اللقاء أن الخطوط ستبقى مفتوحة بعد التوتر الذي أعقب الضربة يوم الجمعة الماضي.");
        assertThat(c.date()).isNull();
        c = choose(null, LocalDate.of(2017, 4, 12), "التقى الوزيران يوم الجمعة الماضي في العاصمة وبحثا الأوضاع.");
        assertThat(c.date()).isEqualTo(LocalDate.of(2017, 4, 7));
    }

    @Test
    void aLabelledPublicationLineOutweighsACrawlerStampAndAnUpdateLine() {
        List<DateAnchor> anchors = List.of(new DateAnchor(LocalDate.of(2025, 1, 28), null, "byline", "2025-01-28"),
                new DateAnchor(LocalDate.of(2024, 8, 9), null, "published line", "9th, August 2024"),
                new DateAnchor(LocalDate.of(2025, 2, 1), null, "updated line", "1 فبراير 2025"));
        EventDates.Choice c = choose(null, anchors, "تلقى وزير الخارجية، اليوم، اتصالاً هاتفياً من نظيره.",
                "وتابع الوزيران المحادثات التي كانا أجرياها هاتفياً يوم الثلاثاء الماضي.");
        assertThat(c.date()).isEqualTo(LocalDate.of(2024, 8, 9));
        assertThat(c.confidence()).isLessThan(0.8); // only the anchors' weight decided
    }

    @Test
    void aWeekdayThatPicksOneReadingOfAnAmbiguousStampIsNotSure() {
        EventDates.Choice c = choose(null, List.of(new DateAnchor(LocalDate.of(2020, 5, 1), LocalDate.of(2020, 1, 5), "byline", "1/5/2020")),
                "قال الوزير لنظيره اليوم (الجمعة) خلال مكالمة هاتفية إن الخطوة تخالف القانون الدولي.");
        assertThat(c.date()).isEqualTo(LocalDate.of(2020, 5, 1));
        assertThat(c.confidence()).isLessThanOrEqualTo(0.75);
    }

    @Test
    void aComingSummitTheTalksPrepareIsNotTheirDay() {
        EventDates.Choice c = choose("لافروف وبومبيو يبحثان هاتفيا التحضير للقمة الروسية - الأمريكية في هلسنكي يوم 16 يوليو",
                LocalDate.of(2018, 7, 3),
                "بحث الوزيران هاتفيا التحضير للقمة الروسية الأمريكية المقررة في هلسنكي يوم 16 يوليو.");
        assertThat(c.date()).isNull();
    }

    @Test
    void anAnnouncedDayIsNeverSureHoweverOftenItIsRepeated() {
        EventDates.Choice c = choose("لافروف يلتقي بومبيو في سوتشي يوم 14 مايو", LocalDate.of(2019, 5, 10),
                "يلتقي وزير الخارجية الروسي نظيره الأمريكي في سوتشي يوم 14 مايو المقبل.");
        assertThat(c.date()).hasToString("2019-05-14");
        assertThat(c.confidence()).isLessThan(0.8);
    }

    @Test
    void anAnnouncementOfTheComingWeekdayDatesTheEventThatWeekday() {
        EventDates.Choice c = choose(null, List.of(),
                "أعلنت وزارة الخارجية اليوم الأربعاء (12 أكتوبر 2016) أن لقاء دوليا يضم الوزيرين سيعقد السبت في المدينة.");
        assertThat(c.date()).isEqualTo(LocalDate.of(2016, 10, 15));
        assertThat(c.confidence()).isLessThan(0.8);
        c = choose(null, LocalDate.of(2016, 10, 12),
                "أعلنت وزارة الخارجية أن لقاء دوليا يضم الوزيرين سيعقد السبت في المدينة.");
        assertThat(c.date()).as("a weekday right after the verb in the future is to come").isEqualTo(LocalDate.of(2016, 10, 15));
    }

    @Test
    void theDayAVisitLastsUntilIsNotItsDay() {
        EventDates.Choice c = choose(null, LocalDate.of(2023, 8, 30),
                "أعلنت المتحدثة عن زيارة للوزير إلى روسيا يوم غد 31 أغسطس، وتستمر حتى بعد غد 1 سبتمبر.");
        assertThat(c.date()).isEqualTo(LocalDate.of(2023, 8, 31));
    }

    @Test
    void aWeekdayOfTheEventBeforeTheDayItWasReportedIsTheEvents() {
        EventDates.Choice c = choose(null, List.of(),
                "أعلن وزيرا الخارجية أمس الأربعاء (20 أبريل 2016) إحراز تقدم خلال لقاء عقد بينهما الثلثاء في المنظمة الدولية.");
        assertThat(c.date()).isEqualTo(LocalDate.of(2016, 4, 19));
        assertThat(c.confidence()).isLessThan(0.8);
        c = choose(null, List.of(), "التقى الوزيران أمس الأربعاء (20 أبريل 2016) في المنظمة الدولية، بعد لقاء عقده أحدهما الثلثاء مع وفد.");
        assertThat(c.date()).as("the event's own day, not a statement's").isEqualTo(LocalDate.of(2016, 4, 20));
    }

    @Test
    void theDayAClauseGivesAnotherEventIsThatEventsDay() {
        EventDates.Choice c = choose(null, LocalDate.of(2020, 3, 30),
                "بحث وزير الخارجية في اتصال هاتفي مع نظيره الوضع المتعلق بانتشار الوباء.",
                "وجاء في بيان للخارجية اليوم الاثنين أن الجانبين أكدا ضرورة تنفيذ مقررات قمة مجموعة العشرين التي انعقدت يوم 26 مارس.");
        assertThat(c.date()).isEqualTo(LocalDate.of(2020, 3, 30));
        c = choose(null, LocalDate.of(2020, 3, 30), "التقى الوزيران على هامش القمة يوم 26 مارس وبحثا العلاقات.");
        assertThat(c.date()).as("a meeting on the summit's sidelines is on its day").isEqualTo(LocalDate.of(2020, 3, 26));
    }
}
