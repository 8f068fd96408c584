package khatt.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reports of one event whose date nobody gives share a provisional event, imported one at a time:
 * the first names it after its file, the others join it when who, what and which weekday agree.
 */
class ProvisionalEventsTest {

    @TempDir
    Path dir;

    private static final String FIRST = """
            الوزيران يبحثان هاتفيا تطورات الأوضاع في المنطقة
            تلقى وزير الخارجية المصري سامح شكري، الأحد، اتصالاً هاتفياً من نظيره الأمريكي أنتوني بلينكن، بحثا خلاله تطورات الأوضاع في المنطقة.
            وأكد الوزيران أهمية التنسيق بين البلدين.
            """;
    private static final String SAME_CALL = """
            اتصال بين وزيري خارجية مصر والولايات المتحدة
            بحث وزير الخارجية سامح شكري مع وزير الخارجية الأمريكي أنتوني بلينكن في اتصال هاتفي يوم الأحد الأوضاع في المنطقة.
            وقال المتحدث باسم الخارجية إن الوزيرين اتفقا على مواصلة التشاور.
            """;

    private JsonNode importOne(Path content, String name, String text) throws Exception {
        Path in = Files.writeString(dir.resolve(name), text);
        Cli run = Cli.run("import", "--json", "--content", content.toString(), in.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        return run.json().get(0);
    }

    @Test
    void twoUndatedReportsOfOneCallShareAProvisionalEvent() throws Exception {
        Path content = Files.createDirectories(dir.resolve("content/articles"));
        JsonNode first = importOne(content.getParent(), "a.txt", FIRST);
        JsonNode second = importOne(content.getParent(), "b.txt", SAME_CALL);

        assertThat(first.get("date").isNull()).isTrue();
        assertThat(first.get("event").asText()).startsWith("undated-");
        assertThat(second.get("event").asText()).isEqualTo(first.get("event").asText());
        assertThat(second.get("grouping").asText()).isEqualTo("joined " + first.get("event").asText()
                + ": same participants (أنتوني بلينكن، سامح شكري), kind call, weekday Sunday matches, date unknown to both");
        assertThat(Files.readString(Path.of(second.get("path").asText())))
                .contains("provisional_event: " + first.get("event").asText() + "\n").doesNotContain("\nevent:");
        Cli check = Cli.run("check", "--content", content.getParent().toString());
        assertThat(check.exit()).as(check.out()).isZero();
    }

    @Test
    void anotherWeekdayOrAMeetingIsAnotherEvent() throws Exception {
        Path content = Files.createDirectories(dir.resolve("content/articles")).getParent();
        JsonNode first = importOne(content, "a.txt", FIRST);
        JsonNode monday = importOne(content, "b.txt", SAME_CALL.replace("يوم الأحد", "يوم الاثنين"));
        JsonNode meeting = importOne(content, "c.txt", """
                شكري يلتقي بلينكن
                التقى وزير الخارجية سامح شكري نظيره الأمريكي أنتوني بلينكن الأحد وبحثا الأوضاع في المنطقة.
                """);

        assertThat(monday.get("event").asText()).isNotEqualTo(first.get("event").asText());
        assertThat(monday.get("grouping").asText()).contains("weekday Monday is not Sunday");
        assertThat(meeting.get("event").asText()).isNotEqualTo(first.get("event").asText());
    }

    @Test
    void aDatedReportOfTheEventGetsTheNameTheBuildGivesIt() throws Exception {
        Path content = Files.createDirectories(dir.resolve("content/articles")).getParent();
        JsonNode first = importOne(content, "a.txt", FIRST);
        JsonNode dated = importOne(content, "b.txt", SAME_CALL.replace("يوم الأحد", "يوم الأحد 7 يناير 2024"));

        assertThat(first.get("event").asText()).startsWith("undated-");
        assertThat(dated.get("date").asText()).isEqualTo("2024-01-07");
        assertThat(dated.get("event").asText()).isEqualTo("2024-01-07-call");
    }

    @Test
    void aProvisionalNameThatIsNoSafeIdIsIgnored() throws Exception {
        Path content = Files.createDirectories(dir.resolve("content/articles")).getParent();
        Files.writeString(content.resolve("articles/undated-x.md"), """
                ---
                draft: true
                review:
                  - "event date unknown: write date: YYYY-MM-DD"
                provisional_event: ../../outside
                title: "اتصال"
                kind: call
                ---
                تلقى وزير الخارجية المصري سامح شكري، الأحد، اتصالاً هاتفياً من نظيره الأمريكي أنتوني بلينكن.
                """);
        JsonNode second = importOne(content, "b.txt", SAME_CALL);

        assertThat(second.get("event").asText()).isEqualTo("undated-x"); // the draft's own file name instead
        assertThat(second.get("path").asText()).startsWith(content.resolve("articles/undated-").toString());
    }

    @Test
    void undatedReportsOfAMeetingInOneCityShareItsEvent() throws Exception {
        Path content = Files.createDirectories(dir.resolve("content/articles")).getParent();
        JsonNode first = importOne(content, "a.txt", """
                لقاء في جنيف
                التقى وزير الخارجية المصري سامح شكري نظيره الأمريكي أنتوني بلينكن في جنيف وبحثا الأوضاع في المنطقة.
                """);
        JsonNode second = importOne(content, "b.txt", """
                شكري وبلينكن يبحثان الملفات الإقليمية
                عقد الوزيران سامح شكري وأنتوني بلينكن اجتماعا في جنيف تناول العلاقات الثنائية.
                """);
        assertThat(second.get("event").asText()).isEqualTo(first.get("event").asText());
        assertThat(second.get("grouping").asText()).contains("place جنيف, the only undated event of theirs there, date unknown to both");
    }

    @Test
    void undatedReportsOfOneVisitMayNameItsArrivalAndItsTalksButNotAnotherVisitsDay() throws Exception {
        Path content = Files.createDirectories(dir.resolve("content/articles")).getParent();
        JsonNode arrival = importOne(content, "a.txt", """
                شكري في موسكو
                وصل وزير الخارجية المصري سامح شكري إلى موسكو يوم الأربعاء في زيارة يلتقي خلالها نظيره الروسي سيرغي لافروف.
                """);
        JsonNode talks = importOne(content, "b.txt", """
                لافروف وشكري يبحثان العلاقات الثنائية
                بحث وزير الخارجية الروسي سيرغي لافروف مع نظيره المصري سامح شكري في موسكو، الخميس، العلاقات الثنائية.
                """);
        JsonNode elsewhere = importOne(content, "c.txt", """
                لافروف وشكري في القاهرة
                بحث وزير الخارجية الروسي سيرغي لافروف مع نظيره المصري سامح شكري في القاهرة، الخميس، العلاقات الثنائية.
                """);

        JsonNode friday = importOne(content, "d.txt", """
                لافروف وشكري يبحثان التعاون
                بحث وزير الخارجية الروسي سيرغي لافروف مع نظيره المصري سامح شكري في موسكو، الجمعة، التعاون الاقتصادي.
                """);

        assertThat(talks.get("event").asText()).isEqualTo(arrival.get("event").asText());
        assertThat(talks.get("grouping").asText()).contains("place موسكو, words in common"); // at home the city alone would not do
        assertThat(elsewhere.get("event").asText()).isNotEqualTo(arrival.get("event").asText());
        // two days from the arrival: another visit, though a day from the talks
        assertThat(friday.get("event").asText()).isNotEqualTo(arrival.get("event").asText());
        assertThat(friday.get("grouping").asText()).contains("weekday Friday is not Wednesday");
    }

    @Test
    void aReportNamingNoCityMayNameTheNextDayOfAVisit() throws Exception {
        Path content = Files.createDirectories(dir.resolve("content/articles")).getParent();
        JsonNode geneva = importOne(content, "a.txt", """
                كلينتون في جنيف
                وصلت وزيرة الخارجية الأمريكية هيلاري كلينتون إلى جنيف الخميس للقاء نظيرها الروسي سيرغي لافروف.
                """);
        JsonNode friday = importOne(content, "b.txt", """
                كلينتون ولافروف يضغطان زر إعادة التشغيل
                قدمت هيلاري كلينتون إلى سيرغي لافروف أمس الجمعة زرا أحمر رمزا لإعادة إطلاق العلاقات.
                """);
        assertThat(friday.get("event").asText()).isEqualTo(geneva.get("event").asText());
    }

    @Test
    void aDayAndMonthWithoutAYearTieAReportToTheEventOfThatDay() throws Exception {
        Path content = Files.createDirectories(dir.resolve("content/articles")).getParent();
        importOne(content, "a.txt", """
                اتصال بين روبيو ولافروف
                السبت 17 مايو 2025
                بحث وزير الخارجية الأمريكي ماركو روبيو في اتصال هاتفي اليوم السبت مع نظيره الروسي سيرغي لافروف نتائج المفاوضات.
                """);
        importOne(content, "b.txt", """
                اتصال آخر
                الثلاثاء 20 مايو 2025
                بحث ماركو روبيو في اتصال هاتفي اليوم الثلاثاء مع سيرغي لافروف تبادل الأسرى.
                """);
        JsonNode undated = importOne(content, "c.txt", """
                ناقش وزير الخارجية الروسي سيرغي لافروف ووزير الخارجية الأمريكي ماركو روبيو نتائج المحادثات خلال محادثة هاتفية.
                وأفادت الخارجية الروسية في بيان: "في 17 مايو أجري اتصال هاتفي بين الوزيرين".
                """);

        assertThat(undated.get("event").asText()).isEqualTo("2025-05-17-call");
        assertThat(undated.get("grouping").asText()).contains("day and month 17 May match 2025-05-17");
        assertThat(undated.get("date_confidence").asDouble()).isLessThan(0.8);
    }

    @Test
    void aReportFromTheKremlinAndOneFromMoscowTellOfOnePlace() throws Exception {
        Path content = Files.createDirectories(dir.resolve("content/articles")).getParent();
        JsonNode kremlin = importOne(content, "a.txt", """
                بوتين يستقبل وزير الخارجية الهندي
                استقبل الرئيس الروسي فلاديمير بوتين في الكرملين وزير الخارجية الهندي سوبراهمانيام جايشانكار بحضور الوزير سيرغي لافروف.
                """);
        JsonNode moscow = importOne(content, "b.txt", """
                لافروف وجايشانكار يبحثان التعاون
                بحث وزير الخارجية الروسي سيرغي لافروف مع نظيره الهندي سوبراهمانيام جايشانكار في موسكو التعاون بين البلدين.
                """);

        assertThat(kremlin.get("place").asText()).isEqualTo("الكرملين");
        assertThat(moscow.get("event").asText()).isEqualTo(kremlin.get("event").asText());
    }

    @Test
    void twoSpellingsOfATownTheGazetteerLacksAreOnePlace() throws Exception {
        Path content = Files.createDirectories(dir.resolve("content/articles")).getParent();
        JsonNode first = importOne(content, "a.txt", """
                لافروف ووانغ يي يبحثان العلاقات
                أجرى وزير الخارجية الروسي سيرغي لافروف محادثات مع نظيره الصيني وانغ يي في مدينة غويلين جنوب الصين.
                """);
        JsonNode second = importOne(content, "b.txt", """
                وزير الخارجية الصيني يلتقي نظيره الروسي
                التقى وزير الخارجية الصيني وانغ يي نظيره الروسي سيرغي لافروف في مدينة قويلين وبحثا التعاون بين البلدين.
                """);

        assertThat(first.get("place").asText()).isEqualTo("غويلين");
        assertThat(second.get("event").asText()).isEqualTo(first.get("event").asText());
    }

    @Test
    void anUndatedReportNamingTheHostJoinsTheVisitorsDatedMeetingInItsCityOnItsWeekday() throws Exception {
        Path content = Files.createDirectories(dir.resolve("content/articles")).getParent();
        JsonNode visitor = importOne(content, "a.txt", """
                لافروف يدعو في طهران إلى الحوار
                طهران، الخميس 23 يونيو 2022: دعا وزير الخارجية الروسي سيرغي لافروف في طهران اليوم الخميس خلال لقاء مع المسؤولين الإيرانيين إلى مواصلة الحوار.
                """);
        JsonNode both = importOne(content, "b.txt", """
                مؤتمر صحفي في طهران
                عقد وزيرا الخارجية الإيراني حسين أمير عبد اللهيان والروسي سيرغي لافروف اليوم الخميس مؤتمرا صحفيا عقب مباحثات بينهما في طهران.
                """);
        JsonNode sunday = importOne(content, "c.txt", """
                مؤتمر صحفي آخر في طهران
                عقد وزيرا الخارجية الإيراني حسين أمير عبد اللهيان والروسي سيرغي لافروف يوم الأحد مؤتمرا صحفيا عقب مباحثات بينهما في طهران.
                """);

        assertThat(visitor.get("event").asText()).isEqualTo("2022-06-23-tehran");
        assertThat(both.get("event").asText()).isEqualTo("2022-06-23-tehran");
        assertThat(both.get("grouping").asText()).contains("an official in common", "weekday Thursday matches, the only event there");
        assertThat(sunday.get("event").asText()).isNotEqualTo("2022-06-23-tehran");
    }

    @Test
    void inTheCapitalOfOneOfThemTheCityAloneDoesNotSayWhichMeeting() throws Exception {
        Path content = Files.createDirectories(dir.resolve("content/articles")).getParent();
        String dated = """
                لقاء في %s
                التقى وزير الخارجية الروسي سيرغي لافروف نظيره الإيراني حسين أمير عبد اللهيان في %s يوم الأربعاء 6 أكتوبر 2021.
                """;
        String undated = """
                محادثات روسية إيرانية
                أكد عبد اللهيان ولافروف خلال محادثاتهما في %s ضرورة تعزيز التبادل التجاري بين البلدين.
                """;
        importOne(content, "a.txt", dated.formatted("موسكو", "موسكو"));
        JsonNode moscow = importOne(content, "b.txt", undated.formatted("موسكو"));
        importOne(content, "c.txt", dated.formatted("جنيف", "جنيف").replace("6 أكتوبر", "13 أكتوبر"));
        JsonNode geneva = importOne(content, "d.txt", undated.formatted("جنيف"));

        assertThat(moscow.get("event").asText()).startsWith("undated-");
        assertThat(moscow.get("grouping").asText()).contains("موسكو is the capital of one of them");
        assertThat(geneva.get("event").asText()).isEqualTo("2021-10-13-geneva");
    }

    @Test
    void inTheCapitalOfOneOfThemTwoUndatedReportsNamingOnlyTheCityAreNotJoined() throws Exception {
        Path content = Files.createDirectories(dir.resolve("content/articles")).getParent();
        String energy = """
                محادثات روسية هندية حول الطاقة
                أجرى سيرغي لافروف في %s محادثات مع سوبرامانيام جايشانكار تناولت إمدادات النفط والغاز.
                """;
        String defence = """
                جايشانكار يلتقي لافروف
                التقى وزير الشؤون الخارجية الهندي سوبرامانيام جايشانكار نظيره سيرغي لافروف في %s، وناقشا صفقات السلاح والفضاء.
                """;
        // away from home, the one undated meeting of the same two in a city is theirs
        JsonNode geneva = importOne(content, "a.txt", energy.formatted("جنيف"));
        JsonNode genevaAgain = importOne(content, "b.txt", defence.formatted("جنيف"));
        JsonNode first = importOne(content, "c.txt", energy.formatted("موسكو"));
        JsonNode second = importOne(content, "d.txt", defence.formatted("موسكو"));
        assertThat(second.get("event").asText()).as(second.get("grouping").asText()).isNotEqualTo(first.get("event").asText());
        assertThat(genevaAgain.get("event").asText()).isEqualTo(geneva.get("event").asText());
        assertThat(genevaAgain.get("grouping").asText()).contains("the only undated event of theirs there");
    }

    @Test
    void inTheCapitalOfOneOfThemAWeekdayAloneDoesNotSayWhichMeetingEither() throws Exception {
        Path content = Files.createDirectories(dir.resolve("content/articles")).getParent();
        importOne(content, "a.txt", """
                لقاء في موسكو
                التقى وزير الخارجية الروسي سيرغي لافروف نظيره الإيراني حسين أمير عبد اللهيان في موسكو يوم الأربعاء 6 أكتوبر 2021.
                """);
        JsonNode wednesday = importOne(content, "b.txt", """
                محادثات روسية إيرانية
                أكد عبد اللهيان ولافروف خلال محادثاتهما في موسكو يوم الأربعاء ضرورة تعزيز التبادل التجاري بين البلدين.
                """);
        importOne(content, "c.txt", """
                لقاء في سوتشي
                التقى وزير الخارجية الروسي سيرغي لافروف نظيره الإيراني حسين أمير عبد اللهيان في سوتشي يوم الجمعة 15 أكتوبر 2021.
                """);
        JsonNode friday = importOne(content, "d.txt", """
                محادثات روسية إيرانية
                أكد عبد اللهيان ولافروف خلال محادثاتهما في سوتشي يوم الجمعة ضرورة تعزيز التبادل التجاري بين البلدين.
                """);

        assertThat(wednesday.get("event").asText()).startsWith("undated-");
        assertThat(wednesday.get("grouping").asText()).contains("موسكو is the capital of one of them", "a weekday alone does not tell");
        assertThat(friday.get("event").asText()).isEqualTo("2021-10-15-sochi");
        assertThat(friday.get("grouping").asText()).contains("weekday Friday matches");
    }

    @Test
    void anEventOfTheirsInTheSameCityFitsBetterThanOneWhoseReportsNameNoCity() throws Exception {
        Path content = Files.createDirectories(dir.resolve("content/articles")).getParent();
        importOne(content, "a.txt", """
                اجتماع أمريكي روسي
                عقد بلينكن ولافروف اجتماعا لبحث الضمانات الأمنية في أوروبا.
                """);
        JsonNode geneva = importOne(content, "b.txt", """
                لقاء في جنيف
                التقى أنتوني بلينكن وسيرغي لافروف يوم الجمعة في جنيف وناقشا الأزمة.
                """);
        JsonNode again = importOne(content, "c.txt", """
                محادثات جنيف
                أجرى لافروف وبلينكن الجمعة محادثات استمرت ساعتين في جنيف حول أوكرانيا.
                """);

        assertThat(again.get("event").asText()).isEqualTo(geneva.get("event").asText());
        assertThat(again.get("grouping").asText()).contains("place جنيف, weekday Friday matches");
    }

    @Test
    void aDatedReportInTheCapitalOfOneOfThemDoesNotCompleteDraftsOnThePlaceAndSomeWords() throws Exception {
        Path content = Files.createDirectories(dir.resolve("content/articles")).getParent();
        String undated = """
                شراكة استراتيجية
                اتفق لافروف ووانغ يي في بكين على تعزيز الشراكة الاستراتيجية ورفض العقوبات الأحادية وبحثا التسوية الأوكرانية.
                """;
        JsonNode draft = importOne(content, "a.txt", undated);
        JsonNode dated = importOne(content, "b.txt", """
                زيارة إلى الصين
                الاثنين 8 أبريل 2024
                التقى سيرغي لافروف اليوم الاثنين في بكين نظيره وانغ يي لبحث التسوية الأوكرانية.
                """);

        assertThat(draft.get("event").asText()).startsWith("undated-");
        assertThat(dated.get("event").asText()).isEqualTo("2024-04-08-beijing");
        assertThat(dated.get("completed_drafts")).isEmpty(); // elsewhere the place and these words (0.02) would complete it
    }

    @Test
    void aWeekdayADayOutInTheSamePlaceIsASlipNotAnotherMeeting() throws Exception {
        Path content = Files.createDirectories(dir.resolve("content/articles")).getParent();
        importOne(content, "a.txt", """
                شكري يلتقي بلينكن في جنيف
                جنيف، الثلاثاء 11 يناير 2022: التقى وزير الخارجية المصري سامح شكري اليوم الثلاثاء نظيره الأمريكي أنتوني بلينكن في جنيف.
                """);
        JsonNode slip = importOne(content, "b.txt", """
                مؤتمر صحفي في جنيف
                قال وزير الخارجية الأمريكي أنتوني بلينكن في مؤتمر صحفي مع نظيره المصري سامح شكري في جنيف، الاثنين، إن المحادثات كانت مفيدة.
                """);
        assertThat(slip.get("event").asText()).isEqualTo("2022-01-11-geneva");
        assertThat(slip.get("grouping").asText()).contains("weekday Monday a day from the event's Tuesday");
        assertThat(slip.get("date_confidence").asDouble()).isLessThan(0.8);
    }

    @Test
    void aDatedReportCompletesTheDraftsOfItsEvent() throws Exception {
        Path content = Files.createDirectories(dir.resolve("content/articles")).getParent();
        JsonNode draft = importOne(content, "a.txt", FIRST);
        JsonNode dated = importOne(content, "b.txt", SAME_CALL.replace("يوم الأحد", "يوم الأحد 7 يناير 2024"));

        assertThat(dated.get("event").asText()).isEqualTo("2024-01-07-call");
        assertThat(dated.get("grouping").asText()).contains("kind call, drafts of unknown date: words in common");
        assertThat(dated.at("/completed_drafts/0/path").asText()).isEqualTo(
                content.relativize(Path.of(draft.get("path").asText())).toString().replace('\\', '/'));
        String completed = Files.readString(Path.of(draft.get("path").asText()));
        assertThat(completed).contains("\ndate: 2024-01-07\nevent: 2024-01-07-call\n")
                .doesNotContain("draft: true").doesNotContain("provisional_event").doesNotContain("review:");
        Cli check = Cli.run("check", "--content", content.toString());
        assertThat(check.exit()).as(check.out()).isZero();
        assertThat(check.out()).contains("2 articles");
    }

    @Test
    void aDatedReportOfAnotherWeekdayOrWeekLeavesTheDraftsAlone() throws Exception {
        Path content = Files.createDirectories(dir.resolve("content/articles")).getParent();
        JsonNode draft = importOne(content, "a.txt", FIRST);
        String before = Files.readString(Path.of(draft.get("path").asText()));
        JsonNode monday = importOne(content, "b.txt", SAME_CALL.replace("يوم الأحد", "يوم الاثنين 8 يناير 2024"));

        assertThat(monday.get("completed_drafts")).isEmpty();
        assertThat(monday.get("grouping").asText()).contains("its reports say Sunday, not the Monday of 2024-01-08");
        assertThat(Files.readString(Path.of(draft.get("path").asText()))).isEqualTo(before);
    }

    @Test
    void draftsThatSayTheirDayAndMonthTakeOnlyADatedReportOfThatDay() throws Exception {
        Path content = Files.createDirectories(dir.resolve("content/articles")).getParent();
        JsonNode draft = importOne(content, "a.txt", """
                أكد وزير الخارجية الروسي سيرغي لافروف ووزير الخارجية السعودي فيصل بن فرحان في اتصال هاتفي اليوم الأربعاء 12 آب/ أغسطس، دعمهما للبنان.
                وقال بيان الخارجية الروسية إن الوزيرين بحثا التعاون الثنائي.
                """);
        String before = Files.readString(Path.of(draft.get("path").asText()));
        JsonNode otherYear = importOne(content, "b.txt", """
                لافروف وبن فرحان يبحثان الوضع في سوريا
                الأربعاء 15 يناير 2025
                بحث وزير الخارجية الروسي سيرغي لافروف مع نظيره السعودي فيصل بن فرحان هاتفيا اليوم الأربعاء الوضع في سوريا والتعاون الثنائي.
                """);
        assertThat(otherYear.get("event").asText()).isEqualTo("2025-01-15-call");
        assertThat(otherYear.get("completed_drafts")).isEmpty();
        assertThat(otherYear.get("grouping").asText()).contains("its reports say 12 August, not 2025-01-15");
        assertThat(Files.readString(Path.of(draft.get("path").asText()))).isEqualTo(before);

        JsonNode sameDay = importOne(content, "c.txt", """
                اتفاق سعودي روسي لدعم لبنان
                12-08-2020 | 19:13
                أعلنت وزارة الخارجية الروسية أن الوزير سيرغي لافروف ونظيره السعودي فيصل بن فرحان اتفقا اليوم في اتصال هاتفي على دعم لبنان.
                """);
        assertThat(sameDay.get("date").asText()).isEqualTo("2020-08-12");
        assertThat(sameDay.get("grouping").asText()).contains("drafts of unknown date say its day and month 12 August");
        assertThat(sameDay.at("/completed_drafts/0/path").asText()).isEqualTo(
                content.relativize(Path.of(draft.get("path").asText())).toString().replace('\\', '/'));
    }

    @Test
    void aDatedReportADayOffTheDraftsWeekdayDoesNotCompleteThemOnWordsAlone() throws Exception {
        Path content = Files.createDirectories(dir.resolve("content/articles")).getParent();
        String sunday = """
                شكري وسيجورنيه يبحثان الأوضاع في غزة
                عقد وزير الخارجية سامح شكري جلسة مباحثات الأحد في القاهرة مع نظيره الفرنسي ستيفان سيجورنيه تناولت الأوضاع في غزة وإدخال المساعدات الإنسانية.
                """;
        JsonNode draft = importOne(content, "a.txt", sunday);
        JsonNode saturday = importOne(content, "b.txt", """
                اجتماع ثلاثي في القاهرة
                السبت 30 مارس 2024
                عقد وزير الخارجية سامح شكري اليوم السبت في القاهرة اجتماعا مع نظيره الفرنسي ستيفان سيجورنيه تناول الأوضاع في غزة وإدخال المساعدات الإنسانية.
                """);
        assertThat(saturday.get("completed_drafts")).isEmpty();
        assertThat(saturday.get("event").asText()).isNotEqualTo(draft.get("event").asText());
        // on the drafts' own weekday the same words complete them
        JsonNode sundayDated = importOne(content, "c.txt", sunday.replace("الأحد", "الأحد 4 فبراير 2024"));
        assertThat(sundayDated.get("date").asText()).isEqualTo("2024-02-04");
        assertThat(sundayDated.get("completed_drafts")).hasSize(1);
    }

    @Test
    void undatedCallsOfTheSameTwoJoinOnCloseWordsNotOnAFewInCommon() throws Exception {
        Path content = Files.createDirectories(dir.resolve("content/articles")).getParent();
        JsonNode lebanon = importOne(content, "a.txt", """
                أكد وزير الخارجية الروسي سيرغي لافروف ووزير الخارجية السعودي فيصل بن فرحان في اتصال هاتفي عزم بلديهما مساعدة الشعب اللبناني في تجاوز تداعيات انفجار المرفأ.
                وجاء في بيان الخارجية الروسية أن الوزيرين ناقشا قضايا التعاون الثنائي وتهيئة الظروف لتشكيل حكومة لبنانية جديدة.
                """);
        JsonNode syria = importOne(content, "b.txt", """
                تلقى لافروف اتصالا هاتفيا من فيصل بن فرحان بحثا خلاله تطورات الوضع في سوريا وقضايا التعاون الثنائي.
                وشدد الجانبان على ضرورة إقامة حوار سوري شامل يضم كافة القوى السياسية.
                """);
        JsonNode lebanonAgain = importOne(content, "c.txt", """
                تعهد وزير الخارجية الروسي سيرغي لافروف ونظيره السعودي فيصل بن فرحان في اتصال هاتفي بمساعدة الشعب اللبناني على تجاوز تداعيات انفجار المرفأ.
                واتفق الوزيران على أهمية تهيئة الظروف لتشكيل حكومة لبنانية جديدة.
                """);
        assertThat(syria.get("event").asText()).as(syria.get("grouping").asText()).isNotEqualTo(lebanon.get("event").asText());
        assertThat(lebanonAgain.get("event").asText()).isEqualTo(lebanon.get("event").asText());
        assertThat(lebanonAgain.get("grouping").asText()).contains("kind call, words in common");
    }

    private static final String VIENNA_UNDATED = """
            شكري وبلينكن يبحثان الملفات الإقليمية
            عقد وزير الخارجية المصري سامح شكري ونظيره الأمريكي أنتوني بلينكن اجتماعا الخميس في فيينا تناول العلاقات الثنائية.
            """;

    @Test
    void aMeetingInTheSameCityJoinsTheOnlyMeetingOfTheSameTwoThereEitherWay() throws Exception {
        Path content = Files.createDirectories(dir.resolve("content/articles")).getParent();
        JsonNode draft = importOne(content, "a.txt", VIENNA_UNDATED);
        JsonNode dated = importOne(content, "b.txt", """
                شكري في النمسا
                فيينا، الخميس 12 مايو 2022: استقبل أنتوني بلينكن اليوم سامح شكري في فيينا.
                """);
        JsonNode after = importOne(content, "c.txt", VIENNA_UNDATED.replace("اجتماعا الخميس", "اجتماعا")
                .replace("تناول العلاقات الثنائية", "تناول الأوضاع في المنطقة"));

        assertThat(dated.get("grouping").asText())
                .contains("drafts of unknown date: their weekday Thursday matches, the place is theirs, words in common");
        assertThat(dated.at("/completed_drafts/0/event").asText()).isEqualTo("2022-05-12-vienna");
        assertThat(Files.readString(Path.of(draft.get("path").asText()))).contains("event: 2022-05-12-vienna");
        assertThat(after.get("event").asText()).isEqualTo("2022-05-12-vienna");
        assertThat(after.get("grouping").asText()).contains("the only event of theirs that can have been in فيينا");
        assertThat(after.get("date_confidence").asDouble()).isLessThan(0.8);
    }

    @Test
    void undatedReportsOfTheHostsMeetingInItsCityOnOneWeekdayShareItsEvent() throws Exception {
        Path content = Files.createDirectories(dir.resolve("content/articles")).getParent();
        JsonNode first = importOne(content, "a.txt", """
                محادثات في الرياض
                التقى وزير الخارجية الأمريكي أنتوني بلينكن اليوم الثلاثاء في الرياض نظيره الروسي سيرغي لافروف بحضور وزير الخارجية السعودي فيصل بن فرحان.
                """);
        JsonNode host = importOne(content, "b.txt", """
                المملكة تستضيف المحادثات
                أعلنت وزارة الخارجية السعودية اليوم الثلاثاء أن المحادثات انطلقت في الرياض بقيادة وزير الخارجية فيصل بن فرحان.
                """);
        assertThat(host.get("event").asText()).isEqualTo(first.get("event").asText());
        assertThat(host.get("grouping").asText()).contains("an official in common", "weekday Tuesday matches");
    }

    @Test
    void aDateTheReportIsUnsureOfIsNotWrittenIntoDraftsOnAWeekdayAndWordsAlone() throws Exception {
        Path content = Files.createDirectories(dir.resolve("content/articles")).getParent();
        JsonNode draft = importOne(content, "a.txt", FIRST + """
                وتطرق الاتصال إلى جهود التهدئة في قطاع غزة وإدخال المساعدات الإنسانية عبر معبر رفح.
                كما تناول الجانبان الأزمة في السودان والوضع في ليبيا وضرورة إجراء الانتخابات.
                """);
        // no byline: the year comes from the ministers' years in office (2021 to 2024 held one Sunday 7 January)
        JsonNode inferred = importOne(content, "b.txt", """
                بلينكن وشكري يبحثان التعاون الاقتصادي
                أجرى وزير الخارجية الأمريكي أنتوني بلينكن اتصالا هاتفيا بنظيره المصري سامح شكري يوم الأحد 7 يناير تناول التعاون الاقتصادي بين واشنطن والقاهرة.
                وناقش الوزيران برامج الاستثمار الأمريكية في قطاع الطاقة المتجددة ومشروعات الهيدروجين الأخضر.
                وأشار المتحدث إلى أن الحوار الاستراتيجي سيعقد جولته المقبلة في الربيع، وأن الجانبين سيوقعان اتفاقيات للتعليم والصحة.
                """);

        assertThat(inferred.get("date").asText()).isEqualTo("2024-01-07");
        assertThat(inferred.get("date_confidence").asDouble()).isLessThan(0.8);
        assertThat(inferred.get("completed_drafts")).isEmpty();
        assertThat(inferred.get("event").asText()).isNotEqualTo(draft.get("event").asText());
        assertThat(inferred.get("grouping").asText()).contains("its date is not sure enough (0.7)");
    }

    @Test
    void aDatedReportOfACityCompletesTheOnlyUndatedEventOfTheSameTwoThere() throws Exception {
        Path content = Files.createDirectories(dir.resolve("content/articles")).getParent();
        JsonNode draft = importOne(content, "a.txt", """
                لافروف يتحدث عن لقائه بومبيو
                قال وزير الخارجية الروسي سيرغي لافروف إنه سيحمل إلى لقائه نظيره الأمريكي مايك بومبيو في هلسنكي مقترحات حول الأمن الأوروبي.
                وأضاف أن موسكو تنتظر من واشنطن خطوات ملموسة في ملف الأمن الأوروبي ومعاهدات الحد من التسلح.
                وأشار إلى أن العقوبات الغربية لم تغير موقف بلاده من القضايا الدولية الكبرى.
                وختم بأن الحوار أفضل من القطيعة مهما كانت الخلافات عميقة بين العاصمتين.
                وتحدث عن الاقتصاد الروسي الذي تجاوز صدمة أسعار النفط وعن خطط الحكومة لتنويع الصادرات.
                ودعا الشركات الأوروبية إلى العودة إلى السوق الروسية والاستثمار في مشاريع البنية التحتية.
                """);
        JsonNode dated = importOne(content, "b.txt", """
                لقاء لافروف وبومبيو في هلسنكي
                الإثنين 16 يوليو 2018
                التقى سيرغي لافروف اليوم الإثنين مايك بومبيو في هلسنكي على هامش القمة، وبحثا ملفات سوريا وكوريا الشمالية.
                وتناول الجانبان عودة اللاجئين السوريين وإعادة إعمار المدن المدمرة وتنسيق العمليات الإنسانية جنوب البلاد.
                كما ناقشا نزع السلاح في شبه الجزيرة الكورية والرقابة على المنشآت الصاروخية هناك.
                واستغرق الاجتماع ساعتين في القصر الرئاسي الفنلندي وسط إجراءات أمنية مشددة وحضور إعلامي كبير.
                وانضم إلى جانب من المحادثات مستشارون عسكريون من الطرفين لبحث منع الحوادث الجوية فوق البحر.
                """);
        assertThat(dated.get("event").asText()).isEqualTo("2018-07-16-helsinki");
        assertThat(dated.get("grouping").asText()).contains("the only undated event of theirs in هلسنكي");
        assertThat(dated.at("/completed_drafts/0/path").asText()).isEqualTo(
                content.relativize(Path.of(draft.get("path").asText())).toString().replace('\\', '/'));
    }
}
