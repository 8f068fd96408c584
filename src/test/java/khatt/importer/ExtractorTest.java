package khatt.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExtractorTest {

    private static final Lexicon LEXICON = Lexicon.load();
    private static final Extractor EXTRACTOR = new Extractor(LEXICON,
            new Taxonomy(Map.of("ukraine", List.of("أوكرانيا"), "syria", List.of("سوريا", "سورية"))));

    private static Extraction extract(String text) {
        RawPage page = RawPage.ofText("t.txt", text);
        return EXTRACTOR.extract(page, ClutterRemover.clean(page.lines(), null), null);
    }

    @Test
    void yesterdayWithItsWeekdayResolvesAgainstTheByline() {
        Extraction x = extract("""
                الوزيران يبحثان في جنيف الأزمة الأوكرانية
                الخميس 15 أبريل 2021
                التقى الوزيران في جنيف أمس الأربعاء وبحثا الأزمة في أوكرانيا وسبل خفض التصعيد.
                """);
        assertThat(x.published()).isEqualTo(LocalDate.of(2021, 4, 15));
        assertThat(x.date()).isEqualTo(LocalDate.of(2021, 4, 14));
        assertThat(x.dateEvidence()).isEqualTo("أمس الأربعاء");
        assertThat(x.place()).isEqualTo("جنيف");
        assertThat(x.kind()).isEqualTo("meeting");
        assertThat(x.topics()).containsExactly("ukraine");
    }

    @Test
    void anOfficialVisitGoesToTheCityAfterItsDescription() {
        Extraction x = extract("""
                صحيفة المساء

                الوزير الروسي في زيارة رسمية إلى طهران اليوم

                أعلن مندوب روسيا الدائم لدى المنظمات الدولية في فيينا، ميخائيل أوليانوف، أن وزير الخارجية الروسي سيرغي لافروف سيقوم بزيارة رسمية إلى طهران اليوم.

                وكتب المندوب على قناته أمس: "غدا يقوم الوزير بزيارة رسمية إلى إيران".

                وكان الوزير الروسي زار طهران في نيسان/أبريل 2021، وأجرى مباحثات مع نظيره الإيراني آنذاك.
                """);
        assertThat(x.place()).isEqualTo("طهران");
    }

    @Test
    void theTalksOfAVisitAreInTheCityItsLeadNames() {
        Extraction x = extract("""
                الوزير الروسي يزور الصين بعد غد
                السبت، 21 أبريل 2018
                يزور وزير الخارجية الروسي سيرغي لافروف الصين بعد غد الإثنين لمدة يومين.
                وذكر بيان للخارجية الروسية أن لافروف سيجري مباحثات في بكين مع نظيره الصيني وانغ يي.
                """);
        assertThat(x.place()).isEqualTo("بكين");
        assertThat(x.date()).isEqualTo(LocalDate.of(2018, 4, 23));
        assertThat(x.dateConfidence()).isLessThan(0.8);
    }

    @Test
    void aTownNamedAsACapitalIsThePlaceThoughAListedPlaceIsWhatTheyDiscussed() {
        Extraction x = extract("""
                لقاء صيني أمريكي
                بحث وزير الخارجية الصيني وانغ يي مع نظيره الأمريكي أنتوني بلينكن الأوضاع في قطاع غزة على هامش محادثات إقليمية في فينتيان عاصمة لاوس.
                """);
        assertThat(x.place()).isEqualTo("فينتيان");
        Extraction afterComma = extract("""
                لقاء صيني أمريكي
                عقد وزير الخارجية الأمريكي أنتوني بلينكن ونظيره الصيني وانغ يي ،في فينتيان عاصمة لاوس، اجتماعا بحثا فيه العلاقات.
                """);
        assertThat(afterComma.place()).isEqualTo("فينتيان"); // not «نتيان» after the «في» that opens the name
    }

    @Test
    void herVisitIsAVisit() {
        Extraction x = extract("""
                وزيرة الخارجية تخفق في الحصول على تعهد
                أخفقت وزيرة الخارجية الأمريكية في الحصول على تعهد من نظيرها خلال زيارتها لموسكو أمس لكنها أشادت بالتقدم في مجالات أخرى.
                """);
        assertThat(x.kind()).isEqualTo("visit");
        assertThat(x.place()).isEqualTo("موسكو");
    }

    @Test
    void theyDiscussedIsTalksAMeetingUnlessByPhone() {
        assertThat(extract("""
                الوزيران يناقشان أوضاع المنطقة
                أعلنت الوزارة في بيان أن الوزيرين بحثا على هامش الاجتماع الوزاري تسوية الصراع في المنطقة.
                """).kind()).isEqualTo("meeting");
        assertThat(extract("""
                الوزيران يناقشان أوضاع المنطقة
                أعلنت الوزارة في بيان أن الوزيرين بحثا هاتفيا تسوية الصراع في المنطقة.
                """).kind()).isEqualTo("call");
    }

    @Test
    void aRepublishedArticleKeepsItsWeekday() {
        Extraction x = extract("""
                الوزيران يبحثان هاتفيا الوضع في سوريا
                السبت ١٨ تموز ٢٠٢٠
                بحث الوزيران في اتصال هاتفي اليوم الإثنين الوضع في سوريا وسبل التسوية السياسية.
                """);
        assertThat(x.date()).isEqualTo(LocalDate.of(2020, 7, 13));
        assertThat(x.dateConfidence()).isLessThan(0.95);
        assertThat(x.kind()).isEqualTo("call");
        assertThat(x.place()).isNull();
    }

    @Test
    void dayBeforeYesterdayAndAWeekdayAlone() {
        assertThat(extract("""
                عنوان الخبر هنا للاختبار
                2022-03-10
                اجتمع الوزيران في موسكو أول أمس وبحثا العلاقات الثنائية بين البلدين.
                """).date()).isEqualTo(LocalDate.of(2022, 3, 8));
        assertThat(extract("""
                عنوان الخبر هنا للاختبار
                15/03/2022
                اجتمع الوزيران في موسكو الثلاثاء وبحثا العلاقات الثنائية بين البلدين.
                """).date()).isEqualTo(LocalDate.of(2022, 3, 15));
    }

    @Test
    void aBrandLineWithAKnownOutletsNameGivesTheOutlet() {
        Extraction x = extract("""
                بوابة الأهرام
                الثلاثاء ١٤ مايو ٢٠١٩م 06:12 م
                وزير الخارجية الروسي يستقبل نظيره الأمريكي في سوتشي
                استقبل وزير الخارجية الروسي سيرجي لافروف، اليوم، نظيره الأمريكي مايك بومبيو في منتجع سوتشي، حيث أجريا محادثات.
                """);
        assertThat(x.outlet()).isEqualTo("بوابة الأهرام");
        assertThat(x.date()).isEqualTo(LocalDate.of(2019, 5, 14));
    }

    @Test
    void todayBeforeWhatHappenedIsTodayButTheNextDayIsNot() {
        assertThat(extract("""
                المقداد يبحث مع لافروف هاتفياً التطورات في المنطقة
                تاريخ النشر: 15/03/2023 - 11:20
                بحث وزير الخارجية فيصل المقداد مع نظيره الروسي سيرغي لافروف خلال اتصال هاتفي اليوم التطورات في المنطقة.
                """).date()).isEqualTo(LocalDate.of(2023, 3, 15));
        assertThat(extract("""
                الوزيران يلتقيان في جنيف
                تاريخ النشر: 15/03/2023 - 11:20
                قال الوزير إنه سيلتقي نظيره في جنيف، على أن يعقد مؤتمر صحفي في اليوم التالي للمحادثات.
                """).date()).isNull();
    }

    @Test
    void nothingTellsTheDateSoItIsUnknown() {
        Extraction x = extract("""
                الوزيران يبحثان العلاقات الثنائية
                بحث الوزيران العلاقات الثنائية، وكانا قد التقيا في 3 مايو 2019 في موسكو وفي عام 2018 في هلسنكي.
                """);
        assertThat(x.date()).isNull();
        assertThat(x.dateEvidence()).isNull();
        assertThat(x.warnings()).contains("publication date unknown");
    }

    @Test
    void earlierEventsAsidesAndBannersAreNotTheEventDate() {
        Extraction x = extract("""
                آخر تحديث: 22/11/2026 09:00
                قمة في جنيف بين الرئيسين لبحث الاستقرار الاستراتيجي
                تاريخ النشر: 17/06/2021 - 10:30
                وجاءت القمة بعد نحو شهر من لقاء وزيري الخارجية في ريكيافيك في 19 مايو 2021، الذي مهد لها.
                وقال الرئيس في مؤتمر صحفي إن المحادثات كانت بناءة، وإن اللقاء جرى في جنيف.
                تم النشر منذ 3 أيام
                """);
        assertThat(x.published()).isEqualTo(LocalDate.of(2021, 6, 17));
        assertThat(x.date()).isNull();
        assertThat(x.mentions()).extracting(DateMention::text).contains("19 مايو 2021");
    }

    @Test
    void aDatedLeadWithoutBylineNeedsItsDay() {
        Extraction x = extract("""
                لقاء الوزيرين في فيينا
                التقى الوزير الروسي نظيره الأمريكي في فيينا يوم ٣ حزيران ٢٠١٣، في لقاء وصفه الجانبان بأنه صريح.
                """);
        assertThat(x.date()).isEqualTo(LocalDate.of(2013, 6, 3));
        assertThat(x.place()).isEqualTo("فيينا");
        assertThat(x.placeSlug()).isEqualTo("vienna");
    }

    @Test
    void theKindIsWhatTheLeadSaysHappenedAndThePlaceIsWhereItHappened() {
        Extraction x = extract("""
                لقاء الوزيرين: للتعاون حول ليبيا
                الثلاثاء ١٠ كانون الأول ٢٠١٩
                أكد الوزير الروسي أن البلدين يتعاونان بشأن ليبيا، مشيرا إلى أهمية التسوية.
                وقال خلال مؤتمر صحفي مشترك مع نظيره الأميركي إن المباحثات تناولت قضايا عدة.
                وكان الوزيران قد بحثا نتائج قمة في باريس حول التسوية الأوكرانية.
                وقال الوزير الأميركي في مؤتمر صحافي مشترك مع نظيره في واشنطن إن بلاده سترد على أي تدخل.
                """);
        assertThat(x.kind()).as("the press conference closed the talks its paragraph names").isEqualTo("meeting");
        assertThat(x.place()).isEqualTo("واشنطن");
    }

    @Test
    void aPressConferenceAloneIsAPressConference() {
        Extraction x = extract("""
                الوزيران أمام الصحفيين
                الثلاثاء ١٠ كانون الأول ٢٠١٩
                عقد وزير الخارجية مؤتمرا صحفيا في واشنطن أعلن فيه موعد الجولة المقبلة.
                وكانت المباحثات السابقة قد جرت في جنيف الشهر الماضي.
                """);
        assertThat(x.kind()).as("talks named only in another paragraph").isEqualTo("press-conference");
        assertThat(x.place()).isEqualTo("واشنطن");
    }

    @Test
    void aCityNamedAsAnActorIsNotAPlace() {
        Extraction x = extract("""
                الوزير يقدم مذكرة حول تدخل واشنطن في شؤون روسيا
                أعلن الوزير الروسي أن بلاده قدمت مذكرة حول تدخل واشنطن في شؤون روسيا خلال مؤتمر صحفي.
                ورحب بلقاء بين الرئيسين على هامش قمة العشرين في أوساكا اليابانية.
                """);
        assertThat(x.kind()).isEqualTo("press-conference");
        assertThat(x.place()).isNull();
    }

    @Test
    void urlGivesOutletAndPublicationDate() {
        RawPage page = RawPage.ofText("t.txt", """
                لعمامرة يستقبل لافروف بالجزائر العاصمة
                استقبل وزير الخارجية أمس الثلاثاء بالجزائر العاصمة نظيره الروسي في زيارة عمل تدوم يومين.
                """);
        Extraction x = EXTRACTOR.extract(page, ClutterRemover.clean(page.lines(), null),
                "https://www.elkhabar.com/press/2022/05/11/article-212345");
        assertThat(x.outlet()).isEqualTo("الخبر");
        assertThat(x.published()).isEqualTo(LocalDate.of(2022, 5, 11));
        assertThat(x.date()).isEqualTo(LocalDate.of(2022, 5, 10));
        assertThat(x.place()).isEqualTo("الجزائر العاصمة");
        assertThat(x.sourceUrl()).isEqualTo("https://www.elkhabar.com/press/2022/05/11/article-212345");
    }

    @Test
    void htmlMetadataIsUsed() {
        RawPage page = PageReader.html("p.html", """
                <html><head>
                <meta property="og:title" content="الوزيران يبحثان هاتفيا الوضع في سوريا - موقع المدار">
                <meta property="og:site_name" content="موقع المدار">
                <meta property="article:published_time" content="2020-07-14T01:30:00+03:00">
                </head><body><nav>الرئيسية أخبار</nav>
                <p>بحث الوزيران في اتصال هاتفي اليوم الإثنين الوضع في سوريا وسبل التسوية.</p>
                <p>وقال الوزير الروسي: "نريد حلا سياسيا".</p></body></html>
                """);
        Extraction x = EXTRACTOR.extract(page, ClutterRemover.clean(page.lines(), page.meta().title()), null);
        assertThat(x.title()).isEqualTo("الوزيران يبحثان هاتفيا الوضع في سوريا");
        assertThat(x.outlet()).isEqualTo("موقع المدار");
        assertThat(x.published()).isEqualTo(LocalDate.of(2020, 7, 14));
        assertThat(x.publishedText()).isEqualTo("2020-07-14T01:30:00+03:00");
        assertThat(x.date()).isEqualTo(LocalDate.of(2020, 7, 13));
        assertThat(x.body()).isEqualTo("بحث الوزيران في اتصال هاتفي اليوم الإثنين الوضع في سوريا وسبل التسوية.\n\n"
                + "وقال الوزير الروسي: \"نريد حلا سياسيا\".\n");
    }

    @Test
    void otherBylineShapes() {
        Extraction hijri = extract("""
                الوزيران يبحثان في الرياض أمن الخليج
                الثلاثاء - 9 شهر رمضان 1440 هـ - 14 مايو 2019 مـ
                الرياض-سانا - بحث الوزيران اليوم (الثلاثاء) أمن الخليج وسبل التعاون بين البلدين.
                """);
        assertThat(hijri.published()).isEqualTo(LocalDate.of(2019, 5, 14));
        assertThat(hijri.date()).isEqualTo(LocalDate.of(2019, 5, 14));
        assertThat(hijri.dateEvidence()).isEqualTo("اليوم (الثلاثاء)");
        assertThat(hijri.place()).isEqualTo("الرياض");

        Extraction updated = extract("""
                الوزيران يبحثان هاتفيا الوضع في سوريا
                14.05.2019 (محدث 17:20 15.05.2019)
                بحث الوزيران في اتصال هاتفي أمس الاثنين الوضع في سوريا وسبل التسوية.
                """);
        assertThat(updated.published()).isEqualTo(LocalDate.of(2019, 5, 14));
        assertThat(updated.date()).isEqualTo(LocalDate.of(2019, 5, 13));
    }

    @Test
    void aVisitTakesPlaceWhereTheVisitorGoes() {
        Extraction x = extract("""
                الوزير الروسي يزور القاهرة
                الأحد 7 أبريل 2019
                بدأ وزير الخارجية الروسي اليوم الأحد زيارة إلى القاهرة تستمر يومين يبحث خلالها الوضع في سوريا.
                """);
        assertThat(x.kind()).isEqualTo("visit");
        assertThat(x.place()).isEqualTo("القاهرة");
        assertThat(x.date()).isEqualTo(LocalDate.of(2019, 4, 7));
    }

    @Test
    void aVisitReportedForItsTalksIsAMeeting() {
        Extraction x = extract("""
                الوزير في العاصمة
                وصل وزير الخارجية الروسي سيرغي لافروف إلى الرياض في زيارة رسمية تستمر يومين.
                وأجرى لافروف محادثات مع نظيره السعودي تناولت الأوضاع في المنطقة.
                """);
        assertThat(x.kind()).isEqualTo("meeting");
    }

    @Test
    void aSummitOfMinistersIsAMeetingAndTheHeadlineNamesTheEncounter() {
        Extraction x = extract("""
                الوزيران يعقدان أول لقاء بينهما
                قال وزير الخارجية الروسي سيرغي لافروف لنظيره الأمريكي أنتوني بلينكن على هامش القمة إن التعاون ممكن.
                """);
        assertThat(x.kind()).isEqualTo("meeting");
        x = extract("""
                الوزيران يعقدان أول لقاء بينهما في جنيف
                قال وزير الخارجية الروسي سيرغي لافروف لنظيره الأمريكي أنتوني بلينكن إن التعاون ممكن.
                """);
        assertThat(x.place()).as("the headline names the place the lead leaves out").isEqualTo("جنيف");
        x = extract("""
                تحضيرات
                بحث الوزيران سيرغي لافروف وأنتوني بلينكن التحضير للقمة المرتقبة بين الرئيسين.
                """);
        assertThat(x.kind()).as("the summit ahead is not theirs").isEqualTo("meeting");
    }

    @Test
    void aHeadlineQuotingASpeakerFromACityNamesWhereTheySpoke() {
        Extraction x = extract("""
                الوزير من الرياض: ندعم توحيد وفد المعارضة
                أعلن وزير الخارجية الروسي أن بلاده تدعم توحيد وفد المعارضة، معتبرا أن ذلك يساعد المفاوضات في جنيف.
                وأضاف الوزير في مؤتمر صحفي مشترك مع نظيره اليوم الأحد أن الخطوة ستحرك العملية السياسية.
                """);
        assertThat(x.place()).isEqualTo("الرياض");
        x = extract("""
                عودة الوفد من الرياض بعد أيام: الوزير يلتقي نظيره في جنيف
                التقى وزير الخارجية الروسي نظيره في جنيف اليوم وبحثا الملفات العالقة.
                """);
        assertThat(x.place()).as("«من» far from the headline's start is where someone came from").isEqualTo("جنيف");
    }

    @Test
    void aCityHopedForOrInvitedToIsNotWhereTheyMet() {
        Extraction x = extract("""
                الوزير يأمل زيارة نظيره إلى العاصمة قريبا
                عبر وزير الخارجية السوري عن أمله في أن يقوم نظيره الروسي سيرغي لافروف بزيارة إلى العاصمة دمشق قريبا.
                وقال عقب لقائه لافروف في موسكو اليوم إنه يتطلع إلى لقائه مجددا في دمشق.
                """);
        assertThat(x.place()).isEqualTo("موسكو");
        x = extract("""
                الوزيران يبحثان الأزمة
                التقى وزير الخارجية الروسي نظيره في موسكو اليوم، ووجه إليه دعوة رسمية لزيارة بكين.
                """);
        assertThat(x.place()).isEqualTo("موسكو");
        x = extract("""
                الوزيران يبحثان الأزمة
                دعا الوزير إلى وقف إطلاق النار، والتقى نظيره في موسكو اليوم.
                """);
        assertThat(x.place()).as("«دعا إلى» calls for something; it invites nobody").isEqualTo("موسكو");
        x = extract("""
                الوزير يعرب عن عزمه زيارة الجزائر قريبا
                التقى وزير الخارجية الروسي نظيره الجزائري اليوم الاثنين في موسكو، وأعرب عن عزمه زيارة الجزائر قريبا.
                وقال: أتوقع أن أقوم بزيارة إلى الجزائر قريبا.
                """);
        assertThat(x.place()).as("a visit someone means to make is yet to come").isEqualTo("موسكو");
    }

    @Test
    void theCityAVisitWentToHostsTheTalksNotACityRecalled() {
        Extraction x = extract("""
                الوزيران يبحثان العلاقات الثنائية
                عقد وزير الخارجية المغربي ناصر بوريطة لقاء الخميس مع نظيره الأمريكي أنتوني بلينكن لبحث العلاقات الثنائية.
                وقال بلينكن: "أرحب بالوزير وأقدر قيامه بزيارة واشنطن لنواصل الحوار الذي بدأ في الرباط".
                """);
        assertThat(x.kind()).isEqualTo("meeting");
        assertThat(x.place()).isEqualTo("واشنطن");
    }

    @Test
    void aCapitalNamedWithItsCountrysAdjectiveIsThePlace() {
        Extraction x = extract("""
                الوزيران في أول لقاء بينهما
                التقى وزير الخارجية الروسي سيرغي لافروف بنظيره الأمريكي أنتوني بلينكن بالعاصمة النمساوية فيينا، في أول لقاء بينهما.
                """);
        assertThat(x.place()).isEqualTo("فيينا");
    }

    @Test
    void thePlaceOfTheMeetingTheHeadlineNamesCountsWhenTheLeadSpeaksOfASummit() {
        Extraction x = extract("""
                الوزيران في أول لقاء بينهما
                سئل وزير الخارجية الروسي سيرغي لافروف عما إذا كان قد بحث مع نظيره الأمريكي أنتوني بلينكن عقد قمة بين الرئيسين.
                وقال لافروف في مؤتمر صحفي عقب اللقاء مع بلينكن في العاصمة النمساوية فيينا إن الحوار مفيد.
                """);
        assertThat(x.kind()).isEqualTo("meeting");
        assertThat(x.place()).isEqualTo("فيينا");
    }

    @Test
    void theLeadsCityOutweighsTheDeskOfTheDateline() {
        Extraction x = extract("""
                وزير الخارجية الأمريكي في سوتشي
                موسكو - أ ف ب: يلتقي وزير الخارجية الأمريكي جون كيري اليوم الثلاثاء نظيره الروسي سيرغي لافروف في منتجع سوتشي على البحر الأسود.
                """);
        assertThat(x.place()).isEqualTo("سوتشي");
        x = extract("""
                الوزيران يبحثان العلاقات
                موسكو - أ ف ب: يلتقي وزير الخارجية الأمريكي جون كيري اليوم الثلاثاء نظيره الروسي سيرغي لافروف.
                """);
        assertThat(x.place()).as("with no other city, the dateline's").isEqualTo("موسكو");
    }

    @Test
    void aDateSaidOfOtherOfficialsEventDoesNotDateTheReport() {
        Extraction x = extract("""
                لافروف وبلينكن يبحثان نتائج قمة الرئيسين
                الاثنين 20 أكتوبر 2025
                أجرى وزير الخارجية الروسي سيرغي لافروف اليوم الاثنين محادثة هاتفية مع نظيره الأمريكي أنتوني بلينكن.
                وبحث الوزيران تنفيذ ما اتفق عليه خلال المحادثة الهاتفية التي جرت في 16 أكتوبر بين الرئيسين فلاديمير بوتين وجو بايدن.
                """);
        assertThat(x.date()).isEqualTo(LocalDate.of(2025, 10, 20));
        x = extract("""
                لافروف وبلينكن يبحثان نتائج قمة الرئيسين
                الاثنين 20 أكتوبر 2025
                التقى الرئيس فلاديمير بوتين في 16 أكتوبر وزير الخارجية الأمريكي، ثم بحث الوزيران سيرغي لافروف وأنتوني بلينكن الملفات.
                """);
        assertThat(x.date()).as("an official named by office may be one of the report's own").isEqualTo(LocalDate.of(2025, 10, 16));
    }

    @Test
    void aCityTheTalksWereAboutIsNotWhereTheyWere() {
        Extraction x = extract("""
                الصفدي وبلينكن يبحثان الأوضاع
                عمّان - أجرى وزير الخارجية أيمن الصفدي ونظيره الأمريكي أنتوني بلينكن اليوم الأحد مباحثات تناولت تطورات الأوضاع في غزة.
                """);
        assertThat(x.place()).isEqualTo("عمان");
    }

    @Test
    void talksInNoCityAreACallWhenTheReportSaysOneWasMeant() {
        String text = """
                الوزيران يجريان محادثات صريحة
                أعلن وزير الخارجية الأمريكي أنتوني بلينكن الجمعة أنه أجرى محادثات صريحة مع نظيره الروسي سيرغي لافروف.
                وقال بلينكن للصحفيين إن النقاش بين الجانبين كان مباشرا وصريحا وتناول عددا من الملفات.
                وأضاف أنه دعا الكرملين إلى قبول العرض الذي قدمته الولايات المتحدة للإفراج عن المعتقلين.
                وأوضح أنه حذر من أن العالم لن يعترف بضم أي أراض بالقوة، وأن بلاده ستواصل دعم حلفائها.
                وكان بلينكن أعلن الأربعاء أنه يعتزم الاتصال بنظيره الروسي لمناقشة العرض.
                """;
        assertThat(extract(text).kind()).isEqualTo("call");
        assertThat(extract(text.replace("مع نظيره الروسي", "في جنيف مع نظيره الروسي")).kind())
                .as("talks in a city were a meeting").isEqualTo("meeting");
        assertThat(extract(text.replace("يعتزم الاتصال بنظيره", "يعتزم بحث العرض مع نظيره")).kind())
                .as("talks in no city, and no call said: unknown").isNull();
        assertThat(extract(text.replace("يعتزم الاتصال بنظيره", "يعتزم بحث العرض مع نظيره")
                .replace("وقال بلينكن للصحفيين", "وقال بلينكن بعد اللقاء")).kind())
                .as("unless a meeting is said in so many words").isEqualTo("meeting");
    }

    @Test
    void whereTheyMetLastTimeIsNotWhereTheyMeet() {
        Extraction x = extract("""
                بومبيو يلتقي لافروف الجمعة
                يلتقي وزير الخارجية الأمريكي مايك بومبيو نظيره الروسي سيرغي لافروف الجمعة المقبل على هامش الجمعية العامة للأمم المتحدة في نيويورك.
                والتقى الرجلان آخر مرة منتصف أيار في مدينة سوتشي الروسية.
                """);
        assertThat(x.place()).isEqualTo("نيويورك");
    }

    @Test
    void whatAMinisterSaidInHisCounterpartsPresenceWasSaidAtAMeeting() {
        Extraction x = extract("""
                روسيا وإيران تريدان إنقاذ الاتفاق
                أكد وزيرا خارجية روسيا وإيران الثلاثاء أن البلدين يريدان إنقاذ الاتفاق.
                وأكد الوزير الروسي سيرغي لافروف في حضور نظيره الإيراني محمد جواد ظريف في موسكو أن الاتفاق ما زال ممكنا.
                """);
        assertThat(x.kind()).isEqualTo("meeting");
        assertThat(x.place()).isEqualTo("موسكو");
    }

    @Test
    void thePlaceIsWhatTheHeadlineAndLeadSayNotAnotherMeetingFurtherDown() {
        Extraction x = extract("""
                الوزير الأمريكي يبحث مع نظيره الروسي في موسكو ملف سوريا
                بدأ وزير الخارجية الأمريكي اليوم في موسكو لقاء مع نظيره الروسي لبحث تسوية النزاع السوري.
                وقال الوزيران إن مواقف البلدين تقاربت في ملفات عدة.
                ويفترض أن يعلن البلدان عن اجتماع دولي جديد في نيويورك يضم سبع عشرة دولة.
                """);
        assertThat(x.place()).isEqualTo("موسكو");
    }

    @Test
    void aDayAndMonthWithoutAYearIsDatedByTheOneYearItsWeekdayFitsTheMinistersTerms() {
        Extraction kerry = extract("""
                كيري يبحث مع لافروف في موسكو ملف سوريا
                بدأ وزير الخارجية الأمريكي جون كيري اليوم الثلاثاء (15 ديسمبر) في موسكو لقاء مع نظيره الروسي سيرغي لافروف.
                """);
        assertThat(kerry.date()).isEqualTo(LocalDate.of(2015, 12, 15));
        assertThat(kerry.dateConfidence()).isLessThan(0.8);

        // Lavrov's years alone hold several Tuesdays 15 December
        Extraction lavrov = extract("""
                لافروف يبحث مع نظيره في موسكو ملف سوريا
                بدأ وزير الخارجية الروسي سيرغي لافروف اليوم الثلاثاء (15 ديسمبر) في موسكو لقاء مع نظيره.
                """);
        assertThat(lavrov.date()).isNull();

        // the day a minister arrived is not the day the terms of office may date
        Extraction arrival = extract("""
                كيري في موسكو
                وصل وزير الخارجية الأمريكي جون كيري مساء الاثنين 14 ديسمبر إلى موسكو، ويلتقي نظيره الروسي سيرغي لافروف.
                """);
        assertThat(arrival.date()).isNull();

        // a weekday elsewhere in the sentence is not that day's
        Extraction apart = extract("""
                كيري يبحث مع لافروف في موسكو ملف سوريا
                بدأ وزير الخارجية الأمريكي جون كيري الثلاثاء زيارة إلى موسكو، ويلتقي في 17 ديسمبر نظيره الروسي سيرغي لافروف.
                """);
        assertThat(apart.date()).isNull();
    }

    @Test
    void theOccasionAndAJointPressConferenceAreNotTheKind() {
        Extraction sidelines = extract("""
                لافروف سيلتقي نظيره الأمريكي على هامش قمة هلسنكي
                بينما يلتقي الرئيسان في هلسنكي، سيلتقي وزيرا الخارجية أيضا في لقاء هو الأول من نوعه بعد القمة.
                """);
        assertThat(sidelines.kind()).isEqualTo("meeting");

        Extraction joint = extract("""
                لافروف: روسيا وقطر تتفقان على تعزيز التجارة
                قال وزير الخارجية الروسي سيرجي لافروف في مؤتمر صحفي مع نظيره القطري إن البلدين اتفقا على خطوات لتعزيز التجارة.
                """);
        assertThat(joint.kind()).isEqualTo("meeting");

        Extraction alone = extract("""
                لافروف: روسيا لن تقبل الإملاءات
                قال وزير الخارجية الروسي سيرجي لافروف في مؤتمر صحفي بموسكو إن بلاده لن تقبل الإملاءات.
                """);
        assertThat(alone.kind()).isEqualTo("press-conference");
    }

    @Test
    void whereAMinisterTravelsToIsWhereTheTalksAre() {
        Extraction x = extract("""
                وزير خارجية قطر في روسيا
                يتوجه وزير الخارجية القطري، الشيخ محمد بن عبد الرحمن آل ثاني، إلى موسكو، الأحد، لإجراء مناقشات مع نظيره الروسي.
                """);
        assertThat(x.place()).isEqualTo("موسكو");
        assertThat(x.kind()).isEqualTo("meeting");
    }

    @Test
    void wordsAnyTwoCountriesUseTagATopicOnlyInAReportOfItsCountries() {
        Taxonomy taxonomy = Taxonomy.of(List.of(new khatt.content.TopicDefinition("relations", "العلاقات الروسية الأمريكية",
                null, List.of("العلاقات الروسية الأمريكية"), List.of("ru", "us"), List.of("العلاقات الثنائية"))));
        Extractor extractor = new Extractor(LEXICON, taxonomy);
        RawPage russiaUs = RawPage.ofText("a.txt", """
                لافروف وبومبيو يبحثان العلاقات الثنائية
                بحث وزير الخارجية الروسي سيرغي لافروف مع نظيره الأمريكي مايك بومبيو العلاقات الثنائية في اتصال هاتفي.
                """);
        RawPage egyptUs = RawPage.ofText("b.txt", """
                شكري وبلينكن يبحثان العلاقات الثنائية
                بحث وزير الخارجية المصري سامح شكري مع نظيره الأمريكي أنتوني بلينكن العلاقات الثنائية في اتصال هاتفي.
                """);
        assertThat(extractor.extract(russiaUs, ClutterRemover.clean(russiaUs.lines(), null), null).topics())
                .containsExactly("relations");
        assertThat(extractor.extract(egyptUs, ClutterRemover.clean(egyptUs.lines(), null), null).topics()).isEmpty();
    }

    @Test
    void aPressConferenceWhereSomethingWasSaidIsNotTheEvent() {
        Extraction x = extract("""
                بلينكن: محادثة صريحة مع لافروف
                تحدث وزير الخارجية الأمريكي أنتوني بلينكن مع وزير الخارجية الروسي سيرغي لافروف يوم الجمعة، حسبما قال كبير الدبلوماسيين الأمريكيين في مؤتمر صحفي.
                وقال إنها كانت محادثة صريحة ومباشرة.
                """);
        assertThat(x.kind()).isNotEqualTo("press-conference");
    }

    @Test
    void aTownNamedAsOneIsThePlaceEvenWhenTheGazetteerLacksIt() {
        Extraction x = extract("""
                وزيرا الخارجية يلتقيان في الشمال
                التقى وزير الخارجية السعودي اليوم نظيره الصيني في مدينة ووشي، جنوب الصين، حيث ناقشا الملفات الإقليمية.
                """);
        assertThat(x.place()).isEqualTo("ووشي");
        Extraction venue = extract("""
                لقاء في مدينة الألعاب
                التقى الوزيران في مدينة الألعاب الأولمبية على هامش الافتتاح وبحثا التعاون الرياضي.
                """);
        assertThat(venue.place()).isNull();
    }

    @Test
    void aMinisterArrivingInACityOrReceivingAGuestMeansAMeetingThere() {
        Extraction x = extract("""
                لافروف: مستعدون لتلبية الطلبات
                وصل وزير الخارجية العراقي اليوم الأربعاء إلى العاصمة الروسية موسكو في زيارة رسمية تستغرق عدة أيام، تلبية لدعوة من نظيره الروسي.
                """);
        assertThat(x.place()).isEqualTo("موسكو");
        Extraction host = extract("""
                واشنطن تستضيف الحوار
                أعلنت الخارجية أن الوزير سيستقبل نظيره المصري في العاصمة واشنطن الأسبوع المقبل للمشاركة في الحوار بين البلدين.
                """);
        assertThat(host.kind()).isEqualTo("meeting");
        Extraction session = extract("""
                الوزيران يعقدان جلسة عمل
                عقد وزير الخارجية اليوم الإثنين جلسة عمل مع نظيره الروسي، كما أجرى مباحثات ثنائية مع مسؤولين آخرين.
                """);
        assertThat(session.kind()).isEqualTo("meeting");
    }

    @Test
    void aForeignGWrittenAsJeemIsTheSamePlace() {
        Extraction x = extract("""
                وزيرا الخارجية يبحثان الأزمة
                التقى وزير الخارجية الروسي نظيره التركي في بلجراد اليوم على هامش اجتماع المنظمة.
                """);
        assertThat(x.place()).isEqualTo("بلغراد");
    }

    @Test
    void theSituationInACityIsWhatTheyDiscussedEvenInTheHeadline() {
        Extraction x = extract("""
                الوزيران يناقشان تطورات الأوضاع في غزة
                ناقش ولي العهد مع وزير الخارجية الزائر في الرياض،وقف العمليات العسكرية في غزة والتعامل مع تداعياتها.
                """);
        assertThat(x.place()).isEqualTo("الرياض");
    }

    @Test
    void aMeetingNamedAfterItsCityIsNotWhereTheTalksWere() {
        Extraction x = extract("""
                الوزيران يتفقان على البحث عن تفاهمات
                أعرب الوزير عن اعتقاده أن المشاركين في لقاء جنيف المزمع عقده غدا يمكنهم التوصل إلى اتفاق، وصرح في ختام اجتماعه بنظيرته في مدينة سان بطرسبورج مساء اليوم أنه وجد تفهما لموقف بلاده من الورقة التي يجري بحثها في جنيف.
                """);
        assertThat(x.place()).isEqualTo("سانت بطرسبورغ");
    }

    @Test
    void thePressConferenceAfterTheTalksIsWhereTheyWere() {
        Extraction x = extract("""
                الوزير يرى فرصا جيدة للتسوية
                أعلن وزير الخارجية اثر محادثات اجراها الجمعة مع نظيرته ان بلاده ترى فرصا جيدة خلال اجتماع جنيف السبت. وقال في مؤتمر صحافي في سان بطرسبورغ انه شعر بتقدم.
                """);
        assertThat(x.place()).isEqualTo("سانت بطرسبورغ");
    }

    @Test
    void talksHeldInACityOnAPageThatWrapsItsLinesAreAMeetingThere() {
        Extraction x = extract("""
                الوزراء يختتمون المباحثات من دون تقدم
                انتهت المباحثات الدولية المخصصة للأزمة، بمشاركة وزيري الخارجية، التي عقدت السبت في
                لوزان، من دون إحراز تقدم ملموس.
                وقال الوزير إثر انتهاء المباحثات: "توافقنا على الاستمرار في الاتصالات خلال الأيام المقبلة".
                """);
        assertThat(x.kind()).isEqualTo("meeting");
        assertThat(x.place()).isEqualTo("لوزان");
    }

    @Test
    void aCapitalNamedOnlyByItsCountrysAdjectiveIsThatCapital() {
        Extraction x = extract("""
                الوزيران يعقدان أول لقاء رسمي منذ سنوات
                التقى وزير الخارجية السعودي نظيره الإيراني في العاصمة الصينية اليوم الخميس وبحثا تنفيذ الاتفاق.
                """);
        assertThat(x.place()).isEqualTo("بكين");
    }

    @Test
    void aVisitReportedForTheTalksHeldOnItIsAMeetingWhereTheVisitorArrived() {
        Extraction x = extract("""
                لافروف: اتفقنا على بدء حوار حول الأمن الأوراسي
                قال وزير الخارجية الروسي سيرغي لافروف، الموجود في زيارة للعاصمة الصينية، في ختام مباحثاته مع وزير الخارجية الصيني وانغ يي إن البلدين اتفقا على بدء حوار.
                """);
        assertThat(x.kind()).as("«مباحثاته»: talks, though a pronoun follows the plural").isEqualTo("meeting");
        x = extract("""
                أشار الوزير الأمريكي خلال مباحثاته مع نظيره الصيني إلى أهمية إبقاء خطوط الاتصال مفتوحة.
                وأفاد التلفزيون الصيني صباح اليوم الأحد بوصول بلينكن إلى بكين، في أول زيارة لوزير خارجية أمريكي منذ خمس سنوات.
                """);
        assertThat(x.kind()).isEqualTo("meeting");
        assertThat(x.place()).as("where he arrived for the talks").isEqualTo("بكين");
    }

    @Test
    void aMastheadsDateIsNoAnchorForTheWeekday() {
        Extraction x = extract("""
                الثلاثاء 21 مايو 2024
                رئيس مجلسي الإدارة والتحرير
                محمد أحمد
                رئيسة التحرير
                سارة علي
                العالم
                الخارجية: مباحثات الوزير في بكين صريحة وبناءة
                أعلنت وزارة الخارجية أن الوزير أنتوني بلينكن أجرى صباح يوم الأحد في بكين محادثات مع نظيره الصيني.
                """);
        assertThat(x.published()).isNull();
        assertThat(x.date()).as("a Sunday of no known week").isNull();
        assertThat(x.weekday()).isEqualTo(java.time.DayOfWeek.SUNDAY);
    }

    @Test
    void aCapitalThatSharesItsCountrysNameIsThatCapital() {
        Extraction x = extract("""
                عطاف يستقبل نظيره التونسي
                عقد وزير الخارجية التونسي محمد علي النفطي اليوم جلسة عمل مع نظيره الجزائري أحمد عطاف، في إطار الزيارة التي أداها إلى الجزائر.
                """);
        assertThat(x.place()).isEqualTo("الجزائر العاصمة");
        assertThat(x.participants().names()).contains("محمد علي النفطي", "أحمد عطاف");
        x = extract("""
                لقاء في العاصمة التونسية
                التقى وزير الخارجية الجزائري نظيره التونسي اليوم في العاصمة التونسية وبحثا التعاون الثنائي.
                """);
        assertThat(x.place()).isEqualTo("تونس");
    }
}
