package khatt.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who took part decides which event a report is of; words in common only break ties. */
class ParticipantsGroupingTest {

    private static final Lexicon LEXICON = Lexicon.load();
    private static final Officials OFFICIALS = LEXICON.officials();
    private static final Importer IMPORTER = new Importer(LEXICON);
    private static final Taxonomy TAXONOMY = new Taxonomy(Map.of());
    private static final Importer.Options OPTIONS = new Importer.Options(Path.of("content"), null, true, false);

    @TempDir
    Path dir;

    private static List<ImportedArticle> plan(ExistingContent existing, String... texts) {
        List<RawPage> pages = new java.util.ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            pages.add(RawPage.ofText("a" + i + ".txt", texts[i]));
        }
        return IMPORTER.plan(pages, existing, TAXONOMY, OPTIONS).articles();
    }

    /** Writes a curated meeting article of {@code date} into {@code content}, with its event {@code date-slug}. */
    private static void meeting(Path content, String date, String slug, String place, String title, String body) throws Exception {
        Files.createDirectories(content.resolve("articles"));
        Files.writeString(content.resolve("articles/" + date + "-" + slug + "-a.md"), "---\ntitle: \"" + title + "\"\ndate: "
                + date + "\nevent: " + date + "-" + slug + "\n" + (place == null ? "" : "place: \"" + place + "\"\n")
                + "kind: meeting\n---\n" + body + "\n");
    }

    @Test
    void aLineOfNamesAloneIsACaption() throws Exception {
        assertThat(OFFICIALS.namesOnly("سيرجي لافروف وريكس تيلرسون")).isTrue();
        assertThat(OFFICIALS.namesOnly("لافروف وتيلرسون يبحثان الأوضاع في سوريا")).isFalse();
        List<ImportedArticle> a = plan(ExistingContent.EMPTY, """
                سيرجي لافروف وريكس تيلرسون
                سيرجي لافروف وريكس تيلرسون
                لافروف وتيلرسون يبحثان الأوضاع في سوريا خلال اتصال هاتفي
                الأحد، 21 يناير 2018 - 01:10 م
                قالت وزارة الخارجية الروسية اليوم إن الوزير سيرجي لافروف ونظيره الأمريكي ريكس تيلرسون بحثا الصراع السوري في مكالمة هاتفية.
                """);
        assertThat(a.get(0).title()).isEqualTo("لافروف وتيلرسون يبحثان الأوضاع في سوريا خلال اتصال هاتفي");
    }

    @Test
    void aCountrysAdjectiveBeforeAFirstNameIsNoOtherMinister() {
        Participants p = OFFICIALS.in("بحضور وزير الخارجية السعودي فيصل بن فرحان", null);
        assertThat(p.people().keySet()).containsExactly("faisal-bin-farhan");
    }

    @Test
    void namesAreRecognisedInTheirSpellingVariants() {
        Participants a = OFFICIALS.in("التقى سيرغي لافروف مايك بومبيو", null);
        Participants b = OFFICIALS.in("وبحث سيرجي لافروف مع مايكل بومبيو", null);
        assertThat(a.people().keySet()).containsExactlyInAnyOrder("lavrov", "pompeo");
        assertThat(b.people().keySet()).containsExactlyInAnyOrder("lavrov", "pompeo");
        assertThat(a.agrees(b)).isTrue();
    }

    @Test
    void anOfficeIsItsHolderOnTheDay() {
        Participants may2019 = OFFICIALS.in("اتصل وزير الخارجية الروسي بنظيره الأميركي", LocalDate.of(2019, 5, 14));
        Participants jan2022 = OFFICIALS.in("اتصل وزير الخارجية الروسي بنظيره الأمريكي", LocalDate.of(2022, 1, 21));
        assertThat(may2019.people().keySet()).containsExactlyInAnyOrder("lavrov", "pompeo");
        assertThat(jan2022.people().keySet()).containsExactlyInAnyOrder("blinken", "lavrov");
        assertThat(may2019.contradicts(jan2022)).isTrue();
        // «وزير خارجية <country>» names the office as «وزير الخارجية <adjective>» does
        Participants sep2013 = OFFICIALS.in("التقى وزير خارجية مصر نبيل فهمي بوزير خارجية الصين", LocalDate.of(2013, 9, 23));
        assertThat(sep2013.people().keySet()).containsExactlyInAnyOrder("nabil-fahmy", "wang-yi");
        assertThat(OFFICIALS.in("وزيرة خارجية ألمانيا", LocalDate.of(2022, 2, 12)).people()).containsOnlyKeys("baerbock");
        // one office, held in turn: China's minister in June 2023 was Qin Gang, between two terms of Wang Yi
        assertThat(OFFICIALS.in("وزير الخارجية الصيني", LocalDate.of(2023, 6, 18)).people()).containsOnlyKeys("qin-gang");
        assertThat(OFFICIALS.in("وزير الخارجية الصيني", LocalDate.of(2023, 10, 26)).people()).containsOnlyKeys("wang-yi");
        assertThat(OFFICIALS.in("نظيره العماني", LocalDate.of(2024, 1, 12)).people()).containsOnlyKeys("busaidi");
    }

    @Test
    void aCrownPrinceWhoTakesTheCallIsAParticipant() {
        Participants byName = OFFICIALS.in("تحدث الوزير مايك بومبيو هاتفيا مع ولي العهد السعودي الأمير محمد بن سلمان", null);
        Participants byOffice = OFFICIALS.in("اتصال هاتفي بين ولي العهد السعودي ووزير الخارجية الأمريكي مايك بومبيو", LocalDate.of(2018, 8, 20));
        assertThat(byName.people().keySet()).containsExactlyInAnyOrder("mohammed-bin-salman", "pompeo");
        assertThat(byOffice.people().keySet()).containsExactlyInAnyOrder("mohammed-bin-salman", "pompeo");
        assertThat(byName.agrees(byOffice)).isTrue();
    }

    @Test
    void anOfficeWithoutADayMatchesWhoeverHeldIt() {
        Participants undated = OFFICIALS.in("التقى لافروف نظيره الأمريكي", null);
        assertThat(undated.offices()).containsOnlyKeys("us-fm");
        assertThat(undated.names()).isEqualTo("سيرغي لافروف، نظيره الأمريكي");
        assertThat(undated.agrees(OFFICIALS.in("لافروف وبلينكن", null))).isTrue();
        assertThat(undated.agrees(OFFICIALS.in("لافروف وظريف", null))).isFalse();
    }

    @Test
    void aDeputyOrSpokespersonIsNotTheMinister() {
        Participants p = OFFICIALS.in("وقال نائب وزير الخارجية الروسي والمتحدث باسم وزير الخارجية الأمريكي", LocalDate.of(2019, 1, 1));
        assertThat(p.isEmpty()).isTrue();
    }

    private static final String LAVROV_POMPEO = """
            لافروف وبومبيو يبحثان الأزمة السورية في سوتشي
            الثلاثاء 14 مايو 2019
            التقى وزير الخارجية الروسي سيرغي لافروف نظيره الأمريكي مايك بومبيو في سوتشي اليوم الثلاثاء وبحثا الأزمة السورية وسبل التسوية.
            """;

    @Test
    void twoMeetingsWithDifferentCounterpartsAreTwoEventsEvenWithTheSameWords() {
        List<ImportedArticle> a = plan(ExistingContent.EMPTY, LAVROV_POMPEO, """
                لافروف وظريف يبحثان الأزمة السورية في سوتشي
                الثلاثاء 14 مايو 2019
                التقى وزير الخارجية الروسي سيرغي لافروف نظيره الإيراني محمد جواد ظريف في سوتشي اليوم الثلاثاء وبحثا الأزمة السورية وسبل التسوية.
                """);
        assertThat(a.get(0).event()).isEqualTo("2019-05-14-sochi");
        assertThat(a.get(1).event()).isEqualTo("2019-05-14-sochi-2");
        assertThat(a.get(1).grouping()).contains("participants differ");
    }

    @Test
    void reportsNamingTheSameMinistersDifferentlyJoinOnParticipantsAlone() {
        List<ImportedArticle> a = plan(ExistingContent.EMPTY, LAVROV_POMPEO, """
                محادثات روسية أمريكية
                14 أيار 2019
                أجرى سيرجي لافروف ومايكل بومبيو محادثات مطولة تناولت ملفات فنزويلا وكوريا الشمالية.
                """);
        assertThat(a.get(1).event()).isEqualTo("2019-05-14-sochi");
        assertThat(a.get(1).grouping()).startsWith("joined 2019-05-14-sochi: same participants");
    }

    @Test
    void aCallOfTheSameMinistersOnTheSameDayIsAnotherEvent() {
        List<ImportedArticle> a = plan(ExistingContent.EMPTY, LAVROV_POMPEO, """
                لافروف وبومبيو يبحثان هاتفيا الأزمة السورية
                الثلاثاء 14 مايو 2019
                بحث وزير الخارجية الروسي سيرغي لافروف مع نظيره الأمريكي مايك بومبيو في اتصال هاتفي اليوم الثلاثاء الأزمة السورية.
                """);
        assertThat(a.get(1).event()).isEqualTo("2019-05-14-call");
        assertThat(a.get(1).place()).as("a call is placed by phone").isEqualTo("عبر الهاتف");
        assertThat(a.get(1).grouping()).contains("kind call is not meeting");
    }

    @Test
    void anUndatedReportOfATuesdayMeetingJoinsTheSitesTuesdayMeetingOfThoseTwo() throws Exception {
        Path content = dir.resolve("content");
        meeting(content, "2019-05-14", "sochi", "سوتشي", "لقاء في سوتشي", "التقى لافروف وبومبيو في سوتشي.");
        meeting(content, "2019-12-10", "washington", "واشنطن", "لقاء في واشنطن", "التقى لافروف وبومبيو في واشنطن.");
        List<ImportedArticle> a = plan(ExistingContent.read(content), """
                تصريحات بعد المحادثات
                قال سيرجي لافروف إثر لقائه مايكل بومبيو في سوتشي يوم الثلاثاء إن البلدين يريدان علاقات أفضل.
                """);
        assertThat(a.get(0).event()).isEqualTo("2019-05-14-sochi");
        assertThat(a.get(0).date()).hasToString("2019-05-14");
        assertThat(a.get(0).grouping()).isEqualTo(
                "joined 2019-05-14-sochi: same participants (سيرغي لافروف، مايك بومبيو), kind meeting, place سوتشي, weekday Tuesday matches");
    }

    @Test
    void anUndatedReportOfOtherMinistersNeverJoinsTheSitesEvent() throws Exception {
        Path content = dir.resolve("content");
        meeting(content, "2019-05-14", "sochi", "سوتشي", "لقاء في سوتشي",
                "التقى لافروف وبومبيو في سوتشي يوم الثلاثاء وبحثا الأزمة السورية وسبل التسوية.");
        List<ImportedArticle> a = plan(ExistingContent.read(content), """
                لقاء في سوتشي
                التقى لافروف وظريف في سوتشي يوم الثلاثاء وبحثا الأزمة السورية وسبل التسوية.
                """);
        assertThat(a.get(0).event()).startsWith("undated-");
        assertThat(a.get(0).date()).isNull();
        assertThat(a.get(0).grouping()).contains("not 2019-05-14-sochi: participants differ");
    }

    @Test
    void anUndatedReportNamingThePlaceAndWeekdayJoinsTheEventOfThoseParticipantsThere() throws Exception {
        Path content = dir.resolve("content");
        meeting(content, "2019-05-14", "sochi", "سوتشي", "لقاء في سوتشي", "التقى لافروف وبومبيو في سوتشي.");
        meeting(content, "2019-12-10", "washington", null, "لقاء في واشنطن", "التقى لافروف وبومبيو.");
        String preview = """
                مسؤول: بومبيو التقى لافروف
                قال مسؤول إن وزير الخارجية مايك بومبيو التقى سيرغي لافروف في مدينة سوتشي الروسية يوم الثلاثاء.
                """;
        // both events were on a Tuesday and the second names no place: the place decides
        ImportedArticle a = plan(ExistingContent.read(content), preview).get(0);
        assertThat(a.event()).isEqualTo("2019-05-14-sochi");
        assertThat(a.grouping()).endsWith("place سوتشي, weekday Tuesday matches");

        // without the day, the Washington meeting (of no recorded place) might have been in Sochi too
        String noDay = preview.replace(" يوم الثلاثاء", "");
        ImportedArticle undated = plan(ExistingContent.read(content), noDay).get(0);
        assertThat(undated.event()).startsWith("undated-");
        assertThat(undated.date()).isNull();
        assertThat(undated.grouping()).contains("undated");
    }

    @Test
    void aFormerMinisterBesideTheSittingOneIsThereInAnotherRole() {
        java.time.LocalDate talks = java.time.LocalDate.of(2015, 3, 16);
        assertThat(OFFICIALS.in("التقى جون كيري ومحمد جواد ظريف بحضور علي أكبر صالحي", null).outOfOfficeOn(talks)).isNull();
        assertThat(OFFICIALS.in("التقى جون كيري وعلي أكبر صالحي", null).outOfOfficeOn(talks)).isEqualTo("علي أكبر صالحي");
    }

    @Test
    void officialsNeverInOfficeTogetherAreNeverAtOneEvent() {
        Participants kerryYears = OFFICIALS.in("التقى جون كيري سيرغي لافروف والرئيس فلاديمير بوتين", null);
        Participants abdollahianYears = OFFICIALS.in("التقى حسين أمير عبد اللهيان سيرغي لافروف والرئيس فلاديمير بوتين", null);
        assertThat(kerryYears.agrees(abdollahianYears)).isTrue(); // Lavrov and Putin in both
        assertThat(kerryYears.neverTogether(abdollahianYears)).isEqualTo("حسين أمير عبد اللهيان / جون كيري");
        assertThat(kerryYears.neverTogether(OFFICIALS.in("لافروف وكيري", null))).isNull();
        // a report that names a minister out of his years has a name wrong: it tells no event apart
        Participants misnamed = OFFICIALS.in("ينضم جون كيري وسيرغي لافروف وأحمد داوود أوغلو وعادل الجبير", null);
        assertThat(misnamed.neverTogether(OFFICIALS.in("كيري ولافروف والجبير", null))).isNull();

        List<ImportedArticle> a = plan(ExistingContent.EMPTY, """
                كيري في موسكو
                أجرى وزير الخارجية الأمريكي جون كيري محادثات مع نظيره الروسي سيرغي لافروف في موسكو، واستقبله الرئيس فلاديمير بوتين.
                """, """
                عبد اللهيان في موسكو
                التقى وزير الخارجية الإيراني حسين أمير عبد اللهيان نظيره الروسي سيرغي لافروف في موسكو، واستقبله الرئيس فلاديمير بوتين.
                """);
        assertThat(a.get(1).event()).isNotEqualTo(a.get(0).event());
        assertThat(a.get(1).grouping()).contains("never in office together (حسين أمير عبد اللهيان / جون كيري)");
    }

    @Test
    void anUndatedReportWhoseWeekdayFitsTwoEventsOfTheSameTwoJoinsNeitherDatedOne() throws Exception {
        Path content = dir.resolve("content");
        meeting(content, "2022-09-19", "new-york", "نيويورك", "لقاء في نيويورك",
                "التقى سامح شكري وأنتوني بلينكن في نيويورك على هامش الجمعية العامة.");
        List<ImportedArticle> a = plan(ExistingContent.read(content), """
                شكري يستقبل بلينكن
                استقبل وزير الخارجية سامح شكري نظيره الأمريكي أنتوني بلينكن في القاهرة اليوم الاثنين لبحث الأوضاع في المنطقة.
                """, """
                مؤتمر صحفي مرتقب
                قال موفد القناة إن وزيري الخارجية سامح شكري وأنتوني بلينكن سيعقدان مؤتمرا صحفيا عقب المباحثات التي جمعتهما اليوم الاثنين.
                """);
        // the second names no place: the undated Monday meeting in Cairo fits it as well as the dated one
        assertThat(a.get(1).event()).isEqualTo(a.get(0).event()).startsWith("undated-");
        assertThat(a.get(1).date()).isNull();
    }

    @Test
    void noPlaceOfTheGazetteerIsReadAsAnOfficial() {
        // «ألباريس» (Spain's minister) stems to «باريس»: a surname alone must not be a city's name
        for (khatt.arabic.Places.Place place : khatt.arabic.Places.standard().all()) {
            for (String name : place.names()) {
                assertThat(OFFICIALS.in("التقى الوزيران في " + name, null).people()).as(name).isEmpty();
            }
        }
    }

    @Test
    void anOfficialWhoDatesTheTextTakesNoPart() {
        Participants p = OFFICIALS.in("زيارة لافروف للقاهرة هي الأولى منذ تولي إدارة الرئيس الأمريكي جو بايدن مهامها", LocalDate.of(2021, 4, 11));
        assertThat(p.people().keySet()).containsExactly("lavrov");
        p = OFFICIALS.in("التقى الرئيس الأمريكي جو بايدن الوزير لافروف", LocalDate.of(2021, 4, 11));
        assertThat(p.people().keySet()).containsExactlyInAnyOrder("biden", "lavrov");
    }

    @Test
    void aDatedReportJoinsTheMeetingOfItsDayRatherThanUndatedDraftsOfTheSamePair() throws Exception {
        Path content = dir.resolve("content");
        Files.createDirectories(content.resolve("articles"));
        Path draft = Files.writeString(dir.resolve("draft.txt"), """
                شكري ولافروف على هامش الجمعية العامة
                التقى وزير الخارجية المصري سامح شكري نظيره الروسي سيرغي لافروف في نيويورك على هامش أعمال الجمعية العامة للأمم المتحدة.
                وتناول اللقاء ملفات ليبيا واليمن والقرن الأفريقي وأمن الملاحة في البحر الأحمر وإصلاح مجلس الأمن وتمويل التنمية.
                وتشهد الدورة السنوية مشاركة عشرات الرؤساء ورؤساء الحكومات وسط ترتيبات أمنية مشددة في محيط مقر المنظمة الدولية.
                """);
        IMPORTER.importFiles(List.of(draft), new Importer.Options(content, null, false, false));
        List<ImportedArticle> a = plan(ExistingContent.read(content), """
                لافروف يلتقي الرئيس في القاهرة
                الاثنين 12 أبريل 2021
                التقى وزير الخارجية الروسي سيرغي لافروف اليوم الاثنين الرئيس المصري في القاهرة وبحثا العلاقات الثنائية.
                """, """
                الوزير يطلع نظيره على تطورات المفاوضات
                الاثنين 12 أبريل 2021
                أعلن وزير الخارجية المصري سامح شكري اليوم الاثنين أنه ناقش أزمة السد مع نظيره الروسي سيرغي لافروف خلال لقائهما.
                """);
        assertThat(a.get(1).event()).isEqualTo(a.get(0).event());
        assertThat(a.get(1).grouping()).contains("date 2021-04-12 matches");
        assertThat(a.get(1).grouping()).contains("date 2021-04-12 matches");
    }

    @Test
    void wordsInCommonDoNotTieAReportWhoseWeekdayIsADayFromTheEvents() throws Exception {
        Path content = dir.resolve("content");
        meeting(content, "2024-04-08", "beijing", "بكين", "لافروف ووانغ يي في بكين",
                "أجرى وزير الخارجية الروسي سيرغي لافروف في بكين محادثات مع نظيره الصيني وانغ يي شملت الوضع في أوكرانيا والعلاقات مع الولايات المتحدة.");
        meeting(content, "2023-10-16", "beijing", "بكين", "لافروف ووانغ يي في بكين",
                "التقى وزير الخارجية الروسي سيرغي لافروف نظيره الصيني وانغ يي في بكين وبحثا التعاون الثنائي.");
        List<ImportedArticle> a = plan(ExistingContent.read(content), """
                وزير الخارجية الروسي يبحث الملف الأوكراني في بكين
                أجرى وزير الخارجية الروسي سيرغي لافروف في بكين، الأحد، محادثات مع نظيره الصيني وانغ يي شملت الوضع في أوكرانيا والعلاقات مع الولايات المتحدة.
                """);
        assertThat(a.get(0).date()).as("2024-04-08 was a Monday; this was a Sunday, of that visit or of another").isNull();
        assertThat(a.get(0).event()).startsWith("undated-");
    }

    @Test
    void aCaptionOfNamesSpelledTheEgyptianWayIsACaption() {
        assertThat(OFFICIALS.namesOnly("أنطونيو جوتيريش وسيرجي لافروف")).isTrue();
    }

    @Test
    void reportsOfOneDayAndPairThatNameTwoCitiesAreOneMeeting() {
        List<ImportedArticle> a = plan(ExistingContent.EMPTY, """
                شكري ووانغ يي يبحثان التعاون
                الأحد 18 يوليو 2021
                أجرى وزير الخارجية الصيني وانغ يي اليوم الأحد مباحثات مع وزير الخارجية المصري سامح شكري في مدينة الإسكندرية.
                """, """
                وزير الخارجية يستقبل نظيره الصيني
                الأحد 18 يوليو 2021
                استقبل وزير الخارجية المصري سامح شكري اليوم الأحد في القاهرة نظيره الصيني وانغ يي وبحثا العلاقات الثنائية.
                """);
        assertThat(a.get(1).event()).isEqualTo(a.get(0).event());
        a = plan(ExistingContent.EMPTY, """
                شكري ووانغ يي يبحثان التعاون
                الأحد 18 يوليو 2021
                أجرى وزير الخارجية الصيني وانغ يي اليوم الأحد مباحثات مع وزير الخارجية المصري سامح شكري في مدينة الإسكندرية.
                """, """
                وزير الخارجية يستقبل نظيره الروسي
                الأحد 18 يوليو 2021
                استقبل وزير الخارجية المصري سامح شكري اليوم الأحد في القاهرة نظيره الروسي سيرغي لافروف وبحثا العلاقات الثنائية.
                """);
        assertThat(a.get(1).event()).as("another pair in another city is another meeting").isNotEqualTo(a.get(0).event());
    }
}
