package khatt.importer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Separates an article from the site chrome around it, by structure rather than by known strings:
 * a paragraph is a long line or a sentence; the headline is the first sentence-like line before the
 * first paragraph; everything else before the first paragraph is chrome; short lines inside the body
 * are subheadings when a paragraph follows them; lines without Arabic words, bare numbers, hashtags,
 * share bullets, calls to action, cookie notices and repeated lines are chrome wherever they are.
 * Source lines («المصدر: …»), site-name lines and bylines become hints about the outlet and the
 * publication date. Pure: text in, {@link CleanText} out.
 */
public final class ClutterRemover {

    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B-\\u200F\\uFEFF]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern HASHTAGS = Pattern.compile("^(?:#\\S+\\s*)+$|^\\S+_\\S+$");
    private static final Pattern ARABIC_WORD = Pattern.compile("[\\p{IsArabic}&&\\p{L}]{2,}");
    private static final Pattern BULLET = Pattern.compile("^[•·▪►●◄\\-–—*+]+\\s*");
    private static final Pattern TIME = Pattern.compile("\\d{1,2}:\\d{2}(?::\\d{2})?\\s*(?:ص|م|AM|PM|am|pm|GMT|UTC)?");
    private static final Pattern ATTRIBUTION = Pattern.compile("^(?:المصدر|المصادر|مصدر الخبر|source)\\s*[:：]\\s*(.+)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FOLLOW = Pattern.compile("^(?:تابعوا|تابعونا|تابع)\\s+(.{1,40}?)\\s+(?:على|عبر|في)(?:\\s.*)?$");
    /** «أحدث الأخبار», «آخر الأخبار», «الأخبار العاجلة»: what a follow line offers, not who offers it. */
    private static final Pattern LATEST_NEWS = Pattern.compile("(?:احدث|اخر|اهم)\\s|الاخبار(?:\\s|$)|اخبار(?:نا)?$");
    private static final Pattern BYLINE = Pattern.compile("^\\(([^()]{2,120})\\)\\s*");
    /** A news agency named in parentheses on a date line: «موسكو - ١٤ مارس ٢٠٢١ (كونا)». */
    private static final Pattern AGENCY = Pattern.compile("\\(\\s*([^()\\d]{2,30}?)\\s*\\)");
    /** A dateline opening the first paragraph, agency style: «موسكو - 21.01.2022 (كونا) -- بحث …». */
    private static final Pattern DATELINE_PREFIX = Pattern.compile(
            "^[\\p{L}\\s]{2,30}?\\s*[-–—]\\s*([^()]{6,40}?)\\s*\\(\\s*([^()\\d]{2,30}?)\\s*\\)\\s*[-–—:]*\\s*");
    /**
     * A dateline with no agency opening the first paragraph: a place (after the outlet's name, at
     * times), a date with a year, a dash: «بوابة المدينة – القاهرة–14مايو 2019- التقى …».
     */
    private static final Pattern PLAIN_DATELINE_PREFIX = Pattern.compile(
            "^((?:[\\p{L}\\s]{2,30}?\\s*[-–—]\\s*){1,2})([^-–—()]{5,30}?\\d{4})\\s*م?\\s*[-–—]+\\s*");
    /** A dateline naming only a place and an agency, on a line of its own: «موسكو - (أ ف ب)». */
    private static final Pattern AGENCY_DATELINE = Pattern.compile("^[\\p{L}\\s]{2,30}?\\s*[-–—]\\s*\\(\\s*([^()\\d]{2,30}?)\\s*\\)\\s*$");
    /** A pointer to another article («اقرأ أيضا», «إقرأ المزيد»), folded. */
    private static final Pattern READ_ALSO = Pattern.compile("(?:اقرا|طالع|شاهد)\\s+(?:ايضا|المزيد|كذلك)");
    /** «إقرأ أيضًا: …» at the end of a paragraph, as written: the rest is another article's headline. */
    private static final Pattern READ_ALSO_TAIL = Pattern.compile(
            "\\s*(?:[اإأ]قر[اأ]|طالع|شاهد)(?:وا)?\\s+(?:[اأ]يض[اًا]+|المزيد|كذلك)\\s*[:：].*$");
    /** Words from which a line without a sentence's end is still running text, not a heading. */
    static final int RUNNING_TEXT_WORDS = 15;
    /** Words from which a line without a sentence's end may be the first part of a paragraph wrapped in two. */
    static final int WRAPPED_LINE_WORDS = 8;
    private static final Pattern SITE_SEPARATOR = Pattern.compile("\\s+[-–|—]\\s+");
    /** Words of calls to action, as the first word of a short line (folded). */
    private static final Set<String> CALLS = Set.of("اضغط", "انقر", "اشترك", "اشتركوا", "تابعوا", "تابعونا", "تابع", "حمل",
            "شارك", "شاركوا", "اقرا", "طالع", "للاشتراك", "سجل", "لمتابعه", "للمزيد", "اقرا ايضا", "اقرا المزيد", "اعلان",
            "تحميل", "زوروا", "انضم", "انضموا");
    /** Words of promotions and notices, anywhere in a short or truncated line (folded). */
    private static final List<String> PROMO = List.of("واتساب", "واتس اب", "تلغرام", "تيليغرام", "تطبيق", "النشره البريديه",
            "ملفات تعريف الارتباط", "الكوكيز", "سياسه الخصوصيه", "cookies", "اضغط هنا", "انقر هنا", "جميع الحقوق محفوظه",
            "حقوق النشر");
    /** A photo's caption: who stands where («(يمين)», «(يسار)») and the picture's credit in brackets at the end. */
    private static final Pattern PHOTO_CAPTION = Pattern.compile(
            "\\((?:يمين|يسار|وسط|الى اليمين|الى اليسار|إلى اليمين|إلى اليسار)\\).*\\([^()]{2,40}\\)\\s*$");
    /** A short line ending with a picture agency's credit («… بجنيف (رويترز)», «(الأوروبية-أرشيف)»): a caption. */
    private static final Pattern PHOTO_CREDIT = Pattern.compile(
            "[^.!؟?:»\"]\\s*\\((?:[^()]{0,20}[-–/ ])?(?:رويترز|الفرنسية|الأوروبية|أسوشيتد برس|أسوشييتد برس|غيتي|أرشيف|الأناضول|إي بي إيه)"
            + "(?:[-–/ ][^()]{0,20})?\\)\\s*$");
    /** How many words a caption with a credit may have; a paragraph quoting an agency is longer. */
    private static final int CAPTION_WORDS = 20;
    private static final Pattern PUNCTUATION = Pattern.compile("[\\p{Punct}\\p{Pd}|،:()]");
    /** Words that may stand around a date on a date line (folded): labels, Hijri months, zones. */
    private static final Set<String> DATE_WORDS = Set.of("نشر", "في", "بتاريخ", "تاريخ", "النشر", "الساعه", "بتوقيت",
            "مكه", "المكرمه", "غرينتش", "الموافق", "هـ", "مـ", "شهر", "محرم", "صفر", "ربيع", "الاول", "الثاني", "الاخر",
            "جمادي", "الاولي", "الاخره", "رجب", "شعبان", "رمضان", "شوال", "ذو", "القعده", "الحجه", "يوم", "gmt", "utc",
            "منذ", "اخر", "تحديث", "محدث", "عدل", "تعديل");
    /** Words that label a date line as an update, not a publication. */
    private static final List<String> UPDATE = List.of("تحديث", "محدث", "updated", "update");
    /** Sentence-ending punctuation (a line ending so is a sentence; an ellipsis is not). */
    private static final String SENTENCE_END = ".!?؟:»\"”'";

    private ClutterRemover() {}

    /** Cleans {@code page}; {@code titleHint} is a headline known from metadata, or null. */
    public static CleanText clean(List<String> rawLines, String titleHint) {
        return clean(rawLines, titleHint, line -> false);
    }

    /**
     * Cleans {@code page}, a header line that {@code caption} recognises (a photo's caption made
     * only of names) being no headline.
     */
    public static CleanText clean(List<String> rawLines, String titleHint, java.util.function.Predicate<String> caption) {
        List<String> lines = normalized(rawLines);
        int bodyStart = bodyStart(lines, titleHint);
        Hints hints = new Hints();
        String title = header(lines.subList(0, bodyStart), titleHint, caption, hints);
        List<Block> blocks = body(lines.subList(bodyStart, lines.size()), title, hints);
        return hints.cleanText(title, blocks);
    }

    /** What a page says of its outlet and publication, gathered in the order that ranks it. */
    private static final class Hints {
        final List<CleanText.Hint> outlets = new ArrayList<>();
        final List<CleanText.Hint> generic = new ArrayList<>();
        final List<CleanText.Hint> published = new ArrayList<>();
        final List<CleanText.Hint> laterOutlets = new ArrayList<>();
        final List<CleanText.Hint> bodyDates = new ArrayList<>();
        final List<CleanText.Hint> mastheadDates = new ArrayList<>();

        CleanText cleanText(String title, List<Block> blocks) {
            List<CleanText.Hint> dates = new ArrayList<>(published);
            dates.addAll(bodyDates); // a date line below the article: weaker than one near the headline
            List<CleanText.Hint> names = new ArrayList<>(outlets);
            names.addAll(laterOutlets);
            names.addAll(generic);
            return new CleanText(title, blocks, names, dates, mastheadDates);
        }
    }

    /** The page's non-empty lines, spaces and invisible marks normalised, «اقرأ أيضا» tails and a crawler's stamp cut. */
    private static List<String> normalized(List<String> rawLines) {
        List<String> lines = new ArrayList<>();
        StringBuilder wrapped = new StringBuilder(); // a sentence the page wrapped, its lines joined so far
        int wrappedWords = 0;
        for (String raw : rawLines) {
            String line = SPACES.matcher(INVISIBLE.matcher(raw.replace('\u00A0', ' ')).replaceAll("")).replaceAll(" ").strip();
            Matcher readAlso = READ_ALSO_TAIL.matcher(line);
            if (readAlso.find() && readAlso.start() > 0) {
                line = line.substring(0, readAlso.start()).strip(); // a paragraph, then a pointer to another article
            }
            if (lines.isEmpty() && wrapped.isEmpty()) {
                line = MACHINE_STAMP.matcher(line).replaceFirst(""); // an anchor, read from the raw lines; not text
            }
            if (line.isEmpty()) {
                continue;
            }
            wrapped.append(wrapped.isEmpty() ? "" : " ").append(line);
            wrappedWords += words(line);
            if (!endsOpen(line, wrappedWords)) {
                lines.add(wrapped.toString());
                wrapped.setLength(0);
                wrappedWords = 0;
            }
        }
        if (!wrapped.isEmpty()) {
            lines.add(wrapped.toString());
        }
        return lines;
    }

    /**
     * Words no sentence ends with: a long line that ends in one goes on in the next («… عقدت السبت في» /
     * «لوزان، …»). A short one is chrome («تابعوا RT على»).
     */
    private static final Set<String> OPEN_ENDINGS = Set.of("في", "من", "إلى", "الى", "على", "عن", "مع", "و", "التي", "الذي",
            "الذين", "اللذين", "اللتين", "بين", "حول", "خلال", "أن", "إن", "لدى", "منذ", "نحو", "ضد", "عبر");

    /** Whether a line that ends a sentence {@code words} long so far leaves it open. */
    private static boolean endsOpen(String line, int words) {
        return words >= WRAPPED_LINE_WORDS && OPEN_ENDINGS.contains(line.substring(line.lastIndexOf(' ') + 1));
    }

    /**
     * Where the body begins: the first paragraph that is not chrome (a question headline skipped).
     * A first paragraph the page wrapped is joined to its first half in {@code lines}.
     */
    private static int bodyStart(List<String> lines, String titleHint) {
        boolean questionSkipped = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (isParagraph(line) && !isChrome(line)) {
                if (titleHint == null && !questionSkipped && isQuestionHeadline(line)) {
                    questionSkipped = true; // «ماذا بعد لقاء لافروف وبومبيو؟»: a headline, though it ends a sentence
                    continue;
                }
                if (isWrappedStart(lines, i, titleHint)) {
                    lines.set(i, lines.get(i - 1) + " " + lines.get(i));
                    lines.remove(i - 1);
                    return i - 1;
                }
                return i;
            }
        }
        return lines.size();
    }

    /** The header zone: headline, date lines, site names; everything else there is chrome. Returns the headline. */
    private static String header(List<String> header, String titleHint, java.util.function.Predicate<String> caption,
            Hints hints) {
        String title = titleHint == null ? null : titleHint.strip();
        String shortTitle = null;
        Set<String> menu = menuItems(header);
        Map<CleanText.Hint, Integer> datedAt = new java.util.IdentityHashMap<>();
        int titleAt = -1;
        for (int i = 0; i < header.size(); i++) {
            String line = header.get(i);
            int datesBefore = hints.published.size();
            if (outletOrDateLine(line, hints) || menu.contains(itemText(line))) {
                for (CleanText.Hint date : hints.published.subList(datesBefore, hints.published.size())) {
                    datedAt.put(date, i);
                }
                continue; // «1. تخطي إلى المحتوى» / «2. تخطي إلى القائمة الرئيسية»: a menu
            }
            String afterTrail = afterTrail(line);
            if (afterTrail != null) {
                line = afterTrail; // «الرئيسية / سياسة / بومبيو يلتقي لافروف …»: the trail, then the headline
            }
            if (title == null && isHeadline(line) && !caption.test(line)) {
                if (words(line) >= 4) {
                    title = stripBullet(line);
                    titleAt = i;
                } else if (shortTitle == null) {
                    shortTitle = stripBullet(line); // a three-word line: the headline only if no longer one comes
                }
            }
        }
        dropMastheadDates(header, titleAt, datedAt, hints);
        return title != null ? repeatedWithoutSite(title, header) : shortTitle;
    }

    /** How many lines of masthead (editors' names, sections) part a page's date widget from its headline. */
    private static final int MASTHEAD_LINES = 3;

    /**
     * Drops the dates of lines far above the headline: a masthead's «الثلاثاء 21 مايو 2024», with the
     * editors' names and the sections below it, is the day the page was seen, not the article's.
     */
    private static void dropMastheadDates(List<String> header, int titleAt, Map<CleanText.Hint, Integer> datedAt, Hints hints) {
        if (titleAt < 0) {
            return;
        }
        for (CleanText.Hint h : List.copyOf(hints.published)) {
            Integer at = datedAt.get(h);
            if (at != null && at < titleAt
                    && header.subList(at + 1, titleAt).stream().filter(l -> dateLine(l) == null).count() >= MASTHEAD_LINES) {
                hints.published.remove(h);
                hints.mastheadDates.add(h);
            }
        }
    }

    /** How far apart two items of one menu may be: a menu may repeat each item's text below it. */
    private static final int MENU_GAP = 2;
    /** «1. …», «2) …», «• …»: an item of a list. */
    private static final Pattern LIST_ITEM = Pattern.compile("^(?:\\d{1,2}[.)]\\s|[•·▪►●◄*+]\\s*)");

    /**
     * The texts of the header's menus: items of lists of two or more, at most {@link #MENU_GAP} lines
     * apart («1. تخطي إلى المحتوى»، «• الخط المباشر مع بوتين»), which are no headline, bulleted or not.
     */
    private static Set<String> menuItems(List<String> header) {
        Set<String> items = new HashSet<>();
        for (int i = 0; i < header.size(); i++) {
            if (!LIST_ITEM.matcher(header.get(i)).find()) {
                continue;
            }
            for (int j = Math.max(0, i - MENU_GAP); j <= Math.min(header.size() - 1, i + MENU_GAP); j++) {
                if (j != i && LIST_ITEM.matcher(header.get(j)).find()) {
                    items.add(itemText(header.get(i)));
                }
            }
        }
        return items;
    }

    private static String itemText(String line) {
        return stripBullet(LIST_ITEM.matcher(line).replaceFirst(""));
    }

    /**
     * The headline a page repeats without its site's name: «Quantcast i24NEWS - لافروف سيلتقي …» above
     * «لافروف سيلتقي …» (the page's title, then its heading). The title itself when no line repeats it.
     */
    private static String repeatedWithoutSite(String title, List<String> header) {
        for (String line : header) {
            String repeat = stripBullet(line.strip());
            if (words(repeat) >= 4 && repeat.length() < title.length()) {
                String rest = title.startsWith(repeat) ? title.substring(repeat.length())
                        : title.endsWith(repeat) ? title.substring(0, title.length() - repeat.length()) : null;
                if (rest != null && SITE_JOINT.matcher(rest).find()) {
                    return repeat;
                }
            }
        }
        return title;
    }

    /** What joins a site's name to the start or end of a headline in a page title: « - », « | », « – », « :: ». */
    private static final Pattern SITE_JOINT = Pattern.compile("^\\s*[-|–—:]{1,2}\\s|\\s[-|–—:]{1,2}\\s*$");

    /** Whether a header line names the site, a source or the publication date (kept in {@code hints}). */
    private static boolean outletOrDateLine(String line, Hints hints) {
        String siteName = siteName(line);
        if (siteName != null) {
            hints.outlets.add(new CleanText.Hint(siteName, line));
            return true;
        }
        Matcher follow = FOLLOW.matcher(line);
        Matcher agencyDateline = AGENCY_DATELINE.matcher(line);
        if (follow.matches() || agencyDateline.matches()) {
            String name = (follow.matches() ? follow : agencyDateline).group(1).strip();
            if (!LATEST_NEWS.matcher(key(name)).lookingAt()) { // «تابع أحدث الأخبار عبر تطبيق …» names no outlet
                hints.laterOutlets.add(new CleanText.Hint(name, line));
            }
            return true; // not a headline
        }
        CleanText.Hint date = dateLine(line);
        if (date == null) {
            return false;
        }
        if (!isUpdate(line)) {
            hints.published.add(date);
            Matcher agency = AGENCY.matcher(line);
            if (agency.find()) {
                hints.laterOutlets.add(new CleanText.Hint(agency.group(1).strip(), line));
            }
        }
        return true;
    }

    /** The article's paragraphs and subheadings, without chrome, date lines and repeated lines. */
    private static List<Block> body(List<String> lines, String title, Hints hints) {
        List<Block> blocks = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        if (title != null) {
            seen.add(key(title));
        }
        List<String> pendingHeadings = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher attribution = ATTRIBUTION.matcher(line);
            if (attribution.matches()) {
                String name = attribution.group(1).strip();
                (isGenericSource(name) ? hints.generic : hints.outlets).add(new CleanText.Hint(name, line));
                continue;
            }
            if (blocks.isEmpty()) {
                line = withoutByline(line, hints);
            }
            CleanText.Hint dateLine = dateLine(line); // a bare «2015-06-16» below the article is its date, not chrome
            if (dateLine == null && isChrome(line) || blocks.isEmpty() && isCaptionAbove(line)) {
                if (READ_ALSO.matcher(key(line)).lookingAt() && i + 1 < lines.size() && !isParagraph(lines.get(i + 1))) {
                    i++; // «اقرأ أيضا» and the headline of the other article it points to
                }
                continue;
            }
            if (dateLine != null) {
                if (!isUpdate(line)) {
                    hints.bodyDates.add(dateLine);
                }
                continue;
            }
            if (!seen.add(key(line))) {
                continue; // a repeated line: a headline or teaser shown twice
            }
            if (isParagraph(line) || isQuote(line) || !blocks.isEmpty() && words(line) >= RUNNING_TEXT_WORDS) {
                pendingHeadings.forEach(h -> blocks.add(new Block(Block.Kind.HEADING, h)));
                pendingHeadings.clear();
                blocks.add(new Block(Block.Kind.PARAGRAPH, stripListBullet(line)));
            } else if (words(line) >= 1 && ARABIC_WORD.matcher(line).find()) {
                pendingHeadings.add(stripHeading(line));
            }
        }
        // short lines after the last paragraph are the page's footer, not subheadings
        return blocks;
    }

    /**
     * The first paragraph without the byline or the dateline's date that opens it («كتب … – 14
     * مايو 2019 –», «موسكو - 21.01.2022 (كونا) --»), which go to {@code hints}.
     */
    private static String withoutByline(String line, Hints hints) {
        Matcher byline = BYLINE.matcher(line);
        if (byline.find() && line.length() > byline.end() + 20) {
            String inner = byline.group(1);
            CleanText.Hint date = firstFullDate(inner);
            if (date != null) {
                hints.published.add(new CleanText.Hint(date.value(), byline.group().strip()));
                String names = inner.substring(0, Math.max(0, inner.indexOf(date.evidence()))).replaceAll("[\\s\\-–,،]+$", "");
                if (!names.isBlank()) {
                    String outlet = names.split("/")[0].replaceAll("[\\s\\p{Punct}۔]+$", "").strip(); // «أردو بوینت نتورك ۔»
                    hints.laterOutlets.add(new CleanText.Hint(outlet, byline.group().strip()));
                }
                line = line.substring(byline.end()).strip();
            }
        }
        line = withoutDateline(line, DATELINE_PREFIX.matcher(line), 1, 2, hints);
        return withoutDateline(line, PLAIN_DATELINE_PREFIX.matcher(line), 2, 0, hints);
    }

    /**
     * The line without the dateline {@code dateline} finds at its start: the place stays, the date
     * (group {@code dateGroup}) becomes a publication hint and the agency (group {@code agencyGroup},
     * 0 for none) an outlet hint. The line as it was when the date does not read.
     */
    private static String withoutDateline(String line, Matcher dateline, int dateGroup, int agencyGroup, Hints hints) {
        if (!dateline.find() || line.length() <= dateline.end() + 20) {
            return line;
        }
        CleanText.Hint date = firstFullDate(dateline.group(dateGroup));
        if (date == null) {
            return line;
        }
        String prefix = line.substring(0, dateline.end()).strip();
        hints.published.add(new CleanText.Hint(date.value(), prefix));
        if (agencyGroup > 0) {
            hints.laterOutlets.add(new CleanText.Hint(dateline.group(agencyGroup).strip(), prefix));
        }
        return line.substring(0, dateline.start(dateGroup)).replaceAll("[\\s\\-–—]+$", "") + " – "
                + line.substring(dateline.end()).strip();
    }

    /**
     * Whether the line above the first paragraph is that paragraph's first half, the page having
     * wrapped it: a long line that ends no sentence, below a headline already found (so it is not
     * the headline), and neither a date line, chrome, nor a repeat of a line above it.
     */
    private static boolean isWrappedStart(List<String> lines, int bodyStart, String titleHint) {
        if (bodyStart < 1) {
            return false;
        }
        String above = lines.get(bodyStart - 1);
        boolean headlineAbove = titleHint != null || lines.subList(0, bodyStart - 1).stream()
                .anyMatch(l -> isHeadline(l) && words(l) >= 4 && siteName(l) == null && dateLine(l) == null);
        boolean repeated = lines.subList(0, bodyStart - 1).stream().anyMatch(l -> key(l).equals(key(above))); // the headline shown twice
        return headlineAbove && words(above) >= WRAPPED_LINE_WORDS && !endsSentence(above) && !isChrome(above)
                && dateLine(above) == null && siteName(above) == null && !isBreadcrumb(above) && !repeated && !isCaptionAbove(above)
                && (titleHint == null || !key(above).equals(key(titleHint)));
    }

    /** A short line that asks or exclaims, as headlines do; the body rarely opens with one. */
    static boolean isQuestionHeadline(String line) {
        char last = line.charAt(line.length() - 1);
        return (last == '؟' || last == '?' || last == '!') && words(line) < 15;
    }

    /** A line that is, by its shape, a paragraph of running text. */
    static boolean isParagraph(String line) {
        int words = words(line);
        if (!ARABIC_WORD.matcher(line).find()) {
            return false;
        }
        if (words >= 25) {
            return true;
        }
        return words >= 6 && endsSentence(line);
    }

    private static boolean endsSentence(String line) {
        if (line.endsWith("...") || line.endsWith("…")) {
            return false;
        }
        char last = line.charAt(line.length() - 1);
        return SENTENCE_END.indexOf(last) >= 0 || (last == ')' && line.length() > 2 && SENTENCE_END.indexOf(line.charAt(line.length() - 2)) >= 0);
    }

    private static boolean isQuote(String line) {
        return (line.startsWith("«") || line.startsWith("\"") || line.startsWith("“") || line.startsWith(">"))
                && ARABIC_WORD.matcher(line).find();
    }

    /** Chrome wherever it appears. */
    static boolean isChrome(String line) {
        if (!ARABIC_WORD.matcher(line).find()) {
            return true; // counters, icons, "Shares", bare numbers, punctuation
        }
        String rest = BULLET.matcher(line).replaceFirst("");
        if (rest.length() < line.length() && words(rest) <= 3) {
            return true; // share-button bullets
        }
        String folded = key(line);
        if (line.startsWith("#") || HASHTAGS.matcher(line).matches()) {
            return true; // hashtags
        }
        String[] tokens = folded.split(" ");
        if (words(line) <= 8 && (CALLS.contains(tokens[0]) || (tokens.length > 1 && CALLS.contains(tokens[0] + " " + tokens[1])))) {
            return true;
        }
        boolean truncated = line.endsWith("...") || line.endsWith("…");
        if (words(line) <= 30 || truncated) {
            for (String p : PROMO) {
                if (folded.contains(p)) {
                    return true;
                }
            }
        }
        if (PHOTO_CAPTION.matcher(line).find()) {
            return true; // «كيري (يسار) قال إنه سيلتقي لافروف … (الأوروبية-أرشيف)»
        }
        // font-size widgets and similar: symbols and one-letter tokens around a word or two
        long symbols = line.chars().filter(c -> c == '+' || c == '-' || c == '−' || c == 'A').count();
        return symbols >= 2 && words(line) <= 3;
    }

    /**
     * Whether a line above the first paragraph is a photo's caption: who stands where, or a short
     * line that ends with a picture agency's credit («كلينتون ولافروف التقيا في مارس الماضي بجنيف
     * (رويترز)»). Below it, such a credit may close a paragraph of news.
     */
    private static boolean isCaptionAbove(String line) {
        return PHOTO_CAPTION.matcher(line).find() || words(line) <= CAPTION_WORDS && PHOTO_CREDIT.matcher(line).find();
    }

    private static boolean isHeadline(String line) {
        if (isChrome(line) || isCaptionAbove(line) || isBreadcrumb(line) || line.endsWith("...") || line.endsWith("…") || isMasthead(line)) {
            return false;
        }
        int w = words(line);
        return w >= 3 && w <= 30;
    }

    /** Words of a newspaper's masthead and imprint («رئيس التحرير», «رئيس مجلسي الإدارة والتحرير»). */
    private static final Pattern MASTHEAD = Pattern.compile("رئيس(?:ه)? التحرير|مدير التحرير|مجلسي? التحرير|مجلسي? الاداره|جميع الحقوق");
    /** «صحيفة إلكترونية أردنية شاملة», but not «صحيفة روسية: …», which is a headline. */
    private static final Pattern PAPER_DESCRIPTION = Pattern.compile("^(?:صحيفه|جريده|مجله|وكاله انباء)\\s[^:]*$");

    /**
     * A masthead or a label, not a headline: a line that ends in a colon («وكالة أنباء سرايا الإخبارية:»)
     * or names the paper and its editors.
     */
    static boolean isMasthead(String line) {
        String stripped = line.strip();
        String key = key(stripped);
        return stripped.endsWith(":") || words(stripped) <= 12 && MASTHEAD.matcher(key).find()
                || words(stripped) <= 6 && PAPER_DESCRIPTION.matcher(key).find();
    }

    /** A navigation trail («الرئيسية / الحدث», «أخبار > سياسة»): short segments between separators. */
    static boolean isBreadcrumb(String line) {
        String[] parts = line.split("\\s*[/>»›|]\\s*");
        if (parts.length < 2 || words(line) > 8) {
            return false;
        }
        for (String p : parts) {
            if (words(p) > 2) {
                return false;
            }
        }
        return true;
    }

    /** What follows a navigation trail of two or more short steps on the same line, or null. */
    static String afterTrail(String line) {
        String[] parts = line.split("\\s+[/>»›]\\s+");
        if (parts.length < 3) {
            return null;
        }
        for (int k = 0; k < parts.length - 1; k++) {
            if (words(parts[k]) > 2) {
                return null;
            }
        }
        String last = parts[parts.length - 1].strip();
        return words(last) > 2 ? last : null;
    }

    /** A site-name line («ليبانون فايلز - أخبار إقليمية ودولية»): the name, or null. */
    static String siteName(String line) {
        String[] parts = SITE_SEPARATOR.split(line);
        if (parts.length != 2 || words(line) > 10) {
            return null;
        }
        for (int i = 0; i < 2; i++) {
            String p = key(parts[i]);
            if (p.startsWith("اخبار") || p.startsWith("الموقع الرسمي") || p.startsWith("الصفحه الرئيسيه")) {
                return parts[1 - i].strip();
            }
        }
        return null;
    }

    /** A line that is only a date (a byline or a banner): the date, or null. */
    static CleanText.Hint dateLine(String line) {
        if (words(line) > 16) {
            return null;
        }
        CleanText.Hint date = firstFullDate(line);
        if (date == null) {
            return null;
        }
        String rest = line.replace(date.evidence(), " ");
        rest = TIME.matcher(rest).replaceAll(" ");
        rest = PUNCTUATION.matcher(rest).replaceAll(" ");
        int leftover = 0;
        for (String w : SPACES.split(FoldedText.foldAll(rest).strip())) {
            if (w.length() > 1 && !w.chars().allMatch(Character::isDigit) && !DATE_WORDS.contains(w)
                    && !DateFinder.WEEKDAYS.containsKey(w) && !DateFinder.WEEKDAYS.containsKey("ال" + w)) {
                leftover++;
            }
        }
        return leftover <= 4 ? new CleanText.Hint(date.value(), line) : null;
    }

    /**
     * Whether a date line is an update stamp rather than the publication: the update word comes before
     * the date («آخر تحديث: …»); «14.05.2019 (محدث 17:20)» is a publication date with an update note.
     */
    private static boolean isUpdate(String line) {
        CleanText.Hint date = firstFullDate(line);
        int at = date == null ? line.length() : Math.max(0, line.indexOf(date.evidence()));
        String before = key(line.substring(0, at));
        return UPDATE.stream().anyMatch(before::contains);
    }

    private static CleanText.Hint firstFullDate(String text) {
        for (DateMention m : DateFinder.find(text)) {
            if (m.form() == DateMention.Form.FULL) {
                return new CleanText.Hint(m.resolve(null).toString(), m.text());
            }
        }
        return null;
    }


    private static boolean isGenericSource(String name) {
        String k = key(name);
        return k.equals("وكالات") || k.equals("مواقع") || k.equals("وسائل اعلام") || k.equals("وكالات الانباء") || k.equals("متابعات");
    }

    private static String stripBullet(String line) {
        return LEADING_STAMP.matcher(BULLET.matcher(line).replaceFirst("")).replaceFirst("").strip();
    }

    /** A crawler's stamp opening a saved page, glued to its first words («date 2025-12-17 التقى …»). */
    private static final Pattern MACHINE_STAMP = Pattern.compile("^date\\s+(?:19|20)\\d\\d-\\d\\d(?:-\\d\\d)?(?:\\s+\\S+://\\S+)?\\s*");

    /** A machine date glued before a headline («date 2026-02-28 لافروف يدين …»). */
    private static final Pattern LEADING_STAMP = Pattern.compile("^(?:date\\s+)?(?:19|20)\\d\\d-\\d\\d-\\d\\d(?:[T ][\\d:]+)?\\s+");

    private static String stripListBullet(String line) {
        return line.startsWith("-") || line.startsWith("•") ? stripBullet(line) : line;
    }

    private static String stripHeading(String line) {
        String h = stripBullet(line);
        h = h.replaceAll("(?:\\.\\.\\.|…)+$", "").strip();
        return h;
    }

    static int words(String line) {
        int n = 0;
        boolean inWord = false;
        for (int i = 0; i < line.length(); i++) {
            boolean space = Character.isWhitespace(line.charAt(i));
            if (!space && !inWord) {
                n++;
            }
            inWord = !space;
        }
        return n;
    }

    /** A folded, lower-cased key for comparing lines. */
    static String key(String line) {
        return SPACES.matcher(FoldedText.foldAll(line).toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
