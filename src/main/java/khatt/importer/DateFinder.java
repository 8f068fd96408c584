package khatt.importer;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds date expressions in Arabic text: Western, Arabic-Indic and Persian digits; Egyptian/Gulf,
 * Levantine and Maghreb month names, alone or paired («مايو/أيار», kept with both readings when the
 * pair disagrees); English month names; Hijri dates (converted to Gregorian); the «ء» and «م» year
 * suffixes; weekdays; numeric dates, day-first or US month-first (both readings kept when both are
 * valid); relative days, weeks, months and years. Stateless and thread-safe.
 */
public final class DateFinder {

    /** Month names, folded (see {@link FoldedText}), to month numbers. */
    static final Map<String, Integer> MONTHS = new LinkedHashMap<>();
    /** Weekday names, folded. */
    static final Map<String, DayOfWeek> WEEKDAYS = new LinkedHashMap<>();
    /** The days of a month said as ordinals, folded: «الأول» 1 … «الحادي والثلاثين» 31. */
    private static final Map<String, Integer> ORDINAL_DAYS = new LinkedHashMap<>();
    /** Hijri month names, folded, to their numbers in the Umm al-Qura calendar. */
    static final Map<String, Integer> HIJRI_MONTHS = new LinkedHashMap<>();
    /** English and French month names and English abbreviations, lower case. */
    static final Map<String, Integer> ENGLISH_MONTHS = new LinkedHashMap<>();

    static {
        String[] units = {"الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع"};
        for (int i = 0; i < units.length; i++) {
            ORDINAL_DAYS.put(FoldedText.foldAll(units[i]), i + 1);
            ORDINAL_DAYS.put(FoldedText.foldAll((i == 0 ? "الحادي" : units[i]) + " عشر"), i + 11);
            ORDINAL_DAYS.put(FoldedText.foldAll((i == 0 ? "الحادي" : units[i]) + " والعشرين"), i + 21);
        }
        ORDINAL_DAYS.put(FoldedText.foldAll("العاشر"), 10);
        ORDINAL_DAYS.put(FoldedText.foldAll("العشرين"), 20);
        ORDINAL_DAYS.put(FoldedText.foldAll("الثلاثين"), 30);
        ORDINAL_DAYS.put(FoldedText.foldAll("الحادي والثلاثين"), 31);
        String[][] months = {
            // Egyptian / Gulf
            {"يناير", "1"}, {"فبراير", "2"}, {"مارس", "3"}, {"ابريل", "4"}, {"مايو", "5"}, {"يونيو", "6"},
            {"يونيه", "6"}, {"يوليو", "7"}, {"يوليه", "7"}, {"اغسطس", "8"}, {"سبتمبر", "9"}, {"اكتوبر", "10"},
            {"نوفمبر", "11"}, {"ديسمبر", "12"},
            // Levantine / Iraqi
            {"كانون الثاني", "1"}, {"شباط", "2"}, {"اذار", "3"}, {"نيسان", "4"}, {"ايار", "5"}, {"حزيران", "6"},
            {"تموز", "7"}, {"اب", "8"}, {"ايلول", "9"}, {"تشرين الاول", "10"}, {"تشرين الثاني", "11"},
            {"كانون الاول", "12"},
            // Maghreb (Algeria, Tunisia; Morocco)
            {"جانفي", "1"}, {"فيفري", "2"}, {"افريل", "4"}, {"ماي", "5"}, {"جوان", "6"}, {"جويليه", "7"},
            {"جويلة", "7"}, {"اوت", "8"}, {"يوليوز", "7"}, {"غشت", "8"}, {"شتنبر", "9"}, {"نونبر", "11"},
            {"دجنبر", "12"},
        };
        for (String[] m : months) {
            MONTHS.put(FoldedText.foldAll(m[0]), Integer.parseInt(m[1]));
        }
        String[][] days = {
            {"الاحد", "SUNDAY"}, {"الاثنين", "MONDAY"}, {"الاتنين", "MONDAY"}, {"الثلاثاء", "TUESDAY"},
            {"الثلاثا", "TUESDAY"}, {"الثلثاء", "TUESDAY"}, {"الاربعاء", "WEDNESDAY"}, {"الخميس", "THURSDAY"}, {"الجمعه", "FRIDAY"},
            {"السبت", "SATURDAY"},
        };
        for (String[] d : days) {
            WEEKDAYS.put(FoldedText.foldAll(d[0]), DayOfWeek.valueOf(d[1]));
        }
        String[][] hijri = {
            {"محرم", "1"}, {"صفر", "2"}, {"ربيع الاول", "3"}, {"ربيع الاخر", "4"}, {"ربيع الثاني", "4"},
            {"جمادى الاولى", "5"}, {"جمادى الاول", "5"}, {"جمادى الاخرة", "6"}, {"جمادى الثانية", "6"}, {"رجب", "7"},
            {"شعبان", "8"}, {"رمضان", "9"}, {"شوال", "10"}, {"ذو القعدة", "11"}, {"ذي القعدة", "11"},
            {"ذو الحجة", "12"}, {"ذي الحجة", "12"},
        };
        for (String[] m : hijri) {
            HIJRI_MONTHS.put(FoldedText.foldAll(m[0]), Integer.parseInt(m[1]));
        }
        String[] english = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december"};
        for (int i = 0; i < english.length; i++) {
            ENGLISH_MONTHS.put(english[i], i + 1);
            ENGLISH_MONTHS.put(english[i].substring(0, 3), i + 1);
        }
        ENGLISH_MONTHS.put("sept", 9);
        // French, beside Arabic in Maghreb outlets («7 septembre 2017»)
        String[][] french = {{"janvier", "1"}, {"février", "2"}, {"fevrier", "2"}, {"mars", "3"}, {"avril", "4"}, {"mai", "5"},
            {"juin", "6"}, {"juillet", "7"}, {"août", "8"}, {"aout", "8"}, {"septembre", "9"}, {"octobre", "10"},
            {"novembre", "11"}, {"décembre", "12"}, {"decembre", "12"}};
        for (String[] m : french) {
            ENGLISH_MONTHS.put(m[0], Integer.parseInt(m[1]));
        }
    }

    private static final String B = "(?<![\\p{L}\\p{M}])";
    private static final String E = "(?![\\p{L}\\p{M}])";
    private static final String MONTH = alternation(MONTHS.keySet());
    private static final String WEEKDAY = alternation(WEEKDAYS.keySet());
    /** A month, or a pair of month names: «مايو/ أيار», «أيار (مايو)», «حزيران - يونيو». */
    private static final String MONTH_PAIR = "(?<m1>" + MONTH + ")" + E
            + "(?:\\s*(?:/|\\\\|-|–|\\()\\s*(?<m2>" + MONTH + ")" + E + "\\)?)?";
    private static final String YEAR_PART = "(?:\\s*[,،]?\\s*(?:من\\s+)?(?:عام|العام|سنه|لعام)?\\s*(?<y>(?:1[89]|2[01])\\d\\d)"
            + "(?!\\d)(?:\\s?(?:ء|م|مـ)" + E + ")?)";
    private static final String REL = "(?<rel>الجاري|الحالي|المقبل|القادم|الماضي|المنصرم|الفائت|الفايت)" + E;
    /** A weekday right before a date: «الثلاثاء ١٠ كانون الأول», «يوم الأحد، 5 جانفي». */
    private static final Pattern WEEKDAY_BEFORE = Pattern.compile("(?:يوم\\s+)?(?<wd0>" + WEEKDAY + ")" + E + "\\s*[,،\\-–(]?\\s*$");
    private static final Pattern HAS_DIGIT = Pattern.compile("\\d");

    private static final Pattern FULL_OR_DAY_MONTH = Pattern.compile("(?<!\\d)(?<d>[0-3]?\\d)(?!\\d)\\s*"
            + "(?:من\\s+)?(?:شهر\\s+)?" + B + MONTH_PAIR + "(?:" + YEAR_PART + "|\\s+" + REL + ")?");
    /** A day said as an ordinal: «الأول من أبريل المقبل», «في الخامس عشر من مايو 2019». */
    private static final Pattern ORDINAL_DAY_MONTH = Pattern.compile(B + "(?<od>" + alternation(ORDINAL_DAYS.keySet())
            + ")\\s+من\\s+(?:شهر\\s+)?" + MONTH_PAIR + "(?:" + YEAR_PART + "|\\s+" + REL + ")?");
    private static final Pattern NUMERIC_DMY = Pattern.compile(
            "(?<![\\d/.\\-])(?<d>[0-3]?\\d)[/.\\-](?<mn>[01]?\\d)[/.\\-](?<y>(?:1[89]|2[01])\\d\\d)(?![\\d/.\\-])");
    /** A Hijri date: «18 جمادى الآخرة 1443 هـ», «7/3/1429 هـ». */
    private static final Pattern HIJRI = Pattern.compile("(?<!\\d)(?<d>[0-3]?\\d)(?:\\s*(?<hm>" + alternation(HIJRI_MONTHS.keySet())
            + ")|[/.\\-](?<hn>[01]?\\d)[/.\\-])\\s*(?:سنه\\s+|عام\\s+)?(?<y>1[34]\\d\\d)(?!\\d)\\s*(?:ه" + E + "|هجري)");
    private static final String ENGLISH_MONTH = alternation(ENGLISH_MONTHS.keySet());
    /** «20th, December 2023», «December 20, 2023». */
    private static final Pattern ENGLISH_DATE = Pattern.compile("(?i)(?<![\\p{L}\\d])(?:(?<d>[0-3]?\\d)(?:st|nd|rd|th|er)?,?\\s+"
            + "(?<em>" + ENGLISH_MONTH + ")\\.?|(?<em2>" + ENGLISH_MONTH + ")\\.?\\s+(?<d2>[0-3]?\\d)(?:st|nd|rd|th)?)"
            + "(?![\\p{L}\\d]),?\\s+(?<y>(?:19|20)\\d\\d)(?!\\d)");
    /** A month name before its day, as some sites' templates print it: «يناير 11, 2025». */
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(B + "(?<m1>" + MONTH + ")" + E
            + "\\s+(?<d>[0-3]?\\d)(?!\\d)\\s*[,،]\\s*(?<y>(?:19|20)\\d\\d)(?!\\d)");
    private static final Pattern NUMERIC_YMD = Pattern.compile(
            "(?<![\\d/.\\-])(?<y>(?:1[89]|2[01])\\d\\d)[/.\\-](?<mn>[01]?\\d)[/.\\-](?<d>[0-3]?\\d)(?![\\d/.\\-])");
    private static final Pattern MONTH_YEAR = Pattern.compile(B + "(?:شهر\\s+)?" + MONTH_PAIR + YEAR_PART);
    private static final Pattern MONTH_REL = Pattern.compile(B + "(?:شهر\\s+)?" + MONTH_PAIR + "\\s+" + REL);
    /** A paired month with nothing else («في مايو/أيار»): unambiguous, and means the current year. */
    private static final Pattern MONTH_PAIR_ALONE = Pattern.compile(B + "(?<m1>" + MONTH + ")\\s*/\\s*(?<m2>" + MONTH + ")" + E);
    private static final Pattern YEAR = Pattern.compile("(?:" + B + "(?:عام|العام|سنه|لعام|عاما)\\s+(?<y>(?:1[89]|2[01])\\d\\d)(?!\\d)"
            + "(?:\\s?(?:ء|م)" + E + ")?)|(?:(?<!\\d)(?<y2>(?:1[89]|2[01])\\d\\d)\\s?(?:ء|م)" + E + ")");
    private static final Pattern YEAR_REL = Pattern.compile(B + "(?:العام|السنه)\\s+" + REL);
    private static final Pattern MONTH_OF_REF = Pattern.compile(B + "الشهر\\s+" + REL);
    private static final Pattern WEEK_REL = Pattern.compile(B + "الاسبوع\\s+" + REL);
    /** Times of day before a day: «مساء الخميس», «ليل الخميس», «فجر أمس». */
    private static final String TIME_OF_DAY = "(?:(?:صباح|مساء|ظهر|عصر|ليل|ليله|فجر|يوم)\\s+)?";
    private static final Pattern RELATIVE_DAY = Pattern.compile(B + "(?:و|ف)?" + TIME_OF_DAY
            + "(?<rd>اول\\s+من\\s+امس|اول\\s+امس|امس|اليوم|بعد\\s+غد|غدا|غد)" + E + "(?:\\s*[,،]?\\s*\\(?\\s*(?<wd>" + WEEKDAY + ")" + E + "\\s*\\)?)?");
    private static final Pattern WEEKDAY_ALONE = Pattern.compile(B + "(?:و|ب)?" + TIME_OF_DAY + "(?<wd>" + WEEKDAY + ")" + E
            + "(?:\\s+(?<rel>الماضي|المقبل|القادم|المنصرم|الفائت)ه?)?" + E);
    private static final Pattern AGO = Pattern.compile(B + "(?:منذ|قبل)\\s+(?:\\d+\\s+)?(?:يومين|ايام|يوم|ساعات|ساعه|ساعتين|دقائق|دقيقه"
            + "|اسابيع|اسبوع|اسبوعين|شهور|اشهر|شهر|شهرين)" + E);

    private DateFinder() {}

    private static String alternation(java.util.Collection<String> words) {
        return words.stream().sorted(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s))
                .map(Pattern::quote).collect(Collectors.joining("|", "(?:", ")"));
    }

    /** The date expressions of {@code text}, in order, none overlapping. */
    public static List<DateMention> find(String text) {
        FoldedText ft = FoldedText.of(text);
        String s = ft.folded();
        List<Candidate> found = new ArrayList<>();
        // cheap tests first: most patterns need a digit, a weekday or a relative word to match at all
        boolean digits = HAS_DIGIT.matcher(s).find();
        boolean rel = s.contains("الجاري") || s.contains("الحالي") || s.contains("المقبل") || s.contains("القادم")
                || s.contains("الماضي") || s.contains("المنصرم") || s.contains("الفائت") || s.contains("الفايت");
        boolean weekdays = WEEKDAYS.keySet().stream().anyMatch(s::contains);
        if (digits) {
            scanFromDigits(s, found);
        }
        if (s.contains(" من ")) {
            scan(ORDINAL_DAY_MONTH, s, found, m -> dayAndMonth(m, ORDINAL_DAYS.get(m.group("od"))));
        }
        weekdaysBeforeDates(s, found);
        if (rel) {
            scan(MONTH_REL, s, found, m -> mention(DateMention.Form.MONTH_RELATIVE, 0, monthOf(m), 0, null, relation(m.group("rel"))));
            scan(YEAR_REL, s, found, m -> mention(DateMention.Form.YEAR_RELATIVE, 0, 0, 0, null, relation(m.group("rel"))));
            scan(MONTH_OF_REF, s, found, m -> mention(DateMention.Form.MONTH_OF_REFERENCE, 0, 0, 0, null, relation(m.group("rel"))));
            scan(WEEK_REL, s, found, m -> mention(DateMention.Form.WEEK_RELATIVE, 0, 0, 0, null, relation(m.group("rel"))));
        }
        if (s.indexOf('/') >= 0) {
            scan(MONTH_PAIR_ALONE, s, found, m -> MONTHS.get(m.group("m1")).equals(MONTHS.get(m.group("m2")))
                    ? mention(DateMention.Form.MONTH_RELATIVE, 0, monthOf(m), 0, null, 0) : null);
        }
        if (s.contains("امس") || s.contains("اليوم") || s.contains("غد")) {
            scan(RELATIVE_DAY, s, found, m -> {
                String rd = m.group("rd");
                if (rd.equals("غد") && !m.group().matches("(?s)\\P{L}*(?:[وف])?(?:يوم|صباح|مساء|ظهر|عصر)\\s.*")) {
                    return null; // «غد» alone is tomorrow only after a time of day: «يوم غد», «مساء غد»
                }
                DateMention.Form form = rd.equals("اليوم") ? DateMention.Form.TODAY : rd.startsWith("غد") ? DateMention.Form.TOMORROW
                        : rd.startsWith("بعد") ? DateMention.Form.DAY_AFTER_TOMORROW
                        : rd.equals("امس") ? DateMention.Form.YESTERDAY : DateMention.Form.DAY_BEFORE_YESTERDAY;
                return mention(form, 0, 0, 0, weekday(m.group("wd")), 0);
            });
        }
        if (weekdays) {
            scan(WEEKDAY_ALONE, s, found, m -> mention(DateMention.Form.WEEKDAY, 0, 0, 0, weekday(m.group("wd")), relation(m.group("rel"))));
        }
        if (s.contains("منذ") || s.contains("قبل")) {
            scan(AGO, s, found, m -> mention(DateMention.Form.AGO, 0, 0, 0, null, -1));
        }
        return choose(ft, found);
    }

    private static void scanFromDigits(String s, List<Candidate> found) {
        scan(HIJRI, s, found, DateFinder::hijri);
        scan(ENGLISH_DATE, s, found, m -> {
            String name = (m.group("em") != null ? m.group("em") : m.group("em2")).toLowerCase(java.util.Locale.ROOT);
            int day = Integer.parseInt(m.group("d") != null ? m.group("d") : m.group("d2"));
            int year = Integer.parseInt(m.group("y"));
            int month = ENGLISH_MONTHS.get(name);
            return isDay(year, month, day) ? mention(DateMention.Form.FULL, year, month, day, null, 0) : null;
        });
        scan(FULL_OR_DAY_MONTH, s, found, m -> dayAndMonth(m, Integer.parseInt(m.group("d"))));
        scan(MONTH_DAY_YEAR, s, found, m -> {
            int year = Integer.parseInt(m.group("y"));
            int day = Integer.parseInt(m.group("d"));
            return PartialDate.valid(year, monthOf(m), day) && day > 0 ? mention(DateMention.Form.FULL, year, monthOf(m), day, null, 0) : null;
        });
        scan(NUMERIC_DMY, s, found, m -> numeric(m, null));
        scan(NUMERIC_YMD, s, found, m -> numeric(m, null));
        scan(MONTH_YEAR, s, found, m -> mention(DateMention.Form.MONTH_YEAR, Integer.parseInt(m.group("y")), monthOf(m), 0, null, 0));
        scan(YEAR, s, found, m -> mention(DateMention.Form.YEAR,
                Integer.parseInt(m.group("y") != null ? m.group("y") : m.group("y2")), 0, 0, null, 0));
    }

    /** A day and month (and year) read by {@link #FULL_OR_DAY_MONTH} or {@link #ORDINAL_DAY_MONTH}; null when no such day. */
    private static DateMention dayAndMonth(Matcher m, int day) {
            int month = monthOf(m);
            // a pair that disagrees («5 يوليو/ حزيران»): keep the second name's reading too
            int alt = m.group("m2") != null && MONTHS.get(m.group("m2")) != month ? MONTHS.get(m.group("m2")) : 0;
            if (m.group("y") != null) {
                int year = Integer.parseInt(m.group("y"));
                if (!isDay(year, month, day)) {
                    return null;
                }
                boolean altValid = alt > 0 && isDay(year, alt, day);
                return new DateMention("", 0, DateMention.Form.FULL, year, month, day, null, 0, altValid ? alt : 0,
                        altValid ? day : 0);
            }
            if (!isDay(2000, month, day)) {
                return null;
            }
            boolean altValid = alt > 0 && isDay(2000, alt, day);
            return new DateMention("", 0, DateMention.Form.DAY_MONTH, 0, month, day, null, relation(m.group("rel")),
                    altValid ? alt : 0, altValid ? day : 0);
    }

    /** A weekday right before a day-first date belongs to it. */
    private static void weekdaysBeforeDates(String s, List<Candidate> found) {
        for (int i = 0; i < found.size(); i++) {
            Candidate c = found.get(i);
            DateMention.Form f = c.proto().form();
            if (f != DateMention.Form.FULL && f != DateMention.Form.DAY_MONTH) {
                continue;
            }
            Matcher wd = WEEKDAY_BEFORE.matcher(s.substring(Math.max(0, c.start() - 20), c.start()));
            if (wd.find()) {
                DateMention p = c.proto();
                int start = c.start() - (wd.end() - wd.start());
                found.set(i, new Candidate(start, c.end(), new DateMention("", 0, p.form(), p.year(), p.month(), p.day(),
                        weekday(wd.group("wd0")), p.relation(), p.altMonth(), p.altDay())));
            }
        }
    }

    private static List<DateMention> choose(FoldedText ft, List<Candidate> found) {
        dropHijriBesideGregorian(ft.folded(), found);
        found.sort(Comparator.comparingInt(Candidate::start).thenComparing(Comparator.comparingInt(Candidate::end).reversed()));
        List<DateMention> out = new ArrayList<>();
        int until = -1;
        for (Candidate c : found) {
            DateMention.Form f = c.proto().form();
            if (c.start() < until && c.end() > until && (f == DateMention.Form.FULL || f == DateMention.Form.DAY_MONTH)
                    && c.proto().weekday() != null) {
                // «أمس الاثنين (6 فبراير 2012)»: the weekday is the relative day's too; the date keeps it
                int start = until;
                while (start < c.end() && !Character.isLetterOrDigit(ft.folded().charAt(start))) {
                    start++;
                }
                c = new Candidate(start, c.end(), c.proto());
            }
            if (c.start() < until) {
                continue;
            }
            until = c.end();
            DateMention p = c.proto();
            int start = ft.originalIndex()[c.start()];
            out.add(new DateMention(ft.original(c.start(), c.end()).strip(), start, p.form(), p.year(), p.month(), p.day(),
                    p.weekday(), p.relation(), p.altMonth(), p.altDay()));
        }
        return out;
    }

    private record Candidate(int start, int end, DateMention proto) {}

    /**
     * «الخميس 7/3/1429 هـ - الموافق 13/3/2008 م»: a Hijri date written beside a Gregorian one gives
     * way to it, since countries' Hijri calendars differ from Umm al-Qura by a day or two.
     */
    private static void dropHijriBesideGregorian(String s, List<Candidate> found) {
        List<Candidate> hijri = found.stream().filter(c -> c.proto().form() == DateMention.Form.FULL
                && HIJRI.matcher(s.substring(c.start(), c.end())).find()).toList();
        for (Candidate h : hijri) {
            boolean beside = found.stream().anyMatch(c -> c != h && !hijri.contains(c) && c.proto().form() == DateMention.Form.FULL
                    && Math.max(c.start() - h.end(), h.start() - c.end()) <= 30);
            if (beside) {
                found.remove(h);
            }
        }
    }

    private interface Reader {
        DateMention read(Matcher m);
    }

    private static void scan(Pattern p, String s, List<Candidate> out, Reader reader) {
        Matcher m = p.matcher(s);
        while (m.find()) {
            DateMention d = reader.read(m);
            if (d != null) {
                int end = m.end();
                while (end > m.start() && Character.isWhitespace(s.charAt(end - 1))) {
                    end--;
                }
                int start = m.start();
                while (start < end && Character.isWhitespace(s.charAt(start))) {
                    start++;
                }
                out.add(new Candidate(start, end, d));
            }
        }
    }

    /**
     * A numeric date. Day-first is the Arabic order; a date valid only month-first («5/15/2019») is
     * read so; when both orders are valid and differ («10/8/2023») the month-first reading is kept as
     * the alternative, for the weekday or the other evidence to decide. Month-first is the American
     * order, written with slashes: a date with dashes or dots («12-08-2020», «14.05.2019») is day-first.
     */
    private static DateMention numeric(Matcher m, DayOfWeek wd) {
        int y = Integer.parseInt(m.group("y"));
        int mo = Integer.parseInt(m.group("mn"));
        int d = Integer.parseInt(m.group("d"));
        boolean dayFirst = PartialDate.valid(y, mo, d) && d > 0 && mo > 0;
        boolean monthFirst = m.pattern() == NUMERIC_DMY && PartialDate.valid(y, d, mo) && d > 0 && mo > 0;
        if (!dayFirst) {
            return monthFirst ? mention(DateMention.Form.FULL, y, d, mo, wd, 0) : null;
        }
        boolean both = monthFirst && d != mo && m.group().indexOf('/') >= 0;
        return new DateMention("", 0, DateMention.Form.FULL, y, mo, d, wd, 0, both ? d : 0, both ? mo : 0);
    }

    /** A Hijri date, converted with the Umm al-Qura calendar; null outside its range. */
    private static DateMention hijri(Matcher m) {
        int month = m.group("hm") != null ? HIJRI_MONTHS.get(m.group("hm")) : Integer.parseInt(m.group("hn"));
        try {
            java.time.LocalDate g = java.time.LocalDate.from(java.time.chrono.HijrahDate.of(Integer.parseInt(m.group("y")),
                    month, Integer.parseInt(m.group("d"))));
            return mention(DateMention.Form.FULL, g.getYear(), g.getMonthValue(), g.getDayOfMonth(), null, 0);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** Whether the numbers name a real day: «0 يناير» names none (a partial date's day 0 means 'not said'). */
    private static boolean isDay(int year, int month, int day) {
        return day > 0 && PartialDate.valid(year, month, day);
    }

    private static DateMention mention(DateMention.Form form, int y, int m, int d, DayOfWeek wd, int rel) {
        return new DateMention("", 0, form, y, m, d, wd, rel);
    }

    private static int monthOf(Matcher m) {
        return MONTHS.get(m.group("m1"));
    }

    private static DayOfWeek weekday(String folded) {
        return folded == null ? null : WEEKDAYS.get(folded);
    }

    private static int relation(String rel) {
        if (rel == null) {
            return 0;
        }
        return switch (rel) {
            case "المقبل", "القادم" -> 1;
            case "الماضي", "المنصرم", "الفائت", "الفايت" -> -1;
            default -> 0;
        };
    }
}
