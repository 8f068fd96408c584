package khatt.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClutterRemoverTest {

    private static CleanText clean(String text) {
        return ClutterRemover.clean(text.lines().toList(), null);
    }

    @Test
    void anAgencyDatelineOpeningTheFirstParagraphIsItsByline() {
        CleanText c = clean("""
                اتصال هاتفي بين لافروف وبلينكن بشأن أوكرانيا
                موسكو - 21.01.2022 (كونا) -- بحث وزير الخارجية الروسي مع نظيره الأمريكي في اتصال هاتفي يوم أمس الوضع حول أوكرانيا.
                وقالت الخارجية الروسية في بيان إن الجانبين اتفقا على مواصلة الحوار.
                """);
        assertThat(c.publishedHints()).extracting(CleanText.Hint::value).contains("2022-01-21");
        assertThat(c.outletHints()).extracting(CleanText.Hint::value).contains("كونا");
        assertThat(c.blocks().get(0).text()).startsWith("موسكو – بحث وزير الخارجية");
    }

    @Test
    void aMastheadsDateFarAboveTheHeadlineIsTheDayThePageWasSeen() {
        CleanText c = clean("""
                الثلاثاء 21 مايو 2024
                رئيس مجلسي الإدارة والتحرير
                محمد أحمد
                رئيسة التحرير
                سارة علي
                العالم
                الخارجية: مباحثات الوزير في بكين صريحة وبناءة
                تابع أحدث الأخبار عبر تطبيق جوجل نيوز
                أعلنت وزارة الخارجية أن الوزير أجرى صباح يوم الأحد في بكين محادثات مع نظيره الصيني.
                """);
        assertThat(c.title()).isEqualTo("الخارجية: مباحثات الوزير في بكين صريحة وبناءة");
        assertThat(c.publishedHints()).isEmpty();
        assertThat(c.mastheadDates()).extracting(CleanText.Hint::value).containsExactly("2024-05-21");
        assertThat(c.outletHints()).as("«أحدث الأخبار» is what a follow line offers, not an outlet").isEmpty();

        CleanText byline = clean("""
                الثلاثاء 21 مايو 2024
                سياسة
                الوزير يلتقي نظيره الصيني في بكين
                أعلنت وزارة الخارجية أن الوزير أجرى اليوم في بكين محادثات مع نظيره الصيني.
                """);
        assertThat(byline.publishedHints()).extracting(CleanText.Hint::value).containsExactly("2024-05-21");
    }

    @Test
    void aDatelineWithoutAnAgencyIsThePublicationNotTheEventsDay() {
        CleanText c = clean("""
                شكري يلتقي بلينكن في نيويورك
                بوابة المدينة – كييف–20سبتمبر 2022- على هامش اجتماعات الجمعية العامة في نيويورك، ناقش وزير الخارجية المصري سامح شكري مع نظيره الأمريكي العلاقات الثنائية.
                وقال المتحدث باسم الخارجية إن الوزيرين بحثا قضايا المنطقة.
                """);
        assertThat(c.publishedHints()).extracting(CleanText.Hint::value).contains("2022-09-20");
        assertThat(c.blocks().get(0).text()).startsWith("بوابة المدينة – كييف – على هامش اجتماعات");
    }

    @Test
    void aPageTitleWithTheSitesNameAboveTheHeadlineItRepeatsGivesTheHeadline() {
        CleanText c = clean("""
                موقع الأخبار - لافروف سيلتقي نظيره الأمريكي على هامش القمة

                لافروف سيلتقي نظيره الأمريكي على هامش القمة

                بينما يلتقي الرئيسان في العاصمة الفنلندية، سيلتقي وزيرا الخارجية أيضا في لقاء هو الأول من نوعه بينهما.
                """);
        assertThat(c.title()).isEqualTo("لافروف سيلتقي نظيره الأمريكي على هامش القمة");
    }

    @Test
    void aPhotosCaptionIsNotAParagraph() {
        CleanText c = clean("""
                لا تقدم بين الوزيرين بشأن الهدنة

                الوزير الأمريكي (يسار) قال إنه سيلتقي نظيره الروسي مجددا صباح الخميس لبحث الوضع (الأوروبية-أرشيف)

                انتهت محادثات وزير الخارجية الأمريكي ونظيره الروسي لبحث خطة لوقف المعارك دون إحراز تقدم يذكر.
                """);
        assertThat(c.paragraphs()).hasSize(1).allMatch(p -> p.startsWith("انتهت محادثات"));

        CleanText credited = clean("""
                الوزيران يبحثان العلاقات
                الخميس 7/5/2009
                الوزيرة ونظيرها التقيا في مارس الماضي بمدينة جنيف السويسرية (رويترز)
                قالت وزيرة الخارجية اليوم الخميس إنها ونظيرها بحثا السبل التي يمكن من خلالها إقامة علاقة أقوى بين البلدين.
                وأضاف البيان أن الجانبين اتفقا على مواصلة التشاور بشأن القضايا الإقليمية والدولية وعلى عقد لقاء جديد بين الوزيرين في الأسابيع المقبلة لبحث ما تحقق من تقدم في الملفات المطروحة (رويترز)
                """);
        assertThat(credited.paragraphs()).hasSize(2).first().asString().startsWith("قالت وزيرة");
        assertThat(credited.markdown()).doesNotContain("جنيف");
        assertThat(credited.title()).isEqualTo("الوزيران يبحثان العلاقات");
    }

    @Test
    void aHeadlineShownTwiceIsNotTheFirstHalfOfTheParagraphBelowIt() {
        CleanText c = clean("""
                الوزيرة تؤكد خلال لقاء نظيرها أهمية العلاقات بالنسبة للحكومة الجديدة

                الوزيرة تؤكد خلال لقاء نظيرها أهمية العلاقات بالنسبة للحكومة الجديدة

                ( شبكة الأخبار ۔ / سبوتنيك - 18 كانون الثاني 2022ء) أكدت وزيرة الخارجية، اليوم الثلاثاء، أن العلاقات مع البلد الآخر مهمة بالنسبة للحكومة الجديدة.
                """);
        assertThat(c.title()).isEqualTo("الوزيرة تؤكد خلال لقاء نظيرها أهمية العلاقات بالنسبة للحكومة الجديدة");
        assertThat(c.paragraphs()).containsExactly("أكدت وزيرة الخارجية، اليوم الثلاثاء، أن العلاقات مع البلد الآخر مهمة بالنسبة للحكومة الجديدة.");
        assertThat(c.publishedHints()).extracting(CleanText.Hint::value).contains("2022-01-18");
        assertThat(c.outletHints()).extracting(CleanText.Hint::value).contains("شبكة الأخبار");
    }

    @Test
    void aBareDateBelowTheArticleIsItsDateNotChrome() {
        CleanText c = clean("""
                #
                الوزير يطالب نظيره بوقف إطلاق النار

                الوزير يطالب نظيره بوقف إطلاق النار

                طالب وزير الخارجية الأمريكي خلال مكالمة هاتفية مع نظيره الروسي، أمس الاثنين، بالعمل على تطبيق الاتفاق.

                وأدى تصاعد حدة المعارك مؤخرا إلى إثارة مخاوف المجتمع الدولي من انهيار الهدنة الهشة.

                2015-06-16
                """);
        assertThat(c.publishedHints()).extracting(CleanText.Hint::value).containsExactly("2015-06-16");
    }

    @Test
    void aHeadlineMayBeAQuestion() {
        CleanText c = clean("""
                تحليل: ماذا بعد لقاء لافروف وبومبيو؟
                نشر بتاريخ 2019-05-20
                التقى لافروف وبومبيو الأسبوع الماضي في سوتشي، وبحثا عدداً من الملفات الخلافية بين البلدين.
                ويرى محللون أن اللقاء لم يحقق اختراقاً في أي من الملفات.
                """);
        assertThat(c.title()).isEqualTo("تحليل: ماذا بعد لقاء لافروف وبومبيو؟");
        assertThat(c.blocks()).hasSize(2);
    }

    @Test
    void aDatelineOfPlaceAndAgencyIsNotTheHeadline() {
        CleanText c = clean("""
                موسكو - (أ ف ب)
                نشر في: 05/02/2021 - 14:10
                لافروف وبلينكن يتباحثان هاتفيا بشأن معاهدة ستارت
                أجرى وزير الخارجية الروسي سيرغي لافروف اتصالا هاتفيا مساء الخميس مع نظيره الأمريكي أنتوني بلينكن، وفق ما أعلنت الخارجية الروسية.
                وأوضحت الوزارة أن الوزيرين رحبا بدخول تمديد المعاهدة حيز التنفيذ.
                """);
        assertThat(c.title()).isEqualTo("لافروف وبلينكن يتباحثان هاتفيا بشأن معاهدة ستارت");
    }

    @Test
    void chromeGoesAndTheArticleStaysInOrder() {
        CleanText c = clean("""
                hit counter script
                عاجل
                #تابعونا_الآن
                1520
                87
                موقع الأفق - أخبار عربية وعالمية
                وزيرا الخارجية يبحثان في فيينا مستقبل الاتفاق النووي
                وزيرا الخارجية يبحثان في فيينا مستقبل الاتفاق النووي
                الأربعاء ٣ آذار ٢٠٢١ - 10:05
                  • x
                  • ع
                + الخط -
                حمّل تطبيق الأفق مجاناً عبر واتساب...
                اضغط هنا
                فيينا – بحث وزيرا الخارجية الروسي والأمريكي في فيينا اليوم الأربعاء مستقبل الاتفاق النووي الإيراني.
                وقال الوزير الروسي: «لن نقبل بشروط مسبقة».
                خلفية
                «نحن مستعدون للحوار»
                وكانت المحادثات السابقة قد جرت في جنيف قبل عام، وانتهت من دون نتائج ملموسة على الإطلاق.
                المصدر: وكالة الأفق
                شارك الخبر
                هذا الموقع يستخدم ملفات تعريف الارتباط لتحسين تجربتك اضغط هنا
                Shares
                """);
        assertThat(c.title()).isEqualTo("وزيرا الخارجية يبحثان في فيينا مستقبل الاتفاق النووي");
        assertThat(c.blocks()).containsExactly(
                new Block(Block.Kind.PARAGRAPH, "فيينا – بحث وزيرا الخارجية الروسي والأمريكي في فيينا اليوم الأربعاء مستقبل الاتفاق النووي الإيراني."),
                new Block(Block.Kind.PARAGRAPH, "وقال الوزير الروسي: «لن نقبل بشروط مسبقة»."),
                new Block(Block.Kind.HEADING, "خلفية"),
                new Block(Block.Kind.PARAGRAPH, "«نحن مستعدون للحوار»"),
                new Block(Block.Kind.PARAGRAPH, "وكانت المحادثات السابقة قد جرت في جنيف قبل عام، وانتهت من دون نتائج ملموسة على الإطلاق."));
        assertThat(c.outletHints()).extracting(CleanText.Hint::value).containsExactly("موقع الأفق", "وكالة الأفق");
        assertThat(c.publishedHints()).extracting(CleanText.Hint::value).containsExactly("2021-03-03");
        assertThat(c.markdown()).contains("\n\n## خلفية\n\n");
    }

    @Test
    void bylineInParenthesesIsTakenOffTheLead() {
        CleanText c = clean("""
                ليبيا وسوريا محل اهتمام الوزيرين خلال اتصال هاتفي

                (وكالة المتوسط / سبوتنيك - 14 يوليو 2020ء) بحث وزير الخارجية الروسي مع نظيره الأميركي خلال اتصال هاتفي اليوم الإثنين الوضع في ليبيا.
                """);
        assertThat(c.paragraphs()).containsExactly("بحث وزير الخارجية الروسي مع نظيره الأميركي خلال اتصال هاتفي اليوم الإثنين الوضع في ليبيا.");
        assertThat(c.publishedHints()).extracting(CleanText.Hint::value).containsExactly("2020-07-14");
        assertThat(c.outletHints()).extracting(CleanText.Hint::value).containsExactly("وكالة المتوسط");
    }

    @Test
    void updateBannersAreNotPublicationDatesAndBreadcrumbsAreNotHeadlines() {
        CleanText c = clean("""
                آخر تحديث: الإثنين 10 أكتوبر 2022
                الرئيسية / الحدث
                لعمامرة يستقبل لافروف بالجزائر العاصمة
                نشر في: الأربعاء 11 ماي 2022 - 17:30
                استقبل وزير الخارجية أمس الثلاثاء بالجزائر العاصمة نظيره الروسي في زيارة عمل تدوم يومين.
                """);
        assertThat(c.title()).isEqualTo("لعمامرة يستقبل لافروف بالجزائر العاصمة");
        assertThat(c.publishedHints()).extracting(CleanText.Hint::value).containsExactly("2022-05-11");
    }

    @Test
    void aTitleFromMetadataWinsAndItsRepetitionGoes() {
        CleanText c = ClutterRemover.clean(List.of("قناة المدار", "لقاء في جنيف", "التقى الوزيران في جنيف اليوم الخميس وبحثا ملفات عديدة."),
                "لقاء في جنيف");
        assertThat(c.title()).isEqualTo("لقاء في جنيف");
        assertThat(c.blocks()).hasSize(1);
    }

    @Test
    void menusAreNotHeadlinesAndADateLineBelowTheArticleIsStillItsDate() {
        CleanText c = clean("""
                الرئيسية
                سياسة
                أخبار العالم
                الوزيران يبحثان في أنقرة الوضع في سوريا
                التقى الوزيران في أنقرة اليوم الخميس وبحثا الوضع في سوريا وسبل التسوية السياسية.
                نشر بتاريخ: 12 أغسطس 2021
                """);
        assertThat(c.title()).isEqualTo("الوزيران يبحثان في أنقرة الوضع في سوريا");
        assertThat(c.blocks()).hasSize(1);
        assertThat(c.publishedHints()).extracting(CleanText.Hint::value).containsExactly("2021-08-12");
    }

    @Test
    void aPointerToAnotherArticleGoesWithTheHeadlineItPointsTo() {
        CleanText c = clean("""
                الوزيران يبحثان في أنقرة الوضع في سوريا
                التقى الوزيران في أنقرة اليوم الخميس وبحثا الوضع في سوريا وسبل التسوية السياسية.
                اقرأ أيضاً
                بوتين وأردوغان يبحثان هاتفيا الوضع في إدلب
                وأكد الجانبان ضرورة الحفاظ على وقف إطلاق النار في إدلب ومواصلة الحوار.
                """);
        assertThat(c.blocks()).extracting(Block::kind).containsExactly(Block.Kind.PARAGRAPH, Block.Kind.PARAGRAPH);
    }

    @Test
    void aReadAlsoPointerAtTheEndOfAParagraphGoesWithTheHeadlineAfterIt() {
        CleanText c = clean("""
                الوزيران يبحثان الأوضاع في المنطقة
                بحث الوزيران في اتصال هاتفي اليوم الأوضاع في المنطقة وسبل خفض التصعيد. إقرأ أيضًا: انخفاض أسعار النفط في الأسواق العالمية
                """);
        assertThat(c.blocks()).extracting(Block::text)
                .containsExactly("بحث الوزيران في اتصال هاتفي اليوم الأوضاع في المنطقة وسبل خفض التصعيد.");
    }

    @Test
    void aFirstParagraphWrappedOverTwoLinesIsKeptWhole() {
        CleanText c = clean("""
                لافروف يدعو إلى حل سياسي بعد لقائه نظيره
                السبت 10 أغسطس 2013
                أعلن وزير الخارجية الروسي بعد لقائه نظيره الأمريكي في واشنطن
                الجمعة أن البلدين متفقان على ضرورة عقد المؤتمر الدولي في أقرب وقت ممكن.
                """);
        assertThat(c.title()).isEqualTo("لافروف يدعو إلى حل سياسي بعد لقائه نظيره");
        assertThat(c.blocks()).extracting(Block::text).containsExactly(
                "أعلن وزير الخارجية الروسي بعد لقائه نظيره الأمريكي في واشنطن الجمعة أن البلدين متفقان على ضرورة عقد المؤتمر الدولي في أقرب وقت ممكن.");
    }

    @Test
    void aLastParagraphCutShortIsStillAParagraphNotAHeading() {
        CleanText c = clean("""
                الوزيران يلتقيان في موسكو
                التقى الوزيران في موسكو اليوم وبحثا العلاقات الثنائية بين البلدين والأوضاع في المنطقة.
                يشار إلى أن آخر لقاء بين الوزيرين كان في كانون الثاني الماضي وبحثا خلاله تطورات الأوضاع في المنطقة وسبل تعزيز
                """);
        assertThat(c.blocks()).hasSize(2);
        assertThat(c.blocks().get(1).kind()).isEqualTo(Block.Kind.PARAGRAPH);
    }

    @Test
    void aMastheadOrALabelIsNotTheHeadline() {
        CleanText c = clean("""
                شبكة الأنباء العربية:
                صحيفة إلكترونية عربية مستقلة
                رئيس مجلس الإدارة ورئيس التحرير فلان الفلاني
                date 2024-03-05 الوزيران يبحثان هاتفيا تطورات المنطقة
                بحث وزير الخارجية اليوم في اتصال هاتفي مع نظيره تطورات الأوضاع في المنطقة وسبل التهدئة.
                """);
        assertThat(c.title()).isEqualTo("الوزيران يبحثان هاتفيا تطورات المنطقة");
        assertThat(ClutterRemover.isMasthead("صحيفة روسية: لافروف وبومبيو يلتقيان في سوتشي")).isFalse();
    }

    @Test
    void theHeadlineAtTheEndOfANavigationTrailIsTheHeadline() {
        CleanText c = clean("""
                الرئيسية / سياسة / شكري يلتقي بلينكن الخميس في نيويورك
                يلتقي وزير الخارجية سامح شكري نظيره الأمريكي أنتوني بلينكن الخميس المقبل في نيويورك، بحسب ما أعلنت الوزارة.
                """);
        assertThat(c.title()).isEqualTo("شكري يلتقي بلينكن الخميس في نيويورك");
    }

    @Test
    void aCrawlersStampGluedToTheFirstWordsIsNotText() {
        CleanText c = clean("""
                date 2025-12-17 التقى وزير الخارجية سامح شكري اليوم الأربعاء نظيره الأمريكي أنتوني بلينكن في القاهرة، وبحثا الأوضاع في المنطقة.
                وأكد الوزيران أهمية التنسيق.
                """);
        assertThat(c.blocks().get(0).text()).startsWith("التقى وزير الخارجية");
    }

    @Test
    void aLineEndingInAPrepositionGoesOnInTheNext() {
        CleanText c = clean("""
                الوزراء يختتمون المباحثات من دون تقدم
                انتهت المباحثات الدولية المخصصة للأزمة التي عقدت السبت في
                لوزان، من دون إحراز تقدم ملموس.
                وقال الوزير إن الاتصالات ستستمر.
                """);
        assertThat(c.title()).isEqualTo("الوزراء يختتمون المباحثات من دون تقدم");
        assertThat(c.blocks().get(0).text()).isEqualTo("انتهت المباحثات الدولية المخصصة للأزمة التي عقدت السبت في لوزان، من دون إحراز تقدم ملموس.");
    }

    @Test
    void aNumberedMenuAboveTheHeadlineIsChrome() {
        CleanText c = clean("""
                1. تخطي إلى المحتوى
                  2. تخطي إلى القائمة الرئيسية
                  3. تخطي إلى المزيد من صفحات الموقع
                لقاء الوزيرين الأول بعد إسقاط الطائرة
                ٣ ديسمبر ٢٠١٥
                عقد وزير الخارجية الروسي اجتماعا مع نظيره التركي للمرة الأولى منذ إسقاط المقاتلة على الحدود.
                """);
        assertThat(c.title()).isEqualTo("لقاء الوزيرين الأول بعد إسقاط الطائرة");
    }
}
